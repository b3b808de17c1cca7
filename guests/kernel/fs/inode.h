// Inodes and file systems.  An Inode is the kernel's object for a file of
// any kind; its FileSystem implements the operations that reach storage
// (the VM's file service, tmpfs memory, device and /proc generators).
// Attributes are cached in the inode: the guest is the only writer of its
// exports while it runs, so they stay valid until the guest changes them.
#pragma once

#include "fs/page_cache.h"
#include "fs/stat.h"
#include "lib/types.h"

class File;
class FileSystem;
struct Inode;
struct Path;

struct Timespec {
    i64 sec;
    i64 nsec;
};

// What setattr may change (chmod, chown, truncate, utimensat).
struct SetAttr {
    enum : u32 { kMode = 1, kSize = 2, kAtime = 4, kMtime = 8, kOwner = 16 };
    u32 valid;
    u32 mode;
    u32 uid, gid; // kOwner: both given (the unchanged one as it is)
    u64 size;
    Timespec atime, mtime; // nsec == kTimeNow: now
    static constexpr i64 kTimeNow = 0x3fffffff;
};

// One directory entry produced by readdir.
using DirEmit = bool (*)(void* ctx, const char* name, u32 len, u64 ino, u8 type);

struct StatFs {
    u64 type, bsize, blocks, bfree, bavail, files, ffree, fsid, namelen, frsize, flags;
};

struct Inode {
    FileSystem* fs;
    u64 ino;
    u32 mode;
    u32 nlink;
    u32 uid, gid;
    u64 size;
    u64 rdev;
    u64 blocks;
    Timespec atime, mtime, ctime;
    u32 refs = 1;
    u64 node = 0;        // file service: host node id
    u64 nlookup = 0;     // file service: lookups to FORGET
    u64 read_handle = 0; // file service: host handles opened on demand
    u64 write_handle = 0;
    void* priv = nullptr; // fs-private (symlink text, device, /proc generator)
    struct PipeBuffer* pipe = nullptr; // FIFOs and pipes while open (fs/pipe.cpp)
    PageCache cache;      // regular files: their pages
    Inode* hash_next = nullptr;
    Inode* lru_prev = nullptr; // inodes whose cached pages can be dropped
    Inode* lru_next = nullptr;
    bool on_lru = false;

    bool is_dir() const { return (mode & S_IFMT) == S_IFDIR; }
    bool is_reg() const { return (mode & S_IFMT) == S_IFREG; }
    bool is_lnk() const { return (mode & S_IFMT) == S_IFLNK; }
};

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // The inode number the root lists as ".." (0: its own, the root of a
    // tree): an export of a host directory names the host's parent, as the
    // host's file system under a bind mount would.
    u64 root_dotdot_ino = 0;
    virtual const char* name() const = 0;
    virtual u64 magic() const = 0;
    u64 dev = 0;         // st_dev of every inode
    bool readonly = false;
    Inode* root = nullptr;

    // Directory operations; names are single components (len bytes).
    virtual long lookup(Inode* dir, const char* name, u32 len, Inode** out) = 0;
    virtual long create(Inode* dir, const char* name, u32 len, u32 mode, Inode** out);
    virtual long mkdir(Inode* dir, const char* name, u32 len, u32 mode, Inode** out);
    virtual long mknod(Inode* dir, const char* name, u32 len, u32 mode, u64 rdev, Inode** out);
    virtual long unlink(Inode* dir, const char* name, u32 len, Inode* victim);
    virtual long rmdir(Inode* dir, const char* name, u32 len, Inode* victim);
    virtual long rename(Inode* odir, const char* oname, u32 olen, Inode* ndir, const char* nname, u32 nlen,
                        u32 flags);
    virtual long symlink(Inode* dir, const char* name, u32 len, const char* target, Inode** out);
    // O_TMPFILE: a regular file with no name (nlink 0) on dir's file system.
    virtual long tmpfile(Inode* dir, u32 mode, Inode** out);
    virtual long link(Inode* src, Inode* dir, const char* name, u32 len);
    // Fills `emit` from cookie *pos on (advancing it); 0 or -errno.
    virtual long readdir(Inode* dir, u64* pos, DirEmit emit, void* ctx);
    // Symlink text into a kernel buffer; the length.
    virtual long readlink(Inode* inode, char* buf, u32 size);
    // A link that names an object rather than a path (/proc/<pid>/exe, cwd,
    // fd/N): where it leads, with a reference (a pipe's pipefs path reopens
    // the pipe, a deleted file stays reachable); -EINVAL for ordinary links
    // and objects without a path, whose text is followed.
    virtual long link_target(Inode* inode, Path* out);
    virtual long setattr(Inode* inode, const SetAttr& attr);
    virtual long statfs(StatFs* out);
    // Regular files: fills `count` consecutive pages from page `index` on
    // (one buffer) from storage, zero past the end; bytes read or -errno.
    virtual long read_pages(Inode* inode, u64 index, u64 count, u8* pages);
    // Regular files: writes kernel bytes through to storage (after the cache).
    virtual long write_through(Inode* inode, u64 off, const u8* data, u64 n);
    virtual long fsync(Inode* inode);
    // Special files (devices, /proc): their own File; nullptr = generic.
    virtual File* open_special(Inode* inode, u32 flags, long* err);
    // The last reference went away.
    virtual void release(Inode* inode);
    // True if the page cache is the storage (never dropped): tmpfs.
    virtual bool cache_is_storage() const { return false; }
    // True if names change behind the VFS's back (/proc): never cached.
    virtual bool volatile_names() const { return false; }
};

namespace inode {
// A fresh inode of fs (refs = 1), zero attributes; nullptr when out of memory.
Inode* alloc(FileSystem* fs);
void get(Inode* i);
void put(Inode* i);
// Fills a Linux stat structure from the cached attributes.
void fill_stat(const Inode* i, LinuxStat* st);
Timespec now();
// Cached data page `index` (filled on first use); nullptr on error (*err).
u64 get_page(Inode* i, u64 index, long* err);
// Reads/writes through the page cache into kernel or user memory.
long read(Inode* i, u64 off, void* buf, u64 n, bool user);
long write(Inode* i, u64 off, const void* buf, u64 n, bool user);
// Truncate (size change) keeping the cache consistent.
long truncate(Inode* i, u64 size);
// Writes zeros over [start, end) of a file (a punched hole reads as zeros).
long zero_range(Inode* i, u64 start, u64 end);
// Applies mode, owner and times of a setattr to the cached attributes (for file
// systems that keep inodes only in memory: tmpfs, devfs).
void apply_setattr(Inode* i, const SetAttr& a);
// Gives clean, unmapped cached pages back to the page allocator (pmm's
// reclaimer); returns how many pages were freed.
u64 reclaim(u64 pages);
} // namespace inode
