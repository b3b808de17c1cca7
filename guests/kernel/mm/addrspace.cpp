// VMA bookkeeping and page-level operations of an address space.
#include "mm/addrspace.h"
#include "boot/bootinfo.h"
#include "lib/errno.h"
#include "lib/panic.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "mm/pmm.h"
#include "mm/vmm.h"
#include "fs/inode.h"
#include "lib/kstats.h"
#include "proc/program_names.h"

namespace {
// Above this many pages a protection change flushes the whole window.
constexpr u64 kFlushAllThreshold = 64;
} // namespace

// Leaf entry bits: user, writable if allowed, no-execute unless executable.
u64 pte_flags_for(u32 f) {
    if (!(f & kVmAccess)) return vmm::kPteProtNone;
    u64 pte = vmm::kPteP | vmm::kPteU;
    if (f & kVmWrite) pte |= vmm::kPteW;
    if (!(f & kVmExec)) pte |= vmm::kPteNX;
    return pte;
}

// Allocates the object and its PML4.
AddressSpace* AddressSpace::create() {
    AddressSpace* as = knew<AddressSpace>();
    if (!as) return nullptr;
    as->root_ = vmm::create_root();
    if (!as->root_) {
        kdelete(as);
        return nullptr;
    }
    return as;
}

// Frees VMAs, pages and tables once nobody uses the address space.
void AddressSpace::put() {
    if (--refs_) return;
    write_back(0, ~0ull); // exit and exec: MAP_SHARED writes reach the files
    while (Vma* v = first_vma()) {
        v->node.unlink();
        free_vma(v);
    }
    if (vmm::active_root() == root_) vmm::activate(vmm::kernel_root());
    program_names::forget(root_);
    vmm::destroy_root(root_);
    kdelete(this);
}

// Linear search; address spaces of the programs we run have few VMAs.
Vma* AddressSpace::find(u64 addr) {
    for (Vma* v = first_vma(); v; v = next_vma(v)) {
        if (addr < v->start) return nullptr;
        if (addr < v->end) return v;
    }
    return nullptr;
}

bool AddressSpace::range_free(u64 start, u64 end) {
    for (Vma* v = first_vma(); v; v = next_vma(v)) {
        if (v->start >= end) return true;
        if (v->end > start) return false;
    }
    return true;
}

// The highest address a in [floor, top - len] with a == colour modulo
// TANDEM_FAULT_BLOCK_SIZE (any page with kAnyColour); 0 if there is none.
static u64 fit_below(u64 top, u64 floor, u64 len, u64 colour) {
    if (top < floor || top - floor < len) return 0;
    u64 a = top - len;
    if (colour == AddressSpace::kAnyColour) return a;
    colour &= TANDEM_FAULT_BLOCK_SIZE - 1;
    if (a < colour) return 0;
    a = align_down(a - colour, TANDEM_FAULT_BLOCK_SIZE) + colour;
    return a >= floor ? a : 0;
}

u64 AddressSpace::colour_for(u64 len, bool file, u64 offset) {
    if (file) return offset & (TANDEM_FAULT_BLOCK_SIZE - 1);
    return len >= TANDEM_FAULT_BLOCK_SIZE ? 0 : kAnyColour;
}

// Picks an address for a new mapping: the hint first, then the highest gap
// below layout.mmap_base (mappings grow down towards the program and its
// heap), never in the kernel hole.  A coloured mapping may leave up to a
// block's worth of a gap unused above it (address space is plentiful; the
// runs it saves are not).
u64 AddressSpace::find_free(u64 len, u64 hint, u64 colour) {
    if (len == 0 || len > layout.mmap_base) return 0;
    if (hint && hint >= kMmapMin && tandem_user_range(hint, len) && hint + len <= layout.stack_top - kStackSize &&
        range_free(hint, hint + len))
        return hint;
    Vma* below = first_vma();
    Vma* last = nullptr;
    for (; below; below = next_vma(below)) last = below;
    u64 top = layout.mmap_base;
    // Gaps top-down: [end of the VMA below, top), cut at the kernel hole.
    for (below = last;;) {
        while (below && below->start >= top) below = prev_vma(below);
        if (below && below->end > top) {
            top = below->start;
            continue;
        }
        u64 floor = below ? below->end : kMmapMin;
        if (top > TANDEM_KERNEL_HOLE_BASE && floor < TANDEM_KERNEL_HOLE_TOP) {
            u64 lo = floor > TANDEM_KERNEL_HOLE_TOP ? floor : TANDEM_KERNEL_HOLE_TOP;
            if (u64 a = fit_below(top, lo, len, colour)) return a;
            top = TANDEM_KERNEL_HOLE_BASE;
            if (top <= floor) continue;
        }
        if (u64 a = fit_below(top, floor, len, colour)) return a;
        if (!below) return 0;
        top = below->start;
    }
}

