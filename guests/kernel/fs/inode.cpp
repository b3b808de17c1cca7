// Inode lifetime, stat, and file data through the page cache.
#include "fs/inode.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/file.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "mm/pmm.h"
#include "boot/bootinfo.h"
#include "sched/sched.h"

// ---- defaults for operations a file system does not have ----
long FileSystem::create(Inode*, const char*, u32, u32, Inode**) { return readonly ? -EROFS : -EPERM; }
long FileSystem::mkdir(Inode*, const char*, u32, u32, Inode**) { return readonly ? -EROFS : -EPERM; }
long FileSystem::mknod(Inode*, const char*, u32, u32, u64, Inode**) { return readonly ? -EROFS : -EPERM; }
long FileSystem::unlink(Inode*, const char*, u32, Inode*) { return readonly ? -EROFS : -EPERM; }
long FileSystem::rmdir(Inode*, const char*, u32, Inode*) { return readonly ? -EROFS : -EPERM; }
long FileSystem::rename(Inode*, const char*, u32, Inode*, const char*, u32, u32) { return readonly ? -EROFS : -EPERM; }
long FileSystem::symlink(Inode*, const char*, u32, const char*, Inode**) { return readonly ? -EROFS : -EPERM; }
long FileSystem::link(Inode*, Inode*, const char*, u32) { return readonly ? -EROFS : -EPERM; }
long FileSystem::tmpfile(Inode*, u32, Inode**) { return readonly ? -EROFS : -EOPNOTSUPP; }
long FileSystem::readdir(Inode*, u64*, DirEmit, void*) { return -ENOTDIR; }
long FileSystem::readlink(Inode*, char*, u32) { return -EINVAL; }
long FileSystem::link_target(Inode*, Path*) { return -EINVAL; }
long FileSystem::setattr(Inode*, const SetAttr&) { return readonly ? -EROFS : -EPERM; }
long FileSystem::read_pages(Inode*, u64, u64, u8*) { return 0; }
long FileSystem::write_through(Inode*, u64, const u8*, u64) { return readonly ? -EROFS : 0; }
long FileSystem::fsync(Inode*) { return 0; }
File* FileSystem::open_special(Inode*, u32, long*) { return nullptr; }
void FileSystem::release(Inode*) {}
long FileSystem::statfs(StatFs* out) {
    memset(out, 0, sizeof *out);
    out->type = magic();
    out->bsize = out->frsize = 4096;
    out->namelen = 255;
    return 0;
}

