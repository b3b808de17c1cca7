// The exact record of what one space has reflected into its user window:
// for every page, the guest-physical frame it shows and the host permissions
// it was mapped with.  An invalidation checks these pages against the
// guest's page tables instead of unmapping them all (uo_mmu.cpp).  The
// record lives in the space's local area, private to the space.
#pragma once
#include "vmlib.h"

namespace vmlib::uo {

constexpr u64 kBlockPages = 16; // pages per record entry: 64 KiB of the window
constexpr u64 kBlockBytes = kBlockPages * TANDEM_PAGE_SIZE;

// The reflected pages of one 64 KiB block.
struct ReflectedBlock {
    u16 mapped;     // bit i: page i is reflected
    u16 writable;   // bit i: with host write permission
    u16 executable; // bit i: with host execute permission
    u16 reserved;
    u32 frame[kBlockPages]; // guest-physical frame number of each reflected page
};

// Bounds of what is reflected now (an empty window has lo >= hi).
struct ReflectedBounds {
    u64 lo, hi;
};
ReflectedBounds& reflected_bounds();

// Records `page` as reflected from `frame` with host permission `prot`
// (host::kProt*); false if the record is full (the caller empties the
// window and forgets everything first).
bool record_page(u64 page, u64 frame, long prot);
// Forgets `page` (no longer reflected).
void forget_page(u64 page);
// The block holding `page`, or null if none of its pages is reflected.
ReflectedBlock* find_block(u64 page);
// Forgets every page.
void forget_all();
// Calls fn(block_address, ReflectedBlock&) for every block with a page
// reflected; fn may clear bits but not add blocks.  Blocks left with no page
// are forgotten afterwards.  False if the record is corrupt (a key outside
// the user window): the caller must empty the whole window.
template <class Fn> bool for_each_block(Fn fn);
// Whether a table key names a block of the user window.
bool key_is_sound(u64 key);

// The table behind these (for for_each_block).
constexpr u32 kReflectionCapacity = 4096;      // entries, a power of two
constexpr u32 kReflectionLimit = 3 * 4096 / 4; // entries in use at most: short probe runs
struct ReflectionTable {
    ReflectedBounds bounds;
    u32 used;
    u32 reserved;
    u64 key[kReflectionCapacity]; // block address | 1, or 0 when free
    ReflectedBlock block[kReflectionCapacity];
};
static_assert(sizeof(ReflectionTable) <= TANDEM_SPACE_REFLECTION_SIZE, "reflection table size");
ReflectionTable& reflection_table();
void remove_block_at(u32 index);

template <class Fn> bool for_each_block(Fn fn) {
    ReflectionTable& t = reflection_table();
    for (u32 i = 0; i < kReflectionCapacity; i++) {
        // A removal shifts a later entry back into slot i: look at it again
        // (at most as often as there are entries).
        for (u32 again = 0; t.key[i] && again < kReflectionCapacity; again++) {
            if (!key_is_sound(t.key[i])) return false;
            fn(t.key[i] & ~1ull, t.block[i]);
            if (t.block[i].mapped) break;
            remove_block_at(i);
        }
    }
    return true;
}

} // namespace vmlib::uo