// Inserts keeping the list sorted by start address.
void AddressSpace::insert(Vma* nv) {
    ListNode* at = &vmas_;
    for (Vma* v = first_vma(); v; v = next_vma(v)) {
        if (v->start > nv->start) break;
        at = &v->node;
    }
    nv->node.insert_after(at);
}

// Joins v with adjacent VMAs that have identical flags (keeps the list short).
// Two adjacent VMAs can be one: same rights, and both anonymous or the same
// file at contiguous offsets.
static bool mergeable(const Vma* a, const Vma* b) {
    if (a->end != b->start || a->flags != b->flags || a->inode != b->inode) return false;
    return !a->inode || a->pgoff + (a->end - a->start) == b->pgoff;
}

void AddressSpace::try_merge(Vma* v) {
    Vma* n = next_vma(v);
    if (n && mergeable(v, n)) {
        v->end = n->end;
        n->node.unlink();
        free_vma(n);
    }
    Vma* p = prev_vma(v);
    if (p && mergeable(p, v)) {
        p->end = v->end;
        v->node.unlink();
        free_vma(v);
    }
}

Vma* AddressSpace::new_vma(u64 start, u64 end, u32 flags, Inode* ino, u64 pgoff, const Path* file) {
    Vma* v = knew<Vma>();
    if (!v) return nullptr;
    v->start = start;
    v->end = end;
    v->flags = flags;
    v->inode = ino;
    v->pgoff = pgoff;
    if (ino) inode::get(ino);
    if (file && file->d) {
        v->file = *file;
        path_get(v->file);
    }
    return v;
}

void AddressSpace::free_vma(Vma* v) {
    if (v->inode) inode::put(v->inode);
    if (v->file.d) path_put(v->file);
    kdelete(v);
}

// Cuts v in two at `at`; returns the upper half (nullptr if out of memory).
Vma* AddressSpace::split(Vma* v, u64 at) {
    Vma* hi = new_vma(at, v->end, v->flags, v->inode, v->inode ? v->pgoff + (at - v->start) : 0, &v->file);
    if (!hi) return nullptr;
    v->end = at;
    hi->node.insert_after(&v->node);
    return hi;
}

long AddressSpace::map_anon(u64 start, u64 end, u32 flags) {
    if (!range_free(start, end)) return -EEXIST;
    Vma* v = new_vma(start, end, flags, nullptr, 0, nullptr);
    if (!v) return -ENOMEM;
    insert(v);
    try_merge(v);
    return 0;
}

long AddressSpace::map_file(u64 start, u64 end, u32 flags, Inode* ino, u64 off, const Path* file) {
    if (!range_free(start, end)) return -EEXIST;
    Vma* v = new_vma(start, end, flags, ino, off, file);
    if (!v) return -ENOMEM;
    insert(v);
    try_merge(v);
    return 0;
}

// munmap: trims/splits overlapping VMAs, then frees the pages of the range.
// Only punching a hole needs memory (a second VMA); without it nothing
// changes and the result is -ENOMEM, as Linux answers when out of VMAs.
long AddressSpace::unmap(u64 start, u64 end) {
    write_back(start, end);
    Vma* v = first_vma();
    while (v) {
        Vma* next = next_vma(v);
        if (v->start >= end) break;
        if (v->end > start) {
            if (v->start < start && v->end > end) {
                // Punch a hole: keep [v->start, start) and [end, v->end).
                Vma* hi = split(v, end);
                if (!hi) return -ENOMEM;
                v->end = start;
                break;
            }
            if (v->start < start) v->end = start;
            else if (v->end > end) {
                if (v->inode) v->pgoff += end - v->start;
                v->start = end;
            } else {
                v->node.unlink();
                free_vma(v);
            }
        }
        v = next;
    }
    discard(start, end);
    return 0;
}

