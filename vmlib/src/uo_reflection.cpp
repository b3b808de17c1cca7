// The record of a space's reflected pages: an open-addressed table of 64 KiB
// blocks with linear probing, in the space's local area.  Removal shifts the
// rest of a probe run back (no tombstones), so a table whose pages come and
// go does not fill up with dead entries.  Guest user code can write the
// local area (docs/PLATFORM.md: guest user code and its guest kernel share
// the host address space), so nothing here trusts the table: every loop is
// bounded, and a key outside the user window reads as a corrupt record,
// which the caller answers by emptying the whole window.
#include "uo_reflection.h"
#include "host.h"
#include "uo_backend.h"

namespace vmlib::uo {

ReflectionTable& reflection_table() { return *reinterpret_cast<ReflectionTable*>(g_local->reflection); }
ReflectedBounds& reflected_bounds() { return reflection_table().bounds; }

// Where the probe run of `block` starts (Fibonacci hashing of the block number).
static u32 home_of(u64 block) {
    constexpr u32 kBits = 12;
    static_assert((1u << kBits) == kReflectionCapacity);
    return u32(((block / kBlockBytes) * 0x9e3779b97f4a7c15ull) >> (64 - kBits));
}
static u32 next(u32 i) { return (i + 1) & (kReflectionCapacity - 1); }
static u64 block_of(u64 page) { return page & ~(kBlockBytes - 1); }
static u16 bit_of(u64 page) { return u16(1u << ((page / TANDEM_PAGE_SIZE) % kBlockPages)); }

bool key_is_sound(u64 key) {
    u64 block = key & ~1ull;
    return (key & 1) && block % kBlockBytes == 0 && tandem_user_range(block, kBlockBytes);
}

constexpr u32 kNoSlot = kReflectionCapacity;

// The slot holding `block`, or the free slot that ends its probe run;
// kNoSlot if there is neither (a full or corrupt table).
static u32 slot_of(const ReflectionTable& t, u64 block) {
    u32 i = home_of(block);
    for (u32 probes = 0; probes < kReflectionCapacity; probes++, i = next(i))
        if (!t.key[i] || t.key[i] == (block | 1)) return i;
    return kNoSlot;
}

ReflectedBlock* find_block(u64 page) {
    ReflectionTable& t = reflection_table();
    u32 i = slot_of(t, block_of(page));
    return i != kNoSlot && t.key[i] ? &t.block[i] : nullptr;
}

bool record_page(u64 page, u64 frame, long prot) {
    ReflectionTable& t = reflection_table();
    u64 block = block_of(page);
    u32 i = slot_of(t, block);
    if (i == kNoSlot) return false;
    if (!t.key[i]) {
        if (t.used >= kReflectionLimit) return false;
        t.key[i] = block | 1;
        t.block[i] = ReflectedBlock{};
        t.used++;
    }
    ReflectedBlock& b = t.block[i];
    u16 bit = bit_of(page);
    b.mapped |= bit;
    b.writable = u16((prot & host::kProtWrite) ? b.writable | bit : b.writable & ~bit);
    b.executable = u16((prot & host::kProtExec) ? b.executable | bit : b.executable & ~bit);
    b.frame[(page / TANDEM_PAGE_SIZE) % kBlockPages] = u32(frame);
    ReflectedBounds& r = t.bounds;
    if (page < r.lo) r.lo = page;
    if (page + TANDEM_PAGE_SIZE > r.hi) r.hi = page + TANDEM_PAGE_SIZE;
    return true;
}

// Empties slot `index` and moves later entries of its probe run back into
// the gap when their home allows it (Knuth's deletion for linear probing).
void remove_block_at(u32 index) {
    ReflectionTable& t = reflection_table();
    u32 gap = index, steps = 0;
    for (u32 j = next(gap); t.key[j] && ++steps < kReflectionCapacity; j = next(j)) {
        u32 home = home_of(t.key[j] & ~1ull);
        // Entry j may fill the gap unless its home lies cyclically in (gap, j].
        bool home_after_gap = gap <= j ? (home > gap && home <= j) : (home > gap || home <= j);
        if (home_after_gap) continue;
        t.key[gap] = t.key[j];
        t.block[gap] = t.block[j];
        gap = j;
    }
    t.key[gap] = 0;
    if (t.used) t.used--;
}

void forget_page(u64 page) {
    ReflectionTable& t = reflection_table();
    u32 i = slot_of(t, block_of(page));
    if (i == kNoSlot || !t.key[i]) return;
    ReflectedBlock& b = t.block[i];
    u16 bit = bit_of(page);
    b.mapped &= u16(~bit);
    b.writable &= u16(~bit);
    b.executable &= u16(~bit);
    if (!b.mapped) remove_block_at(i);
}

void forget_all() {
    ReflectionTable& t = reflection_table();
    for (u32 i = 0; i < kReflectionCapacity; i++) t.key[i] = 0;
    t.used = 0;
    t.bounds = ReflectedBounds{~0ull, 0};
}

} // namespace vmlib::uo
