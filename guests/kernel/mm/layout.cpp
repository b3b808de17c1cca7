// The choice of an address-space layout at exec (mm/layout.h).
#include "mm/layout.h"
#include "dev/entropy.h"

namespace {
// Linux's mmap_base(): the gap left below TASK_SIZE for the stack (its limit,
// its largest random shift and the guard gap), clamped to [128 MiB, 5/6 of
// the user space], then the random shift of the mmap area itself.
u64 mmap_base_for(u64 random_shift, bool randomize) {
    u64 gap = kStackSize + kStackGuardGap + (randomize ? kStackRandomMax : 0);
    if (gap < kMmapGapMin) gap = kMmapGapMin;
    if (gap > kStackTop / 6 * 5) gap = kStackTop / 6 * 5;
    return (kStackTop - gap - random_shift) & ~0xfffull;
}
} // namespace

// The stack moves down by up to 16 GiB, the mmap base by up to 1 TiB more,
// the PIE base up by up to 1 TiB (in blocks), the heap by up to 1 GiB past
// the program, the others in whole pages; without randomization each sits where
// Linux puts it under setarch -R.
Layout Layout::choose(bool randomize) {
    Layout l;
    l.mmap_base = mmap_base_for(0, false);
    if (!randomize) return l;
    u64 r[4];
    entropy::fill(r, sizeof r);
    l.randomized = true;
    l.stack_top = kStackTop - ((r[0] & (kStackRandomMax >> 12)) << 12);
    l.mmap_base = mmap_base_for((r[1] & (kMmapRandomPages - 1)) << 12, true);
    // A randomized PIE base is a block boundary (TANDEM_FAULT_BLOCK_SIZE):
    // the program's blocks of address and of file offset then coincide,
    // as a coloured mmap's do; the shift covers the same 1 TiB in 2^24
    // steps instead of 2^28 (Linux on 64 KiB pages makes the same trade).
    l.pie_base = align_up(kPieBase, TANDEM_FAULT_BLOCK_SIZE) +
                 (r[2] & (kMmapRandomPages / TANDEM_FAULT_BLOCK_PAGES - 1)) * TANDEM_FAULT_BLOCK_SIZE;
    l.brk_offset = (r[3] % (kBrkRandomMax >> 12)) << 12;
    return l;
}