// A shared file mapping maps the page-cache pages themselves, so the cache
// already holds what was written through it; the file's storage (the host,
// for the file service) does not, until these pages are written there.
// Every mapped page is written: dirty bits are not trusted, since in
// user-only mode guest user code writes through host mappings that set no
// bit in the guest's page tables.
void AddressSpace::write_back(u64 start, u64 end) {
    for (Vma* v = first_vma(); v && v->start < end; v = next_vma(v)) {
        if (v->end <= start || !v->inode) continue;
        if ((v->flags & (kVmShared | kVmWrite)) != (kVmShared | kVmWrite)) continue;
        Inode* ino = v->inode;
        if (ino->fs->cache_is_storage() || ino->fs->readonly) continue;
        vmm::for_each_pte(root_, max(start, v->start), min(end, v->end), [&](u64 va, u64* pte) {
            u64 pos = v->pgoff + (va - v->start);
            if (pos >= ino->size) return;
            u64 n = min<u64>(kPageSize, ino->size - pos);
            ino->fs->write_through(ino, pos, phys_to_virt<u8>(*pte & vmm::kPteAddr), n);
        });
    }
}

// Frees the pages but keeps the VMAs: the next touch faults in a zero page.
void AddressSpace::discard(u64 start, u64 end) {
    u64 count = 0;
    vmm::for_each_pte(root_, start, end, [&](u64 va, u64* pte) {
        pmm::put(*pte & vmm::kPteAddr);
        *pte = 0;
        if (++count <= kFlushAllThreshold) vmm::flush_page(root_, va);
    });
    if (count > kFlushAllThreshold) vmm::flush_all(root_);
}

// Rewrites the leaf entries of a range to match new VMA flags.
void AddressSpace::apply_protection(u64 start, u64 end, u32 flags) {
    u64 bits = pte_flags_for(flags);
    u64 count = 0;
    vmm::for_each_pte(root_, start, end, [&](u64 va, u64* pte) {
        u64 b = bits;
        // A page still shared copy-on-write must keep faulting on writes.
        if (!(flags & kVmShared) && (b & vmm::kPteW) && pmm::refcount(*pte & vmm::kPteAddr) > 1) b &= ~vmm::kPteW;
        *pte = (*pte & vmm::kPteAddr) | b;
        if (++count <= kFlushAllThreshold) vmm::flush_page(root_, va);
    });
    if (count > kFlushAllThreshold) vmm::flush_all(root_);
}

// mprotect: the whole range must be mapped; VMAs are split at its edges.
long AddressSpace::protect(u64 start, u64 end, u32 flags) {
    // Check coverage first so that a failure changes nothing.
    u64 cursor = start;
    for (Vma* v = first_vma(); v && cursor < end; v = next_vma(v)) {
        if (v->end <= cursor) continue;
        if (v->start > cursor) return -ENOMEM;
        cursor = v->end;
    }
    if (cursor < end) return -ENOMEM;

    for (Vma* v = first_vma(); v; v = next_vma(v)) {
        if (v->end <= start) continue;
        if (v->start >= end) break;
        if (v->start < start) {
            Vma* hi = split(v, start);
            if (!hi) return -ENOMEM;
            continue; // next iteration visits hi
        }
        if (v->end > end && !split(v, end)) return -ENOMEM;
        v->flags = (v->flags & ~kVmAccess) | (flags & kVmAccess);
    }
    apply_protection(start, end, flags);
    // Merge what became identical.
    for (Vma* v = first_vma(); v;) {
        Vma* n = next_vma(v);
        if (n && mergeable(v, n)) {
            v->end = n->end;
            n->node.unlink();
            free_vma(n);
            continue;
        }
        v = n;
    }
    return 0;
}

