// Physical page allocator over the USABLE ranges of the boot memory map,
// with a reference count per page (shared pages: COW after fork, later).
#pragma once

#include "lib/types.h"

// Bookkeeping for one physical page.
struct PageInfo {
    u32 refcount;
    u16 slab_class; // kmalloc: size class + 1 of a slab page, 0 otherwise
    u16 flags;
    u32 run_pages; // kmalloc: length of a multi-page allocation (first page)
    u32 reserved;
};

namespace pmm {
void init();
// One page, zero-filled, refcount 1; returns its physical address or 0.
u64 alloc_page();
// One page, contents undefined (the caller fills all of it).
u64 alloc_page_nozero();
// `count` physically contiguous pages if a free run is there now (never
// reclaims: for optional work such as read-ahead), contents undefined,
// refcount 1 each (each is freed on its own with put); 0 if none.
u64 take_free_run(u64 count);
// `count` physically contiguous pages, zero-filled, refcount 1 each; 0 on failure.
u64 alloc_pages(u64 count);
// Frees a run from alloc_pages (all refcounts must be 1).
void free_pages(u64 phys, u64 count);
// Reference counting: put frees the page when the count drops to zero.
void get(u64 phys);
void put(u64 phys);
u32 refcount(u64 phys);
// Gives `count` pages from `phys` that the memory map keeps out of the
// allocator (the --pmem region) one reference each, so that they can be
// mapped and shared like allocated pages; the holder never drops it, so
// they never reach the allocator.  False if a page is out of range or in
// the allocator's hands.
bool hold_reserved(u64 phys, u64 count);
PageInfo* info(u64 phys);
u64 free_count();
// Registers who can give pages back when an allocation fails (the page
// cache); it returns how many pages it freed.
void set_reclaimer(u64 (*fn)(u64 pages));
u64 total_count();
} // namespace pmm
