// Physical pages and 4-level page tables for the selftest's user address
// spaces.  Pages come from the memory map's USABLE ranges above the image
// and are never freed; tables are reached through the direct map.
#include "selftest.h"

extern "C" const uint8_t __image_end[];

static uint32_t g_range;    // index into boot_info.memmap
static uint64_t g_next;     // next free guest-physical page in that range

// Starts the allocator at the first usable page above the kernel image.
void pages_init() {
    g_range = 0;
    g_next = 0;
}

// Returns a zeroed guest-physical page; bails out when memory runs out.
uint64_t alloc_page() {
    uint64_t floor = (uint64_t(__image_end) - TANDEM_DIRECT_MAP_BASE + 4095) & ~4095ull;
    for (; g_range < g_boot->memmap_count; g_range++, g_next = 0) {
        const tandem_memmap_entry& e = g_boot->memmap[g_range];
        if (e.type != TANDEM_MEM_USABLE) continue;
        uint64_t lo = (e.base + 4095) & ~4095ull;
        if (lo < floor) lo = floor;
        if (g_next < lo) g_next = lo;
        if (g_next + 4096 <= e.base + e.size) {
            uint64_t p = g_next;
            g_next += 4096;
            __builtin_memset(pv<void>(p), 0, 4096);
            return p;
        }
    }
    console::write(g_con, "Bail out! out of memory\n");
    power_off(1);
}

// A fresh, empty top-level table.
uint64_t new_address_space() { return alloc_page(); }

// The entry for `va` at `level` (3 = PML4 ... 0 = PT) inside `table`.
static uint64_t* entry(uint64_t table, uint64_t va, int level) {
    return pv(table) + ((va >> (12 + 9 * level)) & 511);
}

// Maps one 4 KiB user page, creating intermediate tables (P|W|U).
void map_page(uint64_t pml4, uint64_t va, uint64_t pa, uint64_t flags) {
    uint64_t table = pml4;
    for (int level = 3; level > 0; level--) {
        uint64_t* e = entry(table, va, level);
        if (!(*e & TANDEM_PTE_P)) *e = alloc_page() | TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U;
        table = *e & TANDEM_PTE_ADDR_MASK;
    }
    *entry(table, va, 0) = (pa & TANDEM_PTE_ADDR_MASK) | flags;
}

// The entry for `va` at `level` (0 = PTE, 1 = PDE, ...), or nullptr when a
// table above it is missing.
uint64_t* find_entry(uint64_t pml4, uint64_t va, int level) {
    uint64_t table = pml4;
    for (int l = 3; l > level; l--) {
        uint64_t* e = entry(table, va, l);
        if (!(*e & TANDEM_PTE_P)) return nullptr;
        table = *e & TANDEM_PTE_ADDR_MASK;
    }
    return entry(table, va, level);
}

uint64_t* find_pte(uint64_t pml4, uint64_t va) { return find_entry(pml4, va, 0); }