// Counts a resolved fault by what resolved it (the --stats breakdown).
static void count_fault(tandem_fault_kind kind) {
    g_kstats.fault_kinds[kind]++;
}

// Demand paging: allocate a zero page for an allowed access to an empty slot.
int AddressSpace::handle_fault(u64 addr, bool write, bool exec) {
    Vma* v = find(addr);
    if (!v) return kFaultSegv;
    if (!(v->flags & kVmAccess)) return kFaultSegv;
    if (write && !(v->flags & kVmWrite)) return kFaultSegv;
    if (exec && !(v->flags & kVmExec)) return kFaultSegv;
    u64* pte = vmm::walk(root_, addr, true);
    if (!pte) return kFaultOom;
    u64 va = page_down(addr);
    if (*pte & vmm::kPteP) {
        if (write && !(*pte & vmm::kPteW)) return break_cow(v, pte, va);
        // Already there with the right rights: a stale translation.
        vmm::flush_page(root_, va);
        count_fault(TANDEM_FAULT_STALE);
        return kFaultOk;
    }
    if (*pte & vmm::kPteProtNone) {
        *pte = (*pte & vmm::kPteAddr) | pte_flags_for(v->flags);
        vmm::flush_page(root_, va);
        count_fault(TANDEM_FAULT_PROT_NONE);
        return kFaultOk;
    }
    return fault_in(v, pte, va, write);
}

// First touch of a page: zero page for anonymous memory; for a file, its
// page-cache page (shared mappings, or private ones until the first write:
// mapped read-only so that the write copies it).  Beyond the end of the
// file is SIGBUS, as on Linux.
int AddressSpace::fault_in(Vma* v, u64* pte, u64 va, bool write) {
    if (!v->inode) {
        if (write && anon_fault_in_block(v, va)) {
            count_fault(TANDEM_FAULT_ANON_BLOCK);
            return kFaultOk;
        }
        u64 phys = pmm::alloc_page();
        if (!phys) return kFaultOom;
        *pte = phys | pte_flags_for(v->flags);
        if (write) anon_fault_around(v, va);
        count_fault(TANDEM_FAULT_ANON_PAGE);
        return kFaultOk;
    }
    u64 index = (v->pgoff + (va - v->start)) / kPageSize;
    if (index * kPageSize >= page_up(v->inode->size)) return kFaultBus;
    long err = 0;
    u64 page = inode::get_page(v->inode, index, &err);
    if (!page) return err == -ENOMEM ? kFaultOom : kFaultBus;
    pmm::get(page); // the mapping's reference (taken before anything can reclaim)
    u64 bits = pte_flags_for(v->flags);
    if (v->flags & kVmShared) {
        *pte = page | bits;
        count_fault(TANDEM_FAULT_FILE_MAPPED);
        return kFaultOk;
    }
    if (write) {
        u64 phys = pmm::alloc_page_nozero();
        if (!phys) {
            pmm::put(page);
            return kFaultOom;
        }
        memcpy(phys_to_virt<u8>(phys), phys_to_virt<u8>(page), kPageSize);
        pmm::put(page);
        *pte = phys | bits;
        count_fault(TANDEM_FAULT_FILE_COPIED);
        return kFaultOk;
    }
    *pte = page | (bits & ~vmm::kPteW);
    fault_around(v, va, (bits & ~vmm::kPteW) | vmm::kPteA);
    count_fault(TANDEM_FAULT_FILE_MAPPED);
    return kFaultOk;
}

// A write fault in private anonymous memory (heaps, stacks, bss) also fills
// the rest of its aligned 64 KiB block inside the VMA with zero pages,
// marked accessed and dirty: such memory is written in runs (cc1's heap
// grows to ~100 MB), and in user-only mode each fault saved is two host
// signals.  Stops quietly when memory is short (only the faulting page is
// required).  The block, or false if fault-around does not apply.
static bool anon_block(const Vma* v, u64 va, u64* lo, u64* hi) {
    constexpr u64 kWindow = TANDEM_FAULT_BLOCK_SIZE;
    if ((v->flags & (kVmShared | kVmGrowsDown)) || !(v->flags & kVmWrite) || v->end - v->start < kWindow) return false;
    if (pmm::free_count() < pmm::total_count() / 8) return false; // keep the rest for real demand
    *lo = max(v->start, align_down(va, kWindow));
    *hi = min(v->end, align_down(va, kWindow) + kWindow);
    return true;
}

