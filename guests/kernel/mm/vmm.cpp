// Page-table construction and TLB maintenance.
#include "mm/vmm.h"
#include "arch/cpu.h"
#include "boot/bootinfo.h"
#include "lib/panic.h"
#include "mm/pmm.h"

namespace vmm {
namespace {
u64 g_kernel_pdpt;  // phys of the PDPT behind PML4 slot 32 (the direct map)
u64 g_kernel_root;  // PML4 of kernel threads
u64 g_active_root;  // what CR3 holds (0 = the boot address space)
constexpr u64 kTableFlags = kPteP | kPteW | kPteU; // leaf entries restrict access

// Frees the tables below a level-`level` table entry range (user window only).
void free_table(u64 table_phys, int level) {
    u64* t = phys_to_virt<u64>(table_phys);
    for (int i = 0; i < 512; i++) {
        u64 e = t[i];
        if (level == 1) {
            if (pte_mapped(e)) pmm::put(e & kPteAddr);
        } else if (e & kPteP) {
            free_table(e & kPteAddr, level - 1);
        }
    }
    pmm::put(table_phys);
}
} // namespace

// The kernel half: PML4 slot 32 maps guest-physical memory with 2 MiB pages.
void init() {
    u64 mem = boot::info().memory_size;
    g_kernel_pdpt = pmm::alloc_page();
    if (!g_kernel_pdpt) panic("no memory for the kernel page tables");
    u64* pdpt = phys_to_virt<u64>(g_kernel_pdpt);
    for (u64 gb = 0; gb * (1ull << 30) < mem && gb < 512; gb++) {
        u64 pd = pmm::alloc_page();
        if (!pd) panic("no memory for the kernel page tables");
        u64* pde = phys_to_virt<u64>(pd);
        for (u64 i = 0; i < 512; i++) {
            u64 phys = gb * (1ull << 30) + i * (2ull << 20);
            if (phys >= mem) break;
            pde[i] = phys | kPteP | kPteW | TANDEM_PTE_PS | TANDEM_PTE_G;
        }
        pdpt[gb] = pd | kPteP | kPteW;
    }
    g_kernel_root = create_root();
    if (!g_kernel_root) panic("no memory for the kernel PML4");
}

u64* table_of(u64 entry) { return phys_to_virt<u64>(entry & kPteAddr); }

// Fresh PML4 sharing the kernel half.
u64 create_root() {
    u64 root = pmm::alloc_page();
    if (!root) return 0;
    u64* pml4 = phys_to_virt<u64>(root);
    pml4[TANDEM_USER_PML4_SLOTS] = g_kernel_pdpt | kPteP | kPteW;
    return root;
}

// Tears down the user window of an address space that is no longer active.
void destroy_root(u64 root) {
    kassert(root != g_active_root);
    u64* pml4 = phys_to_virt<u64>(root);
    for (u32 i = 0; i < TANDEM_USER_PML4_SLOTS; i++)
        if (pml4[i] & kPteP) free_table(pml4[i] & kPteAddr, 3);
    pmm::put(root);
}

u64 kernel_root() { return g_kernel_root; }

// Walks (and optionally builds) the four levels down to the PTE for va.
u64* walk(u64 root, u64 va, bool create) {
    if (va >= TANDEM_USER_TOP) return nullptr;
    u64* table = phys_to_virt<u64>(root);
    for (int shift = 39; shift > 12; shift -= 9) {
        u64& e = table[(va >> shift) & 511];
        if (!(e & kPteP)) {
            if (!create) return nullptr;
            u64 t = pmm::alloc_page();
            if (!t) return nullptr;
            e = t | kTableFlags;
        }
        table = table_of(e);
    }
    return &table[(va >> 12) & 511];
}

// CR3 load; skipped when it would not change anything.
void activate(u64 root) {
    if (root == g_active_root) return;
    g_active_root = root;
    x86::write_cr3(root);
}

u64 active_root() { return g_active_root; }

// invlpg only matters for the address space the CPU is using.
void flush_page(u64 root, u64 va) {
    if (root == g_active_root) x86::invlpg(va);
}

// Reloading CR3 flushes every non-global user translation.
void flush_all(u64 root) {
    if (root == g_active_root) x86::write_cr3(root);
}

} // namespace vmm
