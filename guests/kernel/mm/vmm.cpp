// Page-table construction and TLB maintenance.
#include "mm/vmm.h"
#include "arch/cpu.h"
#include "boot/bootinfo.h"
#include "lib/panic.h"
#include "mm/pmm.h"

namespace vmm {
namespace {
u64 g_kernel_pdpt;  // phys of the PDPT behind the kernel hole's PML4 slot (the direct map)
u64 g_kernel_root;  // PML4 of kernel threads
u64 g_active_root;  // what CR3 holds (0 = the boot address space)
constexpr u64 kTableFlags = kPteP | kPteW | kPteU; // leaf entries restrict access

// Address-space ids (CR4.PCIDE): each user PML4 loaded recently keeps a
// PCID, so that loading it again keeps its translations (user-only mode
// keeps its pages mapped in its own host process).  The kernel's own root
// uses PCID 0.  A PCID is (re)assigned with a flushing load; changes to the
// tables of an address space that is not loaded mark its PCID stale, and
// its next load flushes.
constexpr u32 kPcids = 64;
struct PcidEntry {
    u64 root;   // 0 = free
    bool stale;
};
PcidEntry g_pcid[kPcids];
u32 g_pcid_victim = 1;
bool g_pcid_on;

// The PCID `root` holds, or 0 if none.
u32 pcid_of(u64 root) {
    for (u32 p = 1; p < kPcids; p++)
        if (g_pcid[p].root == root) return p;
    return 0;
}

// Gives `root` a PCID: a free one, else the next in turn.
u32 assign_pcid(u64 root) {
    u32 p = 1;
    while (p < kPcids && g_pcid[p].root) p++;
    if (p == kPcids) {
        p = g_pcid_victim;
        g_pcid_victim = g_pcid_victim + 1 < kPcids ? g_pcid_victim + 1 : 1;
    }
    g_pcid[p] = PcidEntry{root, false};
    return p;
}

// `root`'s tables changed while it is not loaded.
void mark_stale(u64 root) {
    if (u32 p = pcid_of(root)) g_pcid[p].stale = true;
}

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

// The kernel hole: its PML4 slot maps guest-physical memory with 2 MiB pages.
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
    u32 regs[4];
    x86::cpuid(1, 0, regs);
    if (regs[2] & (1u << 17)) {  // CPUID.1:ECX.PCID; CR3 holds PCID 0 here
        x86::write_cr4(x86::read_cr4() | TANDEM_CR4_PCIDE);
        g_pcid_on = true;
    }
}

u64* table_of(u64 entry) { return phys_to_virt<u64>(entry & kPteAddr); }

// Fresh PML4 sharing the kernel half.
u64 create_root() {
    u64 root = pmm::alloc_page();
    if (!root) return 0;
    u64* pml4 = phys_to_virt<u64>(root);
    pml4[TANDEM_KERNEL_PML4_SLOT] = g_kernel_pdpt | kPteP | kPteW;
    return root;
}

// Tears down the user window of an address space that is no longer active.
void destroy_root(u64 root) {
    kassert(root != g_active_root);
    if (u32 p = pcid_of(root)) g_pcid[p] = PcidEntry{0, false};
    u64* pml4 = phys_to_virt<u64>(root);
    for (u32 i = 0; i < TANDEM_USER_PML4_SLOTS; i++)
        if (tandem_user_pml4_slot(i) && (pml4[i] & kPteP)) free_table(pml4[i] & kPteAddr, 3);
    pmm::put(root);
}

u64 kernel_root() { return g_kernel_root; }

// Walks (and optionally builds) the four levels down to the PTE for va.
u64* walk(u64 root, u64 va, bool create) {
    if (!tandem_user_address(va)) return nullptr;
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

// CR3 load; skipped when it would not change anything.  With PCIDs the
// load keeps the address space's translations unless they may be stale.
void activate(u64 root) {
    if (root == g_active_root) return;
    g_active_root = root;
    if (!g_pcid_on || root == g_kernel_root) {
        x86::write_cr3(root);
        return;
    }
    u32 p = pcid_of(root);
    bool flush = !p || g_pcid[p].stale;
    if (!p) p = assign_pcid(root);
    g_pcid[p].stale = false;
    x86::write_cr3(root | p | (flush ? 0 : TANDEM_CR3_NOFLUSH));
}

u64 active_root() { return g_active_root; }

// invlpg only reaches the address space the CPU is using; another one's
// PCID is flushed when it is next loaded.
void flush_page(u64 root, u64 va) {
    if (root == g_active_root) x86::invlpg(va);
    else mark_stale(root);
}

// Reloading CR3 without the no-flush bit flushes every non-global user
// translation of its PCID.
void flush_all(u64 root) {
    if (root != g_active_root) return mark_stale(root);
    u32 p = g_pcid_on && root != g_kernel_root ? pcid_of(root) : 0;
    x86::write_cr3(root | p);
}

} // namespace vmm