// The common case of a fresh block (nothing of it mapped): the whole block
// from one physically contiguous run, so that user-only mode reflects it
// with one mmap.  False (nothing done) when the block is partly mapped or no
// run is free.
bool AddressSpace::anon_fault_in_block(Vma* v, u64 va) {
    u64 lo, hi;
    if (!anon_block(v, va, &lo, &hi)) return false;
    for (u64 p = lo; p < hi; p += kPageSize) {
        u64* pte = vmm::walk(root_, p, false);
        if (pte && *pte) return false; // mapped, or PROT_NONE'd: the page-by-page path
    }
    u64 n = (hi - lo) / kPageSize;
    u64 run = pmm::take_free_run(n);
    if (!run) return false;
    memset(phys_to_virt<u8>(run), 0, n * kPageSize);
    u64 bits = pte_flags_for(v->flags) | vmm::kPteA | vmm::kPteD;
    for (u64 k = 0; k < n; k++) {
        u64* pte = vmm::walk(root_, lo + k * kPageSize, true);
        if (!pte) { // no memory for a page table: give back what is not mapped
            for (u64 j = k; j < n; j++) pmm::put(run + j * kPageSize);
            return lo + k * kPageSize > va;
        }
        *pte = (run + k * kPageSize) | bits;
        if (lo + k * kPageSize != va) g_kstats.fault_around_pages++;
    }
    return true;
}

void AddressSpace::anon_fault_around(Vma* v, u64 va) {
    u64 lo, hi;
    if (!anon_block(v, va, &lo, &hi)) return;
    u64 bits = pte_flags_for(v->flags) | vmm::kPteA | vmm::kPteD;
    for (u64 p = lo; p < hi; p += kPageSize) {
        if (p == va) continue;
        u64* pte = vmm::walk(root_, p, true);
        if (!pte || vmm::pte_mapped(*pte)) continue;
        u64 phys = pmm::alloc_page();
        if (!phys) return;
        *pte = phys | bits;
        g_kstats.fault_around_pages++;
    }
}

// A read fault on a file page also maps the neighbouring pages of the same
// VMA that are already in the page cache (read-only, like the faulting one):
// programs and libraries are read in runs, and each fault saved is a trip
// through the guest's fault handler.
void AddressSpace::fault_around(Vma* v, u64 va, u64 bits) {
    constexpr u64 kWindow = TANDEM_FAULT_BLOCK_SIZE;
    u64 lo = max(v->start, align_down(va, kWindow)), hi = min(v->end, align_down(va, kWindow) + kWindow);
    u64 file_pages = page_up(v->inode->size) / kPageSize;
    for (u64 p = lo; p < hi; p += kPageSize) {
        if (p == va) continue;
        u64 index = (v->pgoff + (p - v->start)) / kPageSize;
        if (index >= file_pages) break;
        if (!v->inode->cache.find(index)) continue;
        u64* pte = vmm::walk(root_, p, true); // may allocate (and reclaim): look the page up after
        if (!pte || vmm::pte_mapped(*pte)) continue;
        u64 page = v->inode->cache.find(index);
        if (!page) continue;
        pmm::get(page);
        *pte = page | bits;
        g_kstats.fault_around_pages++;
    }
}

