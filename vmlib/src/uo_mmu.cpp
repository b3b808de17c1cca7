// User-only MMU emulation: a guest user address space is reflected lazily
// into the user window of the space process that holds it (uo_spaces.cpp
// binds address spaces to spaces).  A page is mapped from the guest-memory
// memfd when the guest first touches it (the SIGSEGV path), with the
// permissions of the guest's page tables.  The space records exactly what it
// has reflected (uo_reflection.cpp), so that an invalidation (CR3 load
// without the no-flush bit, invlpg, invpcid) re-reads the guest's tables for
// those pages and drops only what changed: a page that still shows the same
// frame with its accessed bit set is what the hardware would load into the
// TLB again at once, so it stays, with its permissions brought up to date
// (fork's write-protection costs one mprotect per run, not a refault per page).
// Everything here acts on the space this code runs in.
#include "page_walk.h"
#include "uo_backend.h"
#include "uo_reflection.h"

namespace vmlib::uo {

static bool g_ahead;                // a user fault went to the guest kernel
static u64 g_ahead_va, g_ahead_cr3;
static u32 g_ahead_access;

static bool known_reflected(u64 page) {
    const ReflectedBlock* b = find_block(page);
    return b && (b->mapped & (1u << ((page / TANDEM_PAGE_SIZE) % kBlockPages)));
}

// True if `page` is reflected showing `frame` with at least the host
// permissions `prot` (then mapping it again would change nothing).
static bool reflected_as(u64 page, u64 frame, long prot) {
    const ReflectedBlock* b = find_block(page);
    u32 i = u32((page / TANDEM_PAGE_SIZE) % kBlockPages);
    u16 bit = u16(1u << i);
    if (!b || !(b->mapped & bit) || b->frame[i] != frame) return false;
    if ((prot & host::kProtWrite) && !(b->writable & bit)) return false;
    return !(prot & host::kProtExec) || (b->executable & bit);
}

// Unmaps [lo, hi) of one side of the user window.  The window holds
// nothing but reflected guest pages: an unreflected range is a hole.  A
// run mapped into a hole and unmapped again costs the host about half of
// what it costs over a PROT_NONE reservation (no VMA to split and insert
// again; bench/crossings run_cycle_*), and nothing else can be placed in a
// hole (every mmap a space may make is MAP_FIXED with the memory file).
static long unmap_range(u64 lo, u64 hi) {
    count(TANDEM_STAT_HOST_UNMAP);
    return vmlib_host_syscall(host::kSysMunmap, long(lo), long(hi - lo));
}

// Unmaps [va, va+len) of the user window, each side of the kernel hole
// apart (the hole holds guest memory and the space's own pages; the filter
// refuses a range that reaches into it).
// Returns the host's answer (an error of either side's call, else 0).
static long unreflect(u64 va, u64 len) {
    u64 end = va + len;
    long r = 0, r2 = 0;
    if (va < TANDEM_KERNEL_HOLE_BASE) r = unmap_range(va, end < TANDEM_KERNEL_HOLE_BASE ? end : TANDEM_KERNEL_HOLE_BASE);
    if (end > TANDEM_KERNEL_HOLE_TOP) r2 = unmap_range(va > TANDEM_KERNEL_HOLE_TOP ? va : TANDEM_KERNEL_HOLE_TOP, end);
    return r < 0 ? r : r2;
}

// Empties the whole window with one unmap over what is reflected (all
// of the window if the bounds are not sound: the record is writable by
// guest user code, uo_reflection.cpp).
static void unreflect_bounds();
static void unreflect_all() {
    ReflectedBounds r = reflected_bounds();
    if (!(r.lo == ~0ull && r.hi == 0)) unreflect_bounds();
    forget_all();
}

// Host protection for a reflected page: writable only once the guest PTE is
// dirty (or this access writes), so the guest's dirty bits stay truthful.
static long host_prot(const Translation& t, bool writing) {
    long prot = host::kProtRead;
    if (t.executable) prot |= host::kProtExec;
    if (t.writable && (writing || (*t.leaf & TANDEM_PTE_D))) prot |= host::kProtWrite;
    return prot;
}

// What a reflected page may show after an invalidation: its frame and host
// protection now, or prot -1 if it must go (not present or not user any
// more, or the accessed bit cleared, which the next access must set again).
struct PageNow {
    long prot;
    u64 frame;
};
static PageNow page_now(u64 page) {
    Translation t = translate(page, kAccessUser, false);
    if (!t.ok || !(*t.leaf & TANDEM_PTE_A)) return {-1, 0};
    return {host_prot(t, false), t.phys / TANDEM_PAGE_SIZE};
}

// The protection a page that must keep showing `frame` may stay at: -1 if
// it must go or shows another frame.
static long prot_if_same(PageNow now, u64 frame) { return now.frame == frame ? now.prot : -1; }
static long still_valid_prot(u64 page, u32 frame) { return prot_if_same(page_now(page), frame); }

// A run of neighbouring pages that an invalidation treats alike: one host
// call for all of them.
struct RecheckRun {
    enum Kind { kUnmap, kProtect, kMap } kind;
    u64 va, n, frame; // frame: the first page's (kMap)
    long prot;
};

// Maps `len` bytes of guest memory from `phys` at `va` in the window, with
// the host's page-table entries filled at once: a reflected page is one the
// guest touched or its kernel mapped around a fault, so it is about to be
// used, and filling the entries here costs less than a host fault apiece
// (a configure run: host faults 4.0 M -> 2.2 M).
static long map_host(u64 va, u64 len, long prot, u64 phys) {
    count(TANDEM_STAT_HOST_MAP);
    return vmlib_host_syscall(host::kSysMmap, long(va), long(len), prot,
                              host::kMapShared | host::kMapFixed | host::kMapPopulate, long(g_cfg.memfd), long(phys));
}

// Set when the host refused a call of an invalidation (out of mappings: a
// split would pass vm.max_map_count): the old mapping is then still there,
// with its old frame or permissions, so the caller empties the window.
static bool g_host_refused;

static bool refused(long r) { return r < 0 && r > -4096; }

static void apply(RecheckRun& r) {
    if (!r.n) return;
    u64 len = r.n * TANDEM_PAGE_SIZE;
    long res = 0;
    if (r.kind == RecheckRun::kUnmap) {
        res = unreflect(r.va, len);
    } else if (r.kind == RecheckRun::kProtect) {
        count(TANDEM_STAT_HOST_PROTECT);
        res = vmlib_host_syscall(host::kSysMprotect, long(r.va), long(len), r.prot);
    } else {
        res = map_host(r.va, len, r.prot, r.frame * TANDEM_PAGE_SIZE);
    }
    if (refused(res)) g_host_refused = true;
    r.n = 0;
}

// After an invalidation: if the host refused one of its calls, nothing of
// the window can be trusted to match the record; start over empty.
static void start_over_if_refused() {
    if (!g_host_refused) return;
    g_host_refused = false;
    count(TANDEM_STAT_REFLECTION_FULL);
    unreflect_all();
}

// Adds one page to `run`, or applies `run` and starts another with it.
static void extend(RecheckRun& run, RecheckRun::Kind kind, u64 page, u64 frame, long prot) {
    bool joins = run.n && run.kind == kind && run.prot == prot && run.va + run.n * TANDEM_PAGE_SIZE == page &&
                 (kind != RecheckRun::kMap || run.frame + run.n == frame);
    if (joins) {
        run.n++;
        return;
    }
    apply(run);
    run = RecheckRun{kind, page, 1, frame, prot};
}

// Re-reads the guest's tables for the pages of `b` (at `base`) selected by
// `which`, and unmaps or reprotects what changed, one host call per run of
// neighbouring pages that change alike.  With `emptied`, the window was
// unmapped beforehand: what stays is mapped again instead.  With
// `follow_frames` (a one-page invalidation), a page the guest gave another
// frame and already marked accessed is mapped at that frame.
static void recheck_block(u64 base, ReflectedBlock& b, u32 which, bool emptied, bool follow_frames) {
    RecheckRun run{};
    for (u32 i = 0; i < kBlockPages; i++) {
        u16 bit = u16(1u << i);
        if (!(which & b.mapped & bit)) {
            apply(run);
            continue;
        }
        u64 page = base + i * TANDEM_PAGE_SIZE;
        long was = host::kProtRead | ((b.writable & bit) ? long(host::kProtWrite) : 0L) |
                   ((b.executable & bit) ? long(host::kProtExec) : 0L);
        PageNow pn = page_now(page);
        if (follow_frames && pn.prot >= 0 && pn.frame != b.frame[i]) {
            // Another frame, already accessed (a copy-on-write copy the guest
            // kernel made for the write it is about to retry): mapped over
            // the old one in one host call, instead of unmapped now and
            // mapped again when the write faults.
            count(TANDEM_STAT_INVAL_REMAPPED);
            b.frame[i] = u32(pn.frame);
            b.writable = u16((pn.prot & host::kProtWrite) ? b.writable | bit : b.writable & ~bit);
            b.executable = u16((pn.prot & host::kProtExec) ? b.executable | bit : b.executable & ~bit);
            extend(run, RecheckRun::kMap, page, pn.frame, pn.prot);
            continue;
        }
        long now = prot_if_same(pn, b.frame[i]);
        if (now < 0) {
            count(TANDEM_STAT_INVAL_DROPPED);
            b.mapped &= u16(~bit);
            b.writable &= u16(~bit);
            b.executable &= u16(~bit);
            if (emptied) apply(run);
            else extend(run, RecheckRun::kUnmap, page, 0, -1);
            continue;
        }
        count(now == was ? TANDEM_STAT_INVAL_KEPT : TANDEM_STAT_INVAL_REPROTECT);
        b.writable = u16((now & host::kProtWrite) ? b.writable | bit : b.writable & ~bit);
        b.executable = u16((now & host::kProtExec) ? b.executable | bit : b.executable & ~bit);
        if (emptied) extend(run, RecheckRun::kMap, page, b.frame[i], now);
        else if (now != was) extend(run, RecheckRun::kProtect, page, 0, now);
        else apply(run);
    }
    apply(run);
}

// Empties the window but keeps the record (the caller maps back what stays).
static void unreflect_bounds() {
    ReflectedBounds r = reflected_bounds();
    bool sound = r.lo >= TANDEM_USER_BASE && r.lo < r.hi && r.hi <= TANDEM_USER_TOP &&
                 r.lo % TANDEM_PAGE_SIZE == 0 && r.hi % TANDEM_PAGE_SIZE == 0;
    if (sound) unreflect(r.lo, r.hi - r.lo);
    else unreflect(TANDEM_USER_BASE, TANDEM_USER_TOP - TANDEM_USER_BASE);
}

// A whole flush.  A first look counts what would stay: when that is at most
// a quarter (usually another address space under a reused PCID and
// page-table root, as after exit and fork), one host call empties the window
// and the few pages that stay are mapped back, instead of one call per run
// of pages that go.
void flush_user_window() {
    count(TANDEM_STAT_INVAL_FULL);
    u64 pages = 0, staying = 0;
    bool sound = for_each_block([&](u64 base, ReflectedBlock& b) {
        for (u32 i = 0; i < kBlockPages; i++) {
            if (!(b.mapped & (1u << i))) continue;
            pages++;
            if (still_valid_prot(base + i * TANDEM_PAGE_SIZE, b.frame[i]) >= 0) staying++;
        }
    });
    if (!sound) {
        count(TANDEM_STAT_REFLECTION_FULL);
        unreflect_all();
        return;
    }
    if (staying == 0) {
        count(TANDEM_STAT_INVAL_DROPPED, pages);
        unreflect_all();
        return;
    }
    bool emptied = staying * 4 <= pages;
    if (emptied) unreflect_bounds();
    for_each_block([&](u64 base, ReflectedBlock& b) { recheck_block(base, b, 0xffff, emptied, false); });
    start_over_if_refused();
}

void empty_user_window() {
    count(TANDEM_STAT_INVAL_EMPTIED);
    unreflect_all();
}

// A page the guest gave another frame (a copy-on-write break) often has
// neighbours its kernel re-pointed in the same fault (a block copied into
// one run): the whole block is looked at then, so that those are mapped in
// the same runs instead of one call per page at their own invlpg, which then
// finds them right.  x86 allows it: a TLB may drop or reload any entry the
// tables give, accessed, at any time.
void flush_user_page(u64 va) {
    count(TANDEM_STAT_INVAL_PAGE);
    u64 page = va & ~(TANDEM_PAGE_SIZE - 1);
    ReflectedBlock* b = find_block(page);
    if (!b) return;
    u64 base = page & ~(kBlockBytes - 1);
    u32 i = u32((page - base) / TANDEM_PAGE_SIZE), which = 1u << i;
    if (b->mapped & which) {
        PageNow pn = page_now(page);
        if (pn.prot >= 0 && pn.frame != b->frame[i]) which = 0xffff;
    }
    recheck_block(base, *b, which, false, true);
    if (!b->mapped) forget_page(page);
    start_over_if_refused();
}

// Maps [page, page + n pages) from consecutive guest-physical pages from
// `phys` with one mmap, recording them first; false if the record or the
// host (out of VMAs) refused.
static bool map_run(u64 page, u64 phys, u64 n, long prot) {
    for (u64 k = 0; k < n; k++)
        if (!record_page(page + k * TANDEM_PAGE_SIZE, phys / TANDEM_PAGE_SIZE + k, prot)) return false;
    long r = map_host(page, n * TANDEM_PAGE_SIZE, prot, phys);
    return !(r < 0 && r > -4096);
}

// map_run, starting over with an empty window when the record or the host
// is full.
static bool map_or_start_over(u64 page, u64 phys, u64 n, long prot) {
    if (map_run(page, phys, n, prot)) return true;
    count(TANDEM_STAT_REFLECTION_FULL);
    unreflect_all();
    if (map_run(page, phys, n, prot)) return true;
    unreflect_all(); // never leave a page recorded that is not mapped
    return false;
}

// Prepares the record of an empty window (each space, once at start).
void init_reflection() { forget_all(); }

// The pages beside `page` in its aligned 64 KiB block that continue its
// run: not reflected yet, given by the guest's tables with A set, with the
// same host protection, at the next (or previous) guest-physical page.  How
// many there are before and after it.
static void run_around(u64 page, u64 phys, long prot, u64* before, u64* after) {
    constexpr u64 kBlock = TANDEM_FAULT_BLOCK_SIZE;
    u64 block = page & ~(kBlock - 1);
    auto continues = [&](u64 p, u64 want_phys) {
        if (!tandem_user_address(p) || known_reflected(p)) return false;
        Translation t = translate(p, kAccessUser, false);
        return t.ok && (*t.leaf & TANDEM_PTE_A) && host_prot(t, false) == prot &&
               (t.phys & ~(TANDEM_PAGE_SIZE - 1)) == want_phys;
    };
    *before = *after = 0;
    for (u64 p = page; p > block && continues(p - TANDEM_PAGE_SIZE, phys - (*before + 1) * TANDEM_PAGE_SIZE);
         p -= TANDEM_PAGE_SIZE)
        ++*before;
    for (u64 p = page + TANDEM_PAGE_SIZE; p < block + kBlock && continues(p, phys + (*after + 1) * TANDEM_PAGE_SIZE);
         p += TANDEM_PAGE_SIZE)
        ++*after;
}

// A host fault the guest's tables already allow (a page its kernel mapped
// but this space has not reflected: after fork, exec or a dropped window)
// maps the page together with the rest of its physically contiguous run in
// the block, when those are accessed too: the same one mmap, a little more
// to fill, and no fault for each of them.  Other neighbours are left to
// fault: one mmap each cost more than the faults they saved on
// fork/exec-heavy work (a loop of 200 fork+exec ran 1.0 s without, 1.2 s
// with 8 and 1.4 s with 16 such neighbours).
bool reflect(u64 va, u32 access, u32* pf_error) {
    u64 page = va & ~(TANDEM_PAGE_SIZE - 1);
    Translation t = translate(va, access);
    if (!t.ok) {
        *pf_error = t.error_code;
        return false;
    }
    u64 phys = t.phys & ~(TANDEM_PAGE_SIZE - 1);
    long prot = host_prot(t, access & kAccessWrite);
    u64 before = 0, after = 0;
    if (prot == host_prot(t, false)) run_around(page, phys, prot, &before, &after);
    if (!map_or_start_over(page - before * TANDEM_PAGE_SIZE, phys - before * TANDEM_PAGE_SIZE, before + 1 + after,
                           prot)) {
        *pf_error = t.error_code;
        return false;
    }
    if (before + after) count(TANDEM_STAT_PF_REFLECTED_RUN, before + after);
    return true;
}

void note_guest_fault(u64 va, u32 access) {
    g_ahead = true;
    g_ahead_va = va;
    g_ahead_access = access;
    g_ahead_cr3 = g_vcpu.state.cr3;
}

// The page of a fault the guest kernel handled, and the pages it mapped
// around it (its fault-around marks them accessed), are reflected together
// in runs of consecutive guest-physical pages with the same permissions:
// one mmap for a block the guest kernel filled from contiguous memory.
static void reflect_block(u64 va, u32 access) {
    constexpr u64 kBlock = TANDEM_FAULT_BLOCK_SIZE;
    u64 block = va & ~(kBlock - 1), page = va & ~(TANDEM_PAGE_SIZE - 1);
    u64 run_va = 0, run_phys = 0, run_n = 0;
    long run_prot = 0;
    auto flush = [&]() {
        if (run_n && map_or_start_over(run_va, run_phys, run_n, run_prot))
            count(TANDEM_STAT_PF_REFLECTED_AHEAD, run_n);
        run_n = 0;
    };
    for (u64 p = block; p < block + kBlock; p += TANDEM_PAGE_SIZE) {
        bool faulting = p == page;
        if (!tandem_user_address(p) || (!faulting && known_reflected(p))) {
            flush();
            continue;
        }
        // The faulting page: the access itself, which sets A (and D).
        Translation t = faulting ? translate(va, access) : translate(p, access & kAccessUser, false);
        if (!t.ok || !(*t.leaf & TANDEM_PTE_A)) {
            flush();
            continue;
        }
        long prot = host_prot(t, faulting && (access & kAccessWrite));
        u64 phys = t.phys & ~(TANDEM_PAGE_SIZE - 1);
        if (faulting && reflected_as(p, phys / TANDEM_PAGE_SIZE, prot)) {
            flush(); // the invalidation of the guest's fix mapped it already
            continue;
        }
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
    reflect_block(g_ahead_va, g_ahead_access);
}

} // namespace vmlib::uo