namespace inode {
namespace {
Inode* g_lru; // most recently cached first

void lru_add(Inode* i) {
    if (i->on_lru || i->fs->cache_is_storage()) return;
    i->on_lru = true;
    i->lru_prev = nullptr;
    i->lru_next = g_lru;
    if (g_lru) g_lru->lru_prev = i;
    g_lru = i;
}

void lru_remove(Inode* i) {
    if (!i->on_lru) return;
    if (i->lru_prev) i->lru_prev->lru_next = i->lru_next;
    else g_lru = i->lru_next;
    if (i->lru_next) i->lru_next->lru_prev = i->lru_prev;
    i->on_lru = false;
}
} // namespace

// Oldest inodes first (the tail of the list).
u64 reclaim(u64 pages) {
    Inode* tail = g_lru;
    while (tail && tail->lru_next) tail = tail->lru_next;
    u64 freed = 0;
    for (Inode* i = tail; i && freed < pages; i = i->lru_prev) freed += i->cache.drop_unmapped(pages - freed);
    return freed;
}

Inode* alloc(FileSystem* fs) {
    Inode* i = knew<Inode>();
    if (!i) return nullptr;
    i->fs = fs;
    i->nlink = 1;
    i->atime = i->mtime = i->ctime = now();
    return i;
}

void get(Inode* i) { i->refs++; }

// Atomic for other tasks: a file system may still find the inode by its
// node until release() takes it out of its hash.
void put(Inode* i) {
    sched::PreemptGuard atomic;
    if (--i->refs) return;
    lru_remove(i);
    i->fs->release(i);
    i->cache.clear();
    kdelete(i);
}

void apply_setattr(Inode* i, const SetAttr& a) {
    if (a.valid & SetAttr::kMode) i->mode = (i->mode & S_IFMT) | (a.mode & 07777);
    if (a.valid & SetAttr::kOwner) {
        // A new owner drops set-user-ID (and group-executable set-group-ID), as on Linux.
        if (!i->is_dir() && (a.uid != i->uid || a.gid != i->gid)) {
            i->mode &= ~04000u;
            if (i->mode & 0010) i->mode &= ~02000u;
        }
        i->uid = a.uid;
        i->gid = a.gid;
    }
    if (a.valid & SetAttr::kAtime) i->atime = a.atime.nsec == SetAttr::kTimeNow ? now() : a.atime;
    if (a.valid & SetAttr::kMtime) i->mtime = a.mtime.nsec == SetAttr::kTimeNow ? now() : a.mtime;
    i->ctime = now();
}

Timespec now() {
    u64 ns = clock::realtime_ns();
    return {i64(ns / clock::kNsPerSec), i64(ns % clock::kNsPerSec)};
}

void fill_stat(const Inode* i, LinuxStat* st) {
    memset(st, 0, sizeof *st);
    st->st_dev = i->fs->dev;
    st->st_ino = i->ino;
    st->st_nlink = i->nlink;
    st->st_mode = i->mode;
    st->st_uid = i->uid;
    st->st_gid = i->gid;
    st->st_rdev = i->rdev;
    st->st_size = i64(i->size);
    st->st_blksize = 4096;
    st->st_blocks = i64(i->blocks ? i->blocks : (i->size + 511) / 512);
    st->st_atime_sec = u64(i->atime.sec), st->st_atime_nsec = u64(i->atime.nsec);
    st->st_mtime_sec = u64(i->mtime.sec), st->st_mtime_nsec = u64(i->mtime.nsec);
    st->st_ctime_sec = u64(i->ctime.sec), st->st_ctime_nsec = u64(i->ctime.nsec);
}

// How many pages a page-cache miss at `index` reads: up to the end of the
// aligned 64 KiB cluster (or of the file, or the next cached page).  Files
// are read in runs (programs, libraries, sources), so one file-service
// request brings 16 pages instead of one, into physically contiguous pages
// that user-only mode then reflects with one mmap.  One page when memory is
// short or the cache is the storage.
static u64 read_ahead_pages(Inode* i, u64 index) {
    constexpr u64 kCluster = TANDEM_FAULT_BLOCK_PAGES;
    u64 file_pages = page_up(i->size) / kPageSize;
    if (i->fs->cache_is_storage() || index >= file_pages) return 1;
    if (pmm::free_count() < pmm::total_count() / 8) return 1;
    u64 end = min(align_down(index, kCluster) + kCluster, file_pages), n = 1;
    while (index + n < end && !i->cache.find(index + n)) n++;
    return n;
}

// The cached page at index, read in on a miss (with the pages after it,
// read_ahead_pages).  The miss path is one step for other tasks: two tasks
// filling the same index would leave a mapped page that is no longer the
// cache's (insert replaces), and writes through the cache would not reach it.
u64 get_page(Inode* i, u64 index, long* err) {
    if (u64 phys = i->cache.find(index)) return phys;
    sched::PreemptGuard atomic;
    if (u64 phys = i->cache.find(index)) return phys;
    u64 n = read_ahead_pages(i, index);
    u64 phys = n > 1 ? pmm::take_free_run(n) : 0;
    if (!phys) {
        n = 1;
        phys = pmm::alloc_page();
    }
    if (!phys) {
        *err = -ENOMEM;
        return 0;
    }
    if (index * kPageSize < i->size) {
        long r = i->fs->read_pages(i, index, n, phys_to_virt<u8>(phys));
        if (r < 0) {
            for (u64 k = 0; k < n; k++) pmm::put(phys + k * kPageSize);
            *err = r;
            return 0;
        }
    }
    if (!i->cache.insert(index, phys)) {
        for (u64 k = 0; k < n; k++) pmm::put(phys + k * kPageSize);
        *err = -ENOMEM;
        return 0;
    }
    // The pages read ahead are a bonus: one the cache cannot take is freed.
    for (u64 k = 1; k < n; k++)
        if (!i->cache.insert(index + k, phys + k * kPageSize)) pmm::put(phys + k * kPageSize);
    lru_add(i);
    return phys;
}

long read(Inode* i, u64 off, void* buf, u64 n, bool user) {
    if (off >= i->size) return 0;
    n = min(n, i->size - off);
    u64 done = 0;
    while (done < n) {
        u64 pos = off + done;
        long err = 0;
        u64 phys = get_page(i, pos / kPageSize, &err);
        if (!phys) return done ? long(done) : err;
        u64 in = pos % kPageSize;
        u64 k = min(n - done, kPageSize - in);
        const u8* src = phys_to_virt<u8>(phys) + in;
        u8* dst = static_cast<u8*>(buf) + done;
        // Our own reference while copying: a fault in the user buffer may
        // make the allocator reclaim unmapped cache pages.
        pmm::get(phys);
        bool bad = false;
        if (user) bad = copy_to_user(dst, src, k) != 0;
        else memcpy(dst, src, k);
        pmm::put(phys);
        if (bad) return done ? long(done) : -EFAULT;
        done += k;
    }
    return long(done);
}

// Page by page: fill the cache page (unless fully overwritten), copy the
// new bytes in, then write them through to storage.
// Not preempted (sched::PreemptGuard): a concurrent reader or O_APPEND
// writer sees the size and the data of whole write() calls.
long write(Inode* i, u64 off, const void* buf, u64 n, bool user) {
    if (i->fs->readonly) return -EROFS;
    sched::PreemptGuard atomic;
    u64 done = 0;
    while (done < n) {
        u64 pos = off + done;
        u64 index = pos / kPageSize, in = pos % kPageSize;
        u64 k = min(n - done, kPageSize - in);
        long err = 0;
        u64 phys = i->cache.find(index);
        if (!phys) {
            if (in == 0 && (k == kPageSize || pos + k >= i->size)) {
                // Nothing of the old page survives: no need to read it.
                phys = pmm::alloc_page();
                if (!phys || !i->cache.insert(index, phys)) {
                    if (phys) pmm::put(phys);
                    return done ? long(done) : -ENOMEM;
                }
                lru_add(i); // written pages are clean (written through): reclaimable like read ones
            } else {
                phys = get_page(i, index, &err);
                if (!phys) return done ? long(done) : err;
            }
        }
        u8* dst = phys_to_virt<u8>(phys) + in;
        const u8* src = static_cast<const u8*>(buf) + done;
        pmm::get(phys); // held while copying and writing through (see read)
        bool bad = false;
        if (user) bad = copy_from_user(dst, src, k) != 0;
        else memcpy(dst, src, k);
        long r = bad ? -EFAULT : i->fs->write_through(i, pos, dst, k);
        pmm::put(phys);
        if (r < 0) return done ? long(done) : r;
        done += k;
        if (pos + k > i->size) i->size = pos + k;
    }
    i->mtime = i->ctime = now();
    i->blocks = 0;
    return long(done);
}

// Through write() in page-sized pieces, so that storage below the cache
// (the file service) sees the zeros too.
long zero_range(Inode* i, u64 start, u64 end) {
    static const u8 zeros[512] = {};
    while (start < end) {
        u64 k = min<u64>(end - start, sizeof zeros);
        long r = write(i, start, zeros, k, false);
        if (r < 0) return r;
        start += u64(r);
    }
    return 0;
}

long truncate(Inode* i, u64 size) {
    if (i->fs->readonly) return -EROFS;
    sched::PreemptGuard atomic; // the host's size, the cache and i->size change together
    SetAttr a{};
    a.valid = SetAttr::kSize;
    a.size = size;
    long r = i->fs->setattr(i, a);
    if (r) return r;
    u64 keep = (size + kPageSize - 1) / kPageSize;
    i->cache.drop_from(keep);
    if (size % kPageSize) {
        if (u64 phys = i->cache.find(size / kPageSize))
            memset(phys_to_virt<u8>(phys) + size % kPageSize, 0, kPageSize - size % kPageSize);
    }
    i->size = size;
    i->blocks = 0;
    i->mtime = i->ctime = now();
    return 0;
}

} // namespace inode
