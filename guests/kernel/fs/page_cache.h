// The pages of one file, indexed by page number: a small radix tree of
// 512-entry nodes (three levels: files up to 512 GiB).  Each cached page
// holds one pmm reference; mappings of the file take their own.
#pragma once

#include "lib/types.h"

class PageCache {
public:
    // Physical address of the cached page, 0 if absent.
    u64 find(u64 index) const;
    // Installs a page (takes over one reference); false when out of memory.
    bool insert(u64 index, u64 phys);
    // Drops the pages at index >= first (truncate).
    void drop_from(u64 first);
    // Drops everything (the inode goes away).
    void clear() { drop_from(0); }
    // Drops up to `max` pages that nothing maps (the cache holds the only
    // reference); returns how many.  For caches that are not the storage.
    u64 drop_unmapped(u64 max);
    u64 pages() const { return count_; }

private:
    void* root_ = nullptr;
    u64 count_ = 0;
};
