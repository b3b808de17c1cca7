// User-only MMU emulation: the current guest user address space is
// reflected lazily into the user window of the host process.  A page is
// mapped from the guest-memory memfd when the guest first touches it (the
// SIGSEGV path), with the permissions of the guest's page tables; a CR3 load
// or TLB flush drops the reflection again.
#include "page_walk.h"
#include "uo_backend.h"

namespace vmlib::uo {

static u64 g_lo = ~0ull, g_hi = 0;  // bounds of what is reflected now
constexpr u64 kBatch = 16;          // neighbour pages considered per fault

// Turns [va, va+len) of the user window back into an inaccessible reservation.
static void unreflect(u64 va, u64 len) {
    vmlib_host_syscall(host::kSysMmap, long(va), long(len), host::kProtNone,
                       host::kMapPrivate | host::kMapAnonymous | host::kMapFixed | host::kMapNoreserve, -1, 0);
}

void flush_user_window() {
    count(TANDEM_STAT_INVAL_FULL);
    if (g_lo >= g_hi) return;
    unreflect(g_lo, g_hi - g_lo);
    g_lo = ~0ull;
    g_hi = 0;
}

void flush_user_page(u64 va) {
    count(TANDEM_STAT_INVAL_PAGE);
    if (va < g_lo || va >= g_hi) return;
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
    if (page < g_lo) g_lo = page;
    if (page + TANDEM_PAGE_SIZE > g_hi) g_hi = page + TANDEM_PAGE_SIZE;
    return true;
}

// Also maps neighbours in the same 16-page block that the guest has touched
// before (accessed bit set): after a flush they are likely to be used again,
// and one mmap is cheaper than one fault.
static void reflect_neighbours(u64 page, u32 access) {
    u64 block = page & ~(kBatch * TANDEM_PAGE_SIZE - 1);
    for (u64 i = 0; i < kBatch; i++) {
        u64 p = block + i * TANDEM_PAGE_SIZE;
        if (p == page || p < TANDEM_USER_BASE) continue;
        Translation t = translate(p, access & kAccessUser, false);
        if (!t.ok || !(*t.leaf & TANDEM_PTE_A)) continue;
        if (map_page(p, t.phys, host_prot(t, false))) count(TANDEM_STAT_PF_REFLECTED_BATCH);
    }
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
    count(TANDEM_STAT_PF_REFLECTED);
    reflect_neighbours(page, access);
    return true;
}

} // namespace vmlib::uo
