// 4-level x86-64 page tables (SDM vol. 3, 4.5).  Every address space has
// its own PML4: slots 0..255 are the user window (the only part the platform
// honours), but for the kernel hole's (TANDEM_KERNEL_PML4_SLOT), which points
// at the shared tables that describe the direct map, so each PML4 is a
// complete description.
#pragma once

#include <tandem/platform.h>
#include "lib/types.h"

namespace vmm {

constexpr u64 kPteP = TANDEM_PTE_P;
constexpr u64 kPteW = TANDEM_PTE_W;
constexpr u64 kPteU = TANDEM_PTE_U;
constexpr u64 kPteNX = TANDEM_PTE_NX;
constexpr u64 kPteA = TANDEM_PTE_A;
constexpr u64 kPteD = TANDEM_PTE_D;
constexpr u64 kPteAddr = TANDEM_PTE_ADDR_MASK;
// Software bit (ignored by the MMU): a page is kept but made inaccessible
// (PROT_NONE); the entry is not present so every access faults.
constexpr u64 kPteProtNone = 1ull << 9;

// True if the entry holds a page (present, or hidden by PROT_NONE).
static inline bool pte_mapped(u64 pte) { return (pte & (kPteP | kPteProtNone)) != 0; }

// Builds the kernel-half tables once at boot.
void init();
// A PML4 with an empty user window and the kernel half.
u64 create_root();
// Frees a PML4, the user-window tables below it, and drops every page they map.
void destroy_root(u64 root);
// PML4 used by kernel threads and when no process is loaded.
u64 kernel_root();

// Pointer to the level-1 entry for va, creating tables if asked; nullptr if
// absent (or out of memory when creating).
u64* walk(u64 root, u64 va, bool create);

// Visits every mapped leaf entry in [start, end), skipping absent tables.
template <typename Fn> void for_each_pte(u64 root, u64 start, u64 end, Fn&& fn);

// Loads CR3, with `root`'s PCID when the CPU offers PCIDs (then its
// translations survive loads of other address spaces).
void activate(u64 root);
// The PML4 currently in CR3.
u64 active_root();
// Invalidates one page of `root`: at once if it is active, else at its next load.
void flush_page(u64 root, u64 va);
// Invalidates all of `root`'s user translations, likewise.
void flush_all(u64 root);

// ---- template implementation -----------------------------------------------
u64* table_of(u64 entry);

template <typename Fn> void for_each_pte(u64 root, u64 start, u64 end, Fn&& fn) {
    u64 va = start;
    while (va < end) {
        u64* l4 = table_of(root | kPteP);
        u64 e4 = l4[(va >> 39) & 511];
        if (!(e4 & kPteP)) {
            va = align_down(va, 1ull << 39) + (1ull << 39);
            continue;
        }
        u64 e3 = table_of(e4)[(va >> 30) & 511];
        if (!(e3 & kPteP)) {
            va = align_down(va, 1ull << 30) + (1ull << 30);
            continue;
        }
        u64* pt2 = table_of(e3);
        u64 e2 = pt2[(va >> 21) & 511];
        if (!(e2 & kPteP)) {
            va = align_down(va, 1ull << 21) + (1ull << 21);
            continue;
        }
        u64* pt1 = table_of(e2);
        u64 stop = min<u64>(end, align_down(va, 1ull << 21) + (1ull << 21));
        for (; va < stop; va += kPageSize) {
            u64* pte = &pt1[(va >> 12) & 511];
            if (pte_mapped(*pte)) fn(va, pte);
        }
    }
}

} // namespace vmm