// The neighbours of a copy-on-write fault in its aligned 64 KiB block that
// this address space is the last user of (the other side of the fork has
// exited or exec'd) are made writable with it: nothing is copied, and
// their next write is not a fault through the guest kernel (a forked
// shell writes its stack, heap and data in runs).  No invalidation: a
// translation that only gains rights needs none on x86 (a stale read-only
// one faults and finds the entry writable: handle_fault's stale case,
// user-only mode's reflection, the module's fill).  Pages still shared are
// left alone here: a copying fault copies the written ones (copy_cow_block).
void AddressSpace::take_cow_around(Vma* v, u64 va) {
    constexpr u64 kWindow = TANDEM_FAULT_BLOCK_SIZE;
    u64 lo = max(v->start, align_down(va, kWindow)), hi = min(v->end, align_down(va, kWindow) + kWindow);
    for (u64 p = lo; p < hi; p += kPageSize) {
        if (p == va) continue;
        u64* pte = vmm::walk(root_, p, false);
        if (!pte || !(*pte & vmm::kPteP) || (*pte & vmm::kPteW)) continue;
        if (pmm::refcount(*pte & vmm::kPteAddr) != 1) continue;
        *pte |= vmm::kPteW;
        g_kstats.cow_taken_around++;
    }
}

// True for a neighbour of a copy-on-write fault that copy_cow_block copies:
// private, present, still shared and already written (dirty) before the
// fork, so the side that copies the faulting page will very likely write
// it too.
static bool shared_written(u64 pte) {
    return (pte & vmm::kPteP) && !(pte & vmm::kPteW) && (pte & vmm::kPteD) &&
           pmm::refcount(pte & vmm::kPteAddr) > 1;
}

// A copy-on-write copy takes a contiguous run for the fault's aligned
// 64 KiB block: the faulting page goes to its slot, and the neighbours
// that shared_written picks are copied into theirs (their entries are
// rewritten and left to the caller to invalidate, after the faulting page:
// `changed` has one bit per such page).  A forked process writes its
// stack, heap and data in runs, so each neighbour copied is a fault saved,
// and the block's copies reflect as one run in user-only mode.  Returns the
// faulting page's slot, or 0 (nothing done) when no neighbour qualifies,
// memory is short or no run is free.
u64 AddressSpace::copy_cow_block(Vma* v, u64 va, u32* changed) {
    constexpr u64 kWindow = TANDEM_FAULT_BLOCK_SIZE;
    *changed = 0;
    if (v->flags & kVmShared) return 0;
    u64 lo = max(v->start, align_down(va, kWindow)), hi = min(v->end, align_down(va, kWindow) + kWindow);
    bool any = false;
    for (u64 p = lo; p < hi && !any; p += kPageSize) {
        u64* pte = p == va ? nullptr : vmm::walk(root_, p, false);
        any = pte && shared_written(*pte);
    }
    if (!any || pmm::free_count() < pmm::total_count() / 8) return 0;
    u64 run = pmm::take_free_run((hi - lo) / kPageSize);
    if (!run) return 0;
    for (u64 p = lo; p < hi; p += kPageSize) {
        u64 slot = run + (p - lo);
        if (p == va) continue;
        u64* pte = vmm::walk(root_, p, false);
        if (!pte || !shared_written(*pte)) {
            pmm::put(slot);
            continue;
        }
        u64 old = *pte & vmm::kPteAddr;
        memcpy(phys_to_virt<u8>(slot), phys_to_virt<u8>(old), kPageSize);
        *pte = slot | pte_flags_for(v->flags) | vmm::kPteA | vmm::kPteD;
        pmm::put(old);
        *changed |= 1u << ((p - align_down(va, kWindow)) / kPageSize);
        g_kstats.cow_copies++;
        g_kstats.cow_copied_around++;
    }
    return run + (va - lo);
}

