// User-only MMU emulation: a guest user address space is reflected lazily
// into the user window of the space process that holds it (uo_spaces.cpp
// binds address spaces to spaces).  A page is mapped from the guest-memory
// memfd when the guest first touches it (the SIGSEGV path), with the
// permissions of the guest's page tables; a flush of that address space
// (CR3 load without the no-flush bit, invlpg, invpcid) drops it again.
// Everything here acts on the space this code runs in.
#include "page_walk.h"
#include "uo_backend.h"

namespace vmlib::uo {

// Which pages of recently touched 16-page blocks are reflected now, so that
// mapping a block's neighbours skips what is already there (a direct-mapped
// cache; forgetting an entry only costs a redundant mmap later).
constexpr u64 kBlockPages = 16;
constexpr u32 kBlockSlots = 512;
struct BlockBits {
    u64 block; // block address | 1 when valid
    u32 mask;  // bit i: page i is reflected
};

// What one space has reflected.  vmlib's data is guest memory shared by
// every space, so each space keeps its own entry, indexed by its slot.
struct Reflection {
    u64 lo = ~0ull, hi = 0; // bounds of what is reflected now
    BlockBits blocks[kBlockSlots];
};
static Reflection g_reflection[TANDEM_SPACE_MAX];

static bool g_ahead;                // a user fault went to the guest kernel
static u64 g_ahead_va, g_ahead_cr3;
static u32 g_ahead_access;

static Reflection& here() { return g_reflection[my_slot()]; }

static BlockBits& block_slot(u64 block) {
    return here().blocks[(block / (kBlockPages * TANDEM_PAGE_SIZE)) % kBlockSlots];
}
static u32 page_bit(u64 page) { return 1u << ((page / TANDEM_PAGE_SIZE) % kBlockPages); }
static u64 block_of(u64 page) { return page & ~(kBlockPages * TANDEM_PAGE_SIZE - 1); }

static void mark_reflected(u64 page) {
    BlockBits& b = block_slot(block_of(page));
    if (b.block != (block_of(page) | 1)) b = BlockBits{block_of(page) | 1, 0};
    b.mask |= page_bit(page);
}
static bool known_reflected(u64 page) {
    const BlockBits& b = block_slot(block_of(page));
    return b.block == (block_of(page) | 1) && (b.mask & page_bit(page));
}
static void forget_page(u64 page) {
    BlockBits& b = block_slot(block_of(page));
    if (b.block == (block_of(page) | 1)) b.mask &= ~page_bit(page);
}

// Turns [va, va+len) of the user window back into an inaccessible reservation.
static void unreflect(u64 va, u64 len) {
    vmlib_host_syscall(host::kSysMmap, long(va), long(len), host::kProtNone,
                       host::kMapPrivate | host::kMapAnonymous | host::kMapFixed | host::kMapNoreserve, -1, 0);
}

// Extends this space's reflected bounds over [page, end).
static void widen(u64 page, u64 end) {
    Reflection& r = here();
    if (page < r.lo) r.lo = page;
    if (end > r.hi) r.hi = end;
}

void flush_user_window() {
    count(TANDEM_STAT_INVAL_FULL);
    Reflection& r = here();
    for (BlockBits& b : r.blocks) b.block = 0;
    if (r.lo >= r.hi) return;
    unreflect(r.lo, r.hi - r.lo);
    r.lo = ~0ull;
    r.hi = 0;
}

void flush_user_page(u64 va) {
    count(TANDEM_STAT_INVAL_PAGE);
    forget_page(va);
    if (va < here().lo || va >= here().hi) return;
    unreflect(va, TANDEM_PAGE_SIZE);
}

// Host protection for a reflected page: writable only once the guest PTE is
// dirty (or this access writes), so the guest's dirty bits stay truthful.
static long host_prot(const Translation& t, bool writing) {
    long prot = host::kProtRead;
    if (t.executable) prot |= host::kProtExec;
    if (t.writable && (writing || (*t.leaf & TANDEM_PTE_D))) prot |= host::kProtWrite;
    return prot;
}

// Maps one guest page at `page`; false if the host refused (out of VMAs).
static bool map_page(u64 page, u64 phys, long prot) {
    long r = vmlib_host_syscall(host::kSysMmap, long(page), long(TANDEM_PAGE_SIZE), prot,
                                host::kMapShared | host::kMapFixed, long(g_cfg.memfd), long(phys & ~(TANDEM_PAGE_SIZE - 1)));
    if (r < 0 && r > -4096) return false;
    widen(page, page + TANDEM_PAGE_SIZE);
    mark_reflected(page);
    return true;
}

bool reflect(u64 va, u32 access, u32* pf_error) {
    u64 page = va & ~(TANDEM_PAGE_SIZE - 1);
    Translation t = translate(va, access);
    if (!t.ok) {
        *pf_error = t.error_code;
        return false;
    }
    long prot = host_prot(t, access & kAccessWrite);
    if (!map_page(page, t.phys, prot)) {
        // Too many host mappings: start over with an empty window.
        flush_user_window();
        if (!map_page(page, t.phys, prot)) {
            *pf_error = t.error_code;
            return false;
        }
    }
    // One page per fault: mapping neighbours the guest touched before (one
    // mmap each, or one per physically contiguous run) cost more than the
    // faults it saved on fork/exec-heavy work (measured: a loop of 200
    // fork+exec ran 1.0 s without, 1.2 s with 8 and 1.4 s with 16 neighbours).
    return true;
}

void note_guest_fault(u64 va, u32 access) {
    g_ahead = true;
    g_ahead_va = va;
    g_ahead_access = access;
    g_ahead_cr3 = g_vcpu.state.cr3;
}

// Maps [page, page + n pages) from consecutive guest-physical pages with
// one mmap.
static bool map_run(u64 page, u64 phys, u64 n, long prot) {
    long r = vmlib_host_syscall(host::kSysMmap, long(page), long(n * TANDEM_PAGE_SIZE), prot,
                                host::kMapShared | host::kMapFixed, long(g_cfg.memfd), long(phys));
    if (r < 0 && r > -4096) return false;
    widen(page, page + n * TANDEM_PAGE_SIZE);
    for (u64 k = 0; k < n; k++) mark_reflected(page + k * TANDEM_PAGE_SIZE);
    return true;
}

// The pages the guest kernel mapped around a fault it handled (its
// fault-around marks them accessed) are reflected too, in runs of
// consecutive guest-physical pages: one mmap instead of one fault each.
static void reflect_block(u64 va, u32 access) {
    constexpr u64 kBlock = 16 * TANDEM_PAGE_SIZE;
    u64 block = va & ~(kBlock - 1), page = va & ~(TANDEM_PAGE_SIZE - 1);
    u64 run_va = 0, run_phys = 0, run_n = 0;
    long run_prot = 0;
    auto flush = [&]() {
        if (run_n && map_run(run_va, run_phys, run_n, run_prot))
            for (u64 k = 0; k < run_n; k++) count(TANDEM_STAT_PF_REFLECTED_AHEAD);
        run_n = 0;
    };
    for (u64 p = block; p < block + kBlock; p += TANDEM_PAGE_SIZE) {
        if (p == page || p < TANDEM_USER_BASE || known_reflected(p)) {
            flush();
            continue;
        }
        Translation t = translate(p, access & kAccessUser, false);
        if (!t.ok || !(*t.leaf & TANDEM_PTE_A)) {
            flush();
            continue;
        }
        long prot = host_prot(t, false);
        u64 phys = t.phys & ~(TANDEM_PAGE_SIZE - 1);
        if (run_n && prot == run_prot && phys == run_phys + run_n * TANDEM_PAGE_SIZE) {
            run_n++;
            continue;
        }
        flush();
        run_va = p, run_phys = phys, run_prot = prot, run_n = 1;
    }
    flush();
}

// Only for the same address space: after a switch the address means
// something else (and the access was never made there).
void reflect_ahead() {
    if (!g_ahead) return;
    g_ahead = false;
    if (g_vcpu.state.cr3 != g_ahead_cr3) return;
    u32 pf_error;
    if (!reflect(g_ahead_va, g_ahead_access, &pf_error)) return;
    count(TANDEM_STAT_PF_REFLECTED_AHEAD);
    reflect_block(g_ahead_va, g_ahead_access);
}

} // namespace vmlib::uo
