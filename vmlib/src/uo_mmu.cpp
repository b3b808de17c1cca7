// User-only MMU emulation: the current guest user address space is
// reflected lazily into the user window of the host process.  A page is
// mapped from the guest-memory memfd when the guest first touches it (the
// SIGSEGV path), with the permissions of the guest's page tables; a CR3 load
// or TLB flush drops the reflection again.  The pages reflected for the last
// few address spaces are remembered (their "working sets"): when the guest
// returns to one of them, those pages are reflected again before it runs,
// from its page tables as they are then (a speculative TLB fill, as hardware
// may do), instead of faulting one by one.
#include "page_walk.h"
#include "uo_backend.h"

namespace vmlib::uo {

static u64 g_lo = ~0ull, g_hi = 0;  // bounds of what is reflected now
static bool g_ahead;                // a user fault went to the guest kernel
static u64 g_ahead_va, g_ahead_cr3;
static u32 g_ahead_access;

// Working sets of recently used address spaces, keyed by CR3.
constexpr u32 kWorkingSets = 8;
constexpr u32 kWorkingSetPages = 512;
struct WorkingSet {
    u64 cr3;
    u32 count;
    u64 pages[kWorkingSetPages];
};
static WorkingSet g_sets[kWorkingSets];
static u32 g_next_set;
static WorkingSet* g_current;  // the set being recorded (for the current CR3)
static bool g_replay_pending;  // replay at the next user entry

// The set for a CR3: found, or a recycled slot (round robin), emptied.
static WorkingSet* set_for(u64 cr3, bool* found) {
    for (WorkingSet& w : g_sets) {
        if (w.cr3 == cr3 && w.count) {
            *found = true;
            return &w;
        }
    }
    *found = false;
    WorkingSet* w = &g_sets[g_next_set++ % kWorkingSets];
    w->cr3 = cr3;
    w->count = 0;
    return w;
}

static void record(u64 page) {
    if (g_current && g_current->count < kWorkingSetPages) g_current->pages[g_current->count++] = page;
}

// Turns [va, va+len) of the user window back into an inaccessible reservation.
static void unreflect(u64 va, u64 len) {
    vmlib_host_syscall(host::kSysMmap, long(va), long(len), host::kProtNone,
                       host::kMapPrivate | host::kMapAnonymous | host::kMapFixed | host::kMapNoreserve, -1, 0);
}

void flush_user_window() {
    count(TANDEM_STAT_INVAL_FULL);
    if (g_lo < g_hi) {
        unreflect(g_lo, g_hi - g_lo);
        g_lo = ~0ull;
        g_hi = 0;
    }
    // The guest's CR3 is already the new one: look up its working set.
    g_replay_pending = true;
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
    record(page);
    return true;
}

// Before the first user entry after a flush: reflect the pages the address
// space used last time it ran (those its tables still map), then record
// afresh.  The old set is read before the new recording overwrites it.
static void replay_working_set() {
    g_replay_pending = false;
    bool found;
    WorkingSet* w = set_for(g_vcpu.state.cr3, &found);
    u32 n = found ? w->count : 0;
    static u64 pages[kWorkingSetPages];
    for (u32 i = 0; i < n; i++) pages[i] = w->pages[i];
    w->count = 0;
    g_current = w;
    for (u32 i = 0; i < n; i++) {
        Translation t = translate(pages[i], kAccessUser, false);
        if (!t.ok || !(*t.leaf & TANDEM_PTE_A)) continue;
        if (!map_page(pages[i], t.phys, host_prot(t, false))) return;
        count(TANDEM_STAT_PF_REPLAYED);
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
    // One page per fault: mapping neighbours the guest touched before (one
    // mmap each, or one per physically contiguous run) cost more than the
    // faults it saved on fork/exec-heavy work (measured: a loop of 200
    // fork+exec ran 1.0 s without, 1.2 s with 8 and 1.4 s with 16 neighbours).
    return true;
}

} // namespace vmlib::uo

namespace vmlib::uo {

void note_guest_fault(u64 va, u32 access) {
    g_ahead = true;
    g_ahead_va = va;
    g_ahead_access = access;
    g_ahead_cr3 = g_vcpu.state.cr3;
}

// Runs before every entry to guest user mode: first a pending working-set
// replay, then the page of a fault the guest kernel just handled.  The
// latter only for the same address space: after a switch the address means
// something else (and the access was never made there).
void reflect_ahead() {
    if (g_replay_pending) replay_working_set();
    if (!g_ahead) return;
    g_ahead = false;
    if (g_vcpu.state.cr3 != g_ahead_cr3) return;
    u32 pf_error;
    u64 lo = g_lo, hi = g_hi;
    if (reflect(g_ahead_va, g_ahead_access, &pf_error)) {
        count(TANDEM_STAT_PF_REFLECTED_AHEAD);
    } else {
        g_lo = lo;
        g_hi = hi;
    }
}

} // namespace vmlib::uo