// A write to a page shared after fork: the last user takes it over, the
// others get a private copy.  Either way the entry is marked accessed and
// dirty, as the write being retried would mark it (so does Linux), which
// lets user-only mode map the result at the invalidation that follows.
int AddressSpace::break_cow(Vma* v, u64* pte, u64 va) {
    u64 old = *pte & vmm::kPteAddr;
    u32 copied_around = 0;
    if (pmm::refcount(old) == 1) {
        *pte |= vmm::kPteW | vmm::kPteA | vmm::kPteD;
        count_fault(TANDEM_FAULT_COW_TAKEN);
    } else {
        u64 phys = copy_cow_block(v, va, &copied_around);
        if (!phys) phys = pmm::alloc_page_nozero();
        if (!phys) return kFaultOom;
        memcpy(phys_to_virt<u8>(phys), phys_to_virt<u8>(old), kPageSize);
        *pte = phys | pte_flags_for(v->flags) | vmm::kPteA | vmm::kPteD;
        pmm::put(old);
        g_kstats.cow_copies++;
        count_fault(TANDEM_FAULT_COW_COPIED);
    }
    // The faulting page first: user-only mode, finding it at a new frame,
    // looks at its block and maps the copies beside it in the same run.
    vmm::flush_page(root_, va);
    for (u32 i = 0; copied_around; i++, copied_around >>= 1)
        if (copied_around & 1) vmm::flush_page(root_, align_down(va, TANDEM_FAULT_BLOCK_SIZE) + i * kPageSize);
    if (!(v->flags & kVmShared)) take_cow_around(v, va);
    return kFaultOk;
}

// mremap: shrink in place, grow in place when the range after it is free,
// else move (page-table entries are moved, not the pages).
long AddressSpace::remap(u64 old, u64 old_len, u64 new_len, bool may_move, u64 fixed) {
    Vma* v = find(old);
    if (!v || old + old_len > v->end) return -EFAULT;
    u32 flags = v->flags;
    Inode* ino = v->inode;
    Path file = v->file; // (v may be freed below; map_file takes its own reference first)
    u64 pgoff = ino ? v->pgoff + (old - v->start) : 0;
    if (!fixed && new_len <= old_len) {
        if (new_len < old_len) {
            if (long r = unmap(old + new_len, old + old_len)) return r;
        }
        return long(old);
    }
    if (!fixed && range_free(old + old_len, old + new_len) && tandem_user_range(old, new_len) &&
        old + new_len <= layout.stack_top - kStackSize) {
        long r = ino ? map_file(old + old_len, old + new_len, flags, ino, pgoff + old_len, &file)
                     : map_anon(old + old_len, old + new_len, flags);
        return r ? r : long(old);
    }
    if (!may_move) return -ENOMEM;
    u64 dest = fixed;
    if (dest) {
        if (dest < old + old_len && old < dest + new_len) return -EINVAL; // overlapping
        if (long r = unmap(dest, dest + new_len)) return r;
    } else {
        dest = find_free(new_len, 0, colour_for(new_len, ino != nullptr, pgoff));
        if (!dest) return -ENOMEM;
    }
    u64 keep = min(old_len, new_len);
    long r = ino ? map_file(dest, dest + new_len, flags, ino, pgoff, &file) : map_anon(dest, dest + new_len, flags);
    if (r) return r;
    // Move the entries of the kept part; then drop the old range's VMAs.
    for (u64 off = 0; off < keep; off += kPageSize) {
        u64* pte = vmm::walk(root_, old + off, false);
        if (!pte || !vmm::pte_mapped(*pte)) continue;
        u64* npte = vmm::walk(root_, dest + off, true);
        if (!npte) return -ENOMEM;
        *npte = *pte;
        *pte = 0;
    }
    vmm::flush_all(root_);
    unmap(old, old + old_len);
    return long(dest);
}

// fork: the same VMAs; every private page is shared read-only by both
// (copy-on-write); MAP_SHARED pages stay writable in both.
AddressSpace* AddressSpace::clone_cow() {
    AddressSpace* child = create();
    if (!child) return nullptr;
    for (Vma* v = first_vma(); v; v = next_vma(v)) {
        Vma* c = new_vma(v->start, v->end, v->flags, v->inode, v->pgoff, &v->file);
        if (!c) {
            child->put();
            return nullptr;
        }
        c->node.insert_before(&child->vmas_);
    }
    bool ok = true;
    for (Vma* v = first_vma(); v && ok; v = next_vma(v)) {
        bool shared = v->flags & kVmShared;
        vmm::for_each_pte(root_, v->start, v->end, [&](u64 va, u64* pte) {
            if (!ok) return;
            u64* cpte = vmm::walk(child->root_, va, true);
            if (!cpte) {
                ok = false;
                return;
            }
            if (!shared) *pte &= ~vmm::kPteW;
            *cpte = *pte;
            pmm::get(*pte & vmm::kPteAddr);
        });
    }
    child->layout = layout;
    child->brk_start = brk_start;
    child->brk = brk;
    vmm::flush_all(root_);
    if (!ok) {
        child->put();
        return nullptr;
    }
    return child;
}

