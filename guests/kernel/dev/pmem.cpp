// The region is kept as the page cache of one inode that nothing ever
// evicts (its file system says the cache is the storage): each page of the
// region is that inode's page at the same index, holding the reference
// pmm::hold_reserved gave it.  mmap() maps those very pages (MAP_SHARED: a
// store lands in the region), and read()/write() copy through the direct
// map.  It is a fixed-size device: writes stop at the end (ENOSPC), as on a
// Linux block device.
#include "dev/pmem.h"
#include "arch/usercopy.h"
#include "boot/bootinfo.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/inode_file.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "mm/pmm.h"

namespace pmem {
namespace {

// The region's pages as an inode's cache: the one thing this file system holds.
class PmemFs final : public FileSystem {
public:
    const char* name() const override { return "pmem"; }
    u64 magic() const override { return 0x50d3a1; }
    bool cache_is_storage() const override { return true; }
    long lookup(Inode*, const char*, u32, Inode**) override { return -ENOENT; }
};

PmemFs* g_fs;
Inode* g_region; // nullptr: no region
u64 g_phys, g_size;

// True if the memory map calls exactly [phys, phys+size) the pmem region.
bool mapped_as_pmem(const tandem_boot_info& bi, u64 phys, u64 size) {
    for (u32 i = 0; i < min<u32>(bi.memmap_count, TANDEM_MAX_MEMMAP); i++) {
        const tandem_memmap_entry& e = bi.memmap[i];
        if (e.type == TANDEM_MEM_PMEM && e.base == phys && e.size == size) return true;
    }
    return false;
}

class PmemFile final : public File {
public:
    PmemFile() { status_flags = O_RDWR; }
    long read(void* ubuf, size_t n) override { return advance(pread(ubuf, n, pos)); }
    long write(const void* ubuf, size_t n) override { return advance(pwrite(ubuf, n, pos)); }
    long pread(void* ubuf, size_t n, u64 off) override {
        if (off >= g_size) return 0;
        n = min<u64>(n, g_size - off);
        if (copy_to_user(ubuf, phys_to_virt<u8>(g_phys + off), n)) return -EFAULT;
        return long(n);
    }
    long pwrite(const void* ubuf, size_t n, u64 off) override {
        if (n == 0) return 0;
        if (off >= g_size) return -ENOSPC;
        n = min<u64>(n, g_size - off);
        if (copy_from_user(phys_to_virt<u8>(g_phys + off), ubuf, n)) return -EFAULT;
        return long(n);
    }
    long seek(i64 off, int whence) override { return seek_common(this, off, whence, g_size); }
    u32 poll() override { return POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM; }
    bool pollable() const override { return false; }
    Inode* mapping_inode() override { return g_region; }
    long fsync() override { return 0; } // the region is the storage

private:
    long advance(long r) {
        if (r > 0) pos += u64(r);
        return r;
    }
};

} // namespace

void init() {
    const tandem_boot_info& bi = boot::info();
    const u64 phys = bi.pmem_phys, size = bi.pmem_size;
    if (!size) return;
    if (phys % kPageSize || size % kPageSize || phys + size < phys || phys + size > bi.memory_size ||
        !mapped_as_pmem(bi, phys, size)) {
        kprintf("tandem kernel: the pmem region in the boot info is malformed; no /dev/pmem0\n");
        return;
    }
    g_fs = knew<PmemFs>();
    Inode* ino = g_fs ? inode::alloc(g_fs) : nullptr;
    if (!ino || !pmm::hold_reserved(phys, size / kPageSize)) {
        kprintf("tandem kernel: cannot take the pmem region; no /dev/pmem0\n");
        return;
    }
    ino->mode = S_IFREG | 0600;
    ino->size = size;
    ino->nlink = 1;
    for (u64 index = 0; index < size / kPageSize; index++) {
        if (!ino->cache.insert(index, phys + index * kPageSize)) {
            kprintf("tandem kernel: no memory for the pmem region's page index; no /dev/pmem0\n");
            return; // the pages keep their references: they never reach the allocator
        }
    }
    g_phys = phys;
    g_size = size;
    g_region = ino;
}

bool present() { return g_region != nullptr; }
u64 size() { return g_size; }

File* open(long* err) {
    if (!g_region) {
        *err = -ENXIO;
        return nullptr;
    }
    File* f = knew<PmemFile>();
    if (!f) *err = -ENOMEM;
    return f;
}

} // namespace pmem