// Kernel-initiated fill of a page (exec), independent of the active CR3.
u64 AddressSpace::populate(u64 va) {
    Vma* v = find(va);
    if (!v) return 0;
    u64* pte = vmm::walk(root_, va, true);
    if (!pte) return 0;
    if (!vmm::pte_mapped(*pte)) {
        if (fault_in(v, pte, page_down(va), true) != kFaultOk) return 0;
    } else if ((*pte & vmm::kPteP) && !(*pte & vmm::kPteW) && (v->flags & kVmWrite)) {
        if (break_cow(v, pte, page_down(va)) != kFaultOk) return 0;
    }
    return *pte & vmm::kPteAddr;
}

bool AddressSpace::zero_fill(u64 va, u64 n) {
    while (n) {
        u64 phys = populate(va);
        if (!phys) return false;
        u64 off = va & (kPageSize - 1);
        u64 k = min<u64>(n, kPageSize - off);
        memset(phys_to_virt<u8>(phys) + off, 0, k);
        va += k;
        n -= k;
    }
    return true;
}

// Writes through the direct map page by page.
bool AddressSpace::copy_out(u64 va, const void* src, size_t n) {
    const u8* s = static_cast<const u8*>(src);
    while (n) {
        u64 phys = populate(va);
        if (!phys) return false;
        u64 off = va & (kPageSize - 1);
        size_t k = min<size_t>(n, kPageSize - off);
        memcpy(phys_to_virt<u8>(phys) + off, s, k);
        va += k;
        s += k;
        n -= k;
    }
    return true;
}

// Page by page through the direct map, faulting pages in as a touch would.
u64 AddressSpace::access(u64 va, void* buf, u64 n, bool write) {
    u8* b = static_cast<u8*>(buf);
    u64 done = 0;
    while (done < n) {
        u64 at = va + done;
        Vma* v = find(at);
        if (!v) break;
        u64* pte = vmm::walk(root_, at, true);
        if (!pte) break;
        u64 page = page_down(at);
        if (!vmm::pte_mapped(*pte) && fault_in(v, pte, page, write && !(v->flags & kVmShared)) != kFaultOk) break;
        u64 phys = *pte & vmm::kPteAddr;
        if (write && !(v->flags & kVmShared) && pmm::refcount(phys) > 1) {
            // Shared copy-on-write (or the page cache's own page): take a copy.
            u64 copy = pmm::alloc_page_nozero();
            if (!copy) break;
            memcpy(phys_to_virt<u8>(copy), phys_to_virt<u8>(phys), kPageSize);
            u64 bits = (*pte & vmm::kPteP) ? pte_flags_for(v->flags) : (*pte & ~vmm::kPteAddr);
            *pte = copy | bits;
            pmm::put(phys);
            vmm::flush_page(root_, page);
            phys = copy;
        }
        u64 off = at - page, k = min(n - done, kPageSize - off);
        if (write) memcpy(phys_to_virt<u8>(phys) + off, b + done, k);
        else memcpy(b + done, phys_to_virt<u8>(phys) + off, k);
        done += k;
    }
    return done;
}

// brk(2): grows with demand-zero memory, shrinks by unmapping.
u64 AddressSpace::set_brk(u64 new_brk) {
    if (new_brk < brk_start || new_brk > TANDEM_USER_TOP) return brk;
    u64 old_end = page_up(brk), new_end = page_up(new_brk);
    if (new_end > old_end && !tandem_user_range(old_end, new_end - old_end)) return brk;
    if (new_end > old_end) {
        if (!range_free(old_end, new_end)) return brk;
        if (map_anon(old_end, new_end, kVmRead | kVmWrite) != 0) return brk;
    } else if (new_end < old_end) {
        unmap(new_end, old_end);
    }
    brk = new_brk;
    return brk;
}
