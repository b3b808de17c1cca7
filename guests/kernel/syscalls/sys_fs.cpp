// Path-based system calls (open, stat, mkdir, rename, ...) on the VFS.
#include "arch/usercopy.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "proc/process.h"
#include "syscalls/current.h"
#include "syscalls/path_arg.h"
#include "syscalls/syscalls.h"

namespace {
constexpr int AT_FDCWD = vfs::kAtFdCwd;
constexpr u64 AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_SYMLINK_FOLLOW = 0x400,
              AT_NO_AUTOMOUNT = 0x800, AT_EMPTY_PATH = 0x1000, AT_EACCESS = 0x200, AT_STATX_SYNC_TYPE = 0x6000;

// Resolves (dirfd, user path, AT_* flags) to a path with a reference;
// AT_EMPTY_PATH with "" means dirfd itself.
long resolve_user(u64 dirfd, u64 upath, u64 at_flags, Path* out) {
    PathArg p(upath);
    if (p.error()) return p.error();
    if (p.empty()) {
        if (!(at_flags & AT_EMPTY_PATH)) return -ENOENT;
        if (int(dirfd) == AT_FDCWD) {
            *out = current_proc()->fs->cwd;
            path_get(*out);
            return 0;
        }
        File* f = fd_file(dirfd);
        if (!f) return -EBADF;
        if (!f->path.d) return -EBADF; // pipes, the console: handled by callers with fstat
        *out = f->path;
        path_get(*out);
        return 0;
    }
    return vfs::resolve_at(int(dirfd), p.str(), (at_flags & AT_SYMLINK_NOFOLLOW) ? 0 : vfs::kFollow, out);
}

long do_open(int dirfd, u64 upath, u64 flags, u64 mode) {
    PathArg p(upath);
    if (p.error()) return p.error();
    File* f = nullptr;
    long r = vfs::open(dirfd, p.str(), u32(flags), u32(mode), &f);
    if (r) return r;
    int fd = current_proc()->fds->install(f, 0, flags & O_CLOEXEC);
    if (fd < 0) f->put();
    return fd;
}

// stat on a path, or on dirfd itself for files without a path (pipes).
long do_stat(u64 dirfd, u64 upath, u64 at_flags, LinuxStat* st) {
    PathArg p(upath);
    if (p.error()) return p.error();
    if (p.empty() && (at_flags & AT_EMPTY_PATH) && int(dirfd) != AT_FDCWD) {
        File* f = fd_file(dirfd);
        if (!f) return -EBADF;
        return f->stat(st);
    }
    Path path;
    long r = resolve_user(dirfd, upath, at_flags, &path);
    if (r) return r;
    inode::fill_stat(path.d->inode, st);
    path_put(path);
    return 0;
}

long stat_out(long r, const LinuxStat& st, u64 ubuf) {
    if (r) return r;
    return put_user(ubuf, st) ? 0 : -EFAULT;
}

long do_access(u64 dirfd, u64 upath, u64 mode, u64 flags) {
    if (mode & ~7ull) return -EINVAL;
    if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -EINVAL;
    Path p;
    long r = resolve_user(dirfd, upath, flags, &p);
    if (r) return r;
    Inode* i = p.d->inode;
    // Root may do anything except execute a file with no execute bit, and
    // write to a read-only mount.
    if ((mode & 1) && !i->is_dir() && !(i->mode & 0111)) r = -EACCES;
    else if ((mode & 2) && (p.mnt->readonly || i->fs->readonly)) r = -EROFS;
    path_put(p);
    return r;
}

// Writes a kernel path to a user buffer as readlink does (no NUL).
long copy_link(const char* buf, long n, u64 ubuf, u64 size) {
    if (n < 0) return n;
    u64 k = min<u64>(u64(n), size);
    return copy_to_user(reinterpret_cast<void*>(ubuf), buf, k) ? -EFAULT : long(k);
}

long do_readlink(u64 dirfd, u64 upath, u64 ubuf, u64 size) {
    if (i64(size) <= 0) return -EINVAL;
    PathArg p(upath);
    if (p.error()) return p.error();
    char* buf = static_cast<char*>(kmalloc(vfs::kPathMax));
    if (!buf) return -ENOMEM;
    long n;
    if (p.empty()) {
        File* f = int(dirfd) == AT_FDCWD ? nullptr : fd_file(dirfd);
        n = f && f->path.d && f->path.d->inode->is_lnk()
                ? f->path.d->inode->fs->readlink(f->path.d->inode, buf, vfs::kPathMax)
                : -ENOENT;
    } else {
        n = vfs::readlink(int(dirfd), p.str(), buf, vfs::kPathMax);
    }
    long r = copy_link(buf, n, ubuf, size);
    kfree(buf);
    return r;
}

long do_setattr(const Path& p, const SetAttr& a) {
    if (p.mnt->readonly || p.d->inode->fs->readonly) return -EROFS;
    return p.d->inode->fs->setattr(p.d->inode, a);
}

long do_chmod(u64 dirfd, u64 upath, u64 mode, u64 flags) {
    Path p;
    long r = resolve_user(dirfd, upath, flags, &p);
    if (r) return r;
    SetAttr a{};
    a.valid = SetAttr::kMode;
    a.mode = u32(mode);
    r = do_setattr(p, a);
    path_put(p);
    return r;
}

long do_truncate_path(u64 upath, i64 len) {
    if (len < 0) return -EINVAL;
    Path p;
    long r = resolve_user(AT_FDCWD, upath, 0, &p);
    if (r) return r;
    Inode* i = p.d->inode;
    if (i->is_dir()) r = -EISDIR;
    else if (!i->is_reg()) r = -EINVAL;
    else if (p.mnt->readonly) r = -EROFS;
    else r = inode::truncate(i, u64(len));
    path_put(p);
    return r;
}

struct KTimespec {
    i64 sec, nsec;
};
constexpr i64 UTIME_NOW = (1l << 30) - 1, UTIME_OMIT = (1l << 30) - 2;

long do_utimens(u64 dirfd, u64 upath, const KTimespec* ts, u64 flags) {
    SetAttr a{};
    if (!ts) {
        a.valid = SetAttr::kAtime | SetAttr::kMtime;
        a.atime.nsec = a.mtime.nsec = SetAttr::kTimeNow;
    } else {
        for (int k = 0; k < 2; k++) {
            if (ts[k].nsec == UTIME_OMIT) continue;
            if (ts[k].nsec != UTIME_NOW && (ts[k].nsec < 0 || ts[k].nsec >= 1000000000)) return -EINVAL;
            Timespec t{ts[k].sec, ts[k].nsec == UTIME_NOW ? SetAttr::kTimeNow : ts[k].nsec};
            if (k == 0) a.valid |= SetAttr::kAtime, a.atime = t;
            else a.valid |= SetAttr::kMtime, a.mtime = t;
        }
        if (!a.valid) return 0;
    }
    Path p;
    long r;
    if (!upath) {
        // utimensat(fd, NULL, ...): the file itself.
        File* f = fd_file(dirfd);
        if (!f) return -EBADF;
        if (!f->path.d) return -EINVAL;
        p = f->path;
        path_get(p);
    } else if ((r = resolve_user(dirfd, upath, flags, &p))) {
        return r;
    }
    r = do_setattr(p, a);
    path_put(p);
    return r;
}

// statx(2) layout.
struct StatxTs {
    i64 sec;
    u32 nsec;
    i32 pad;
};
struct Statx {
    u32 mask, blksize;
    u64 attributes;
    u32 nlink, uid, gid;
    u16 mode, pad1;
    u64 ino, size, blocks, attributes_mask;
    StatxTs atime, btime, ctime, mtime;
    u32 rdev_major, rdev_minor, dev_major, dev_minor;
    u64 rest[14];
};
static_assert(sizeof(Statx) == 256);

u32 dev_major(u64 d) { return u32(((d >> 32) & 0xfffff000) | ((d >> 8) & 0xfff)); }
u32 dev_minor(u64 d) { return u32(((d >> 12) & 0xffffff00) | (d & 0xff)); }

struct KStatfs {
    i64 type, bsize;
    u64 blocks, bfree, bavail, files, ffree;
    i32 fsid[2];
    i64 namelen, frsize, flags;
    i64 spare[4];
};
static_assert(sizeof(KStatfs) == 120);

long statfs_out(Inode* i, Mount* m, u64 ubuf) {
    StatFs s;
    long r = i->fs->statfs(&s);
    if (r) return r;
    KStatfs k{};
    k.type = i64(s.type);
    k.bsize = i64(s.bsize);
    k.blocks = s.blocks, k.bfree = s.bfree, k.bavail = s.bavail, k.files = s.files, k.ffree = s.ffree;
    k.fsid[0] = i32(i->fs->dev);
    k.namelen = i64(s.namelen ? s.namelen : 255);
    k.frsize = i64(s.frsize ? s.frsize : s.bsize);
    k.flags = i64(s.flags | ((m && m->readonly) ? 1 : 0)); // ST_RDONLY
    return put_user(ubuf, k) ? 0 : -EFAULT;
}
} // namespace

long sys_open(SyscallArgs& a) { return do_open(AT_FDCWD, a.a[0], a.a[1], a.a[2]); }
long sys_openat(SyscallArgs& a) { return do_open(int(a.a[0]), a.a[1], a.a[2], a.a[3]); }
long sys_creat(SyscallArgs& a) { return do_open(AT_FDCWD, a.a[0], O_CREAT | O_WRONLY | O_TRUNC, a.a[1]); }

long sys_stat(SyscallArgs& a) {
    LinuxStat st;
    return stat_out(do_stat(AT_FDCWD, a.a[0], 0, &st), st, a.a[1]);
}
long sys_lstat(SyscallArgs& a) {
    LinuxStat st;
    return stat_out(do_stat(AT_FDCWD, a.a[0], AT_SYMLINK_NOFOLLOW, &st), st, a.a[1]);
}
long sys_fstat(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    LinuxStat st;
    return stat_out(f->stat(&st), st, a.a[1]);
}
long sys_newfstatat(SyscallArgs& a) {
    if (a.a[3] & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT)) return -EINVAL;
    LinuxStat st;
    return stat_out(do_stat(a.a[0], a.a[1], a.a[3], &st), st, a.a[2]);
}

long sys_statx(SyscallArgs& a) {
    u64 flags = a.a[2];
    if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT | AT_STATX_SYNC_TYPE)) return -EINVAL;
    LinuxStat st;
    long r = do_stat(a.a[0], a.a[1], flags, &st);
    if (r) return r;
    Statx x{};
    x.mask = 0x7ff; // STATX_BASIC_STATS
    x.blksize = u32(st.st_blksize);
    x.nlink = u32(st.st_nlink);
    x.uid = st.st_uid;
    x.gid = st.st_gid;
    x.mode = u16(st.st_mode);
    x.ino = st.st_ino;
    x.size = u64(st.st_size);
    x.blocks = u64(st.st_blocks);
    x.atime = {i64(st.st_atime_sec), u32(st.st_atime_nsec), 0};
    x.mtime = {i64(st.st_mtime_sec), u32(st.st_mtime_nsec), 0};
    x.ctime = {i64(st.st_ctime_sec), u32(st.st_ctime_nsec), 0};
    x.rdev_major = dev_major(st.st_rdev), x.rdev_minor = dev_minor(st.st_rdev);
    x.dev_major = dev_major(st.st_dev), x.dev_minor = dev_minor(st.st_dev);
    return put_user(a.a[4], x) ? 0 : -EFAULT;
}

long sys_access(SyscallArgs& a) { return do_access(AT_FDCWD, a.a[0], a.a[1], 0); }
long sys_faccessat(SyscallArgs& a) { return do_access(a.a[0], a.a[1], a.a[2], 0); }
long sys_faccessat2(SyscallArgs& a) { return do_access(a.a[0], a.a[1], a.a[2], a.a[3]); }

long sys_readlink(SyscallArgs& a) { return do_readlink(AT_FDCWD, a.a[0], a.a[1], a.a[2]); }
long sys_readlinkat(SyscallArgs& a) { return do_readlink(a.a[0], a.a[1], a.a[2], a.a[3]); }

long sys_getcwd(SyscallArgs& a) {
    char* buf = static_cast<char*>(kmalloc(vfs::kPathMax));
    if (!buf) return -ENOMEM;
    FsContext* fs = current_proc()->fs;
    long n = vfs::d_path(fs->cwd, buf, vfs::kPathMax);
    long r;
    if (n < 0) r = n;
    else if (!fs->cwd.d->hashed && fs->cwd.d->parent) r = -ENOENT; // removed directory
    else if (u64(n) + 1 > a.a[1]) r = -ERANGE;
    else r = copy_to_user(reinterpret_cast<void*>(a.a[0]), buf, u64(n) + 1) ? -EFAULT : n + 1;
    kfree(buf);
    return r;
}

long sys_chdir(SyscallArgs& a) {
    PathArg p(a.a[0]);
    if (p.error()) return p.error();
    Path path;
    long r = vfs::resolve_at(AT_FDCWD, p.str(), vfs::kFollow | vfs::kDirectory, &path);
    if (r) return r;
    r = vfs::chdir(path);
    path_put(path);
    return r;
}

long sys_fchdir(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    if (!f->path.d) return -ENOTDIR;
    return vfs::chdir(f->path);
}

long sys_chroot(SyscallArgs& a) {
    PathArg p(a.a[0]);
    if (p.error()) return p.error();
    Path path;
    long r = vfs::resolve_at(AT_FDCWD, p.str(), vfs::kFollow | vfs::kDirectory, &path);
    if (r) return r;
    FsContext* fs = current_proc()->fs;
    path_put(fs->root);
    fs->root = path;
    return 0;
}

#define PATH_CALL(expr)                  \
    do {                                 \
        if (p.error()) return p.error(); \
        return expr;                     \
    } while (0)

long sys_mkdir(SyscallArgs& a) { PathArg p(a.a[0]); PATH_CALL(vfs::mkdir(AT_FDCWD, p.str(), u32(a.a[1]))); }
long sys_mkdirat(SyscallArgs& a) { PathArg p(a.a[1]); PATH_CALL(vfs::mkdir(int(a.a[0]), p.str(), u32(a.a[2]))); }
long sys_mknod(SyscallArgs& a) { PathArg p(a.a[0]); PATH_CALL(vfs::mknod(AT_FDCWD, p.str(), u32(a.a[1]), a.a[2])); }
long sys_mknodat(SyscallArgs& a) {
    PathArg p(a.a[1]);
    PATH_CALL(vfs::mknod(int(a.a[0]), p.str(), u32(a.a[2]), a.a[3]));
}
long sys_rmdir(SyscallArgs& a) { PathArg p(a.a[0]); PATH_CALL(vfs::rmdir(AT_FDCWD, p.str())); }
long sys_unlink(SyscallArgs& a) { PathArg p(a.a[0]); PATH_CALL(vfs::unlink(AT_FDCWD, p.str())); }
long sys_unlinkat(SyscallArgs& a) {
    if (a.a[2] & ~AT_REMOVEDIR) return -EINVAL;
    PathArg p(a.a[1]);
    if (p.error()) return p.error();
    return (a.a[2] & AT_REMOVEDIR) ? vfs::rmdir(int(a.a[0]), p.str()) : vfs::unlink(int(a.a[0]), p.str());
}

static long do_rename(u64 odfd, u64 opath, u64 ndfd, u64 npath, u64 flags) {
    PathArg o(opath), n(npath);
    if (o.error()) return o.error();
    if (n.error()) return n.error();
    return vfs::rename(int(odfd), o.str(), int(ndfd), n.str(), u32(flags));
}
long sys_rename(SyscallArgs& a) { return do_rename(AT_FDCWD, a.a[0], AT_FDCWD, a.a[1], 0); }
long sys_renameat(SyscallArgs& a) { return do_rename(a.a[0], a.a[1], a.a[2], a.a[3], 0); }
long sys_renameat2(SyscallArgs& a) { return do_rename(a.a[0], a.a[1], a.a[2], a.a[3], a.a[4]); }

static long do_symlink(u64 utarget, u64 dfd, u64 upath) {
    PathArg t(utarget), p(upath);
    if (t.error()) return t.error();
    if (p.error()) return p.error();
    return vfs::symlink(t.str(), int(dfd), p.str());
}
long sys_symlink(SyscallArgs& a) { return do_symlink(a.a[0], AT_FDCWD, a.a[1]); }
long sys_symlinkat(SyscallArgs& a) { return do_symlink(a.a[0], a.a[1], a.a[2]); }

static long do_link(u64 odfd, u64 opath, u64 ndfd, u64 npath, u64 flags) {
    PathArg o(opath), n(npath);
    if (o.error()) return o.error();
    if (n.error()) return n.error();
    return vfs::link(int(odfd), o.str(), int(ndfd), n.str(), u32(flags));
}
long sys_link(SyscallArgs& a) { return do_link(AT_FDCWD, a.a[0], AT_FDCWD, a.a[1], 0); }
long sys_linkat(SyscallArgs& a) { return do_link(a.a[0], a.a[1], a.a[2], a.a[3], a.a[4]); }

long sys_chmod(SyscallArgs& a) { return do_chmod(AT_FDCWD, a.a[0], a.a[1], 0); }
long sys_fchmodat(SyscallArgs& a) { return do_chmod(a.a[0], a.a[1], a.a[2], 0); }
long sys_fchmod(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    if (!f->path.d) return -EINVAL;
    SetAttr s{};
    s.valid = SetAttr::kMode;
    s.mode = u32(a.a[1]);
    return do_setattr(f->path, s);
}

// Ownership: every guest process is root, so files in guest memory (tmpfs,
// /dev) take any owner; the file service refuses a real change (fsvc.cpp).
static long chown_path(const Path& p, u64 uid, u64 gid) {
    Inode* i = p.d->inode;
    SetAttr s{};
    s.valid = SetAttr::kOwner;
    s.uid = u32(uid) == ~0u ? i->uid : u32(uid);
    s.gid = u32(gid) == ~0u ? i->gid : u32(gid);
    return do_setattr(p, s);
}
static long do_chown(u64 dirfd, u64 upath, u64 uid, u64 gid, u64 flags) {
    if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -EINVAL;
    Path p;
    long r = resolve_user(dirfd, upath, flags, &p);
    if (r) return r;
    r = chown_path(p, uid, gid);
    path_put(p);
    return r;
}
long sys_chown(SyscallArgs& a) { return do_chown(AT_FDCWD, a.a[0], a.a[1], a.a[2], 0); }
long sys_lchown(SyscallArgs& a) { return do_chown(AT_FDCWD, a.a[0], a.a[1], a.a[2], AT_SYMLINK_NOFOLLOW); }
long sys_fchown(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f || (f->status_flags & O_PATH)) return -EBADF;
    if (f->path.d) return chown_path(f->path, a.a[1], a.a[2]);
    // Pipes and the console: owned by root, which every process is.
    return 0;
}
long sys_fchownat(SyscallArgs& a) { return do_chown(a.a[0], a.a[1], a.a[2], a.a[3], a.a[4]); }

// fallocate: reserves (mode 0 grows the file, KEEP_SIZE does not) or punches
// a hole (PUNCH_HOLE|KEEP_SIZE: the range reads as zeros).  Storage is not
// reserved ahead: tmpfs pages and host blocks come when written.
long sys_fallocate(SyscallArgs& a) {
    constexpr u64 FALLOC_FL_KEEP_SIZE = 1, FALLOC_FL_PUNCH_HOLE = 2;
    u64 mode = a.a[1];
    i64 off = i64(a.a[2]), len = i64(a.a[3]);
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    if (off < 0 || len <= 0) return -EINVAL;
    if (mode & ~(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE)) return -EOPNOTSUPP;
    if ((mode & FALLOC_FL_PUNCH_HOLE) && !(mode & FALLOC_FL_KEEP_SIZE)) return -EOPNOTSUPP;
    if ((f->status_flags & O_ACCMODE) == O_RDONLY || (f->status_flags & O_PATH)) return -EBADF;
    if (f->is_pipe()) return -ESPIPE;
    Inode* i = f->inode();
    if (!i) return -ENODEV;
    if (i->is_dir()) return -EISDIR;
    if (!i->is_reg()) return -ENODEV;
    if (u64(off) + u64(len) < u64(off) || off + len < 0) return -EFBIG;
    u64 end = u64(off) + u64(len);
    if (mode & FALLOC_FL_PUNCH_HOLE) return inode::zero_range(i, u64(off), min(end, i->size));
    if (!(mode & FALLOC_FL_KEEP_SIZE) && end > i->size) return f->truncate(end);
    return 0;
}

long sys_truncate(SyscallArgs& a) { return do_truncate_path(a.a[0], i64(a.a[1])); }
long sys_ftruncate(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    if (i64(a.a[1]) < 0) return -EINVAL;
    if ((f->status_flags & O_ACCMODE) == O_RDONLY) return -EINVAL;
    if (!f->inode() || !f->inode()->is_reg()) return -EINVAL;
    return f->truncate(a.a[1]);
}

long sys_utimensat(SyscallArgs& a) {
    KTimespec ts[2];
    if (a.a[2] && copy_from_user(ts, reinterpret_cast<const void*>(a.a[2]), sizeof ts)) return -EFAULT;
    if (a.a[3] & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -EINVAL;
    return do_utimens(a.a[0], a.a[1], a.a[2] ? ts : nullptr, a.a[3]);
}
long sys_utimes(SyscallArgs& a) {
    struct { i64 sec, usec; } tv[2];
    if (!a.a[1]) return do_utimens(AT_FDCWD, a.a[0], nullptr, 0);
    if (copy_from_user(tv, reinterpret_cast<const void*>(a.a[1]), sizeof tv)) return -EFAULT;
    KTimespec ts[2] = {{tv[0].sec, tv[0].usec * 1000}, {tv[1].sec, tv[1].usec * 1000}};
    return do_utimens(AT_FDCWD, a.a[0], ts, 0);
}
long sys_utime(SyscallArgs& a) {
    struct { i64 actime, modtime; } ut;
    if (!a.a[1]) return do_utimens(AT_FDCWD, a.a[0], nullptr, 0);
    if (!get_user(ut, a.a[1])) return -EFAULT;
    KTimespec ts[2] = {{ut.actime, 0}, {ut.modtime, 0}};
    return do_utimens(AT_FDCWD, a.a[0], ts, 0);
}

long sys_fsync(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    return f ? f->fsync() : -EBADF;
}
long sys_fdatasync(SyscallArgs& a) { return sys_fsync(a); }
long sys_sync(SyscallArgs&) { return 0; }

long sys_statfs(SyscallArgs& a) {
    Path p;
    long r = resolve_user(AT_FDCWD, a.a[0], 0, &p);
    if (r) return r;
    r = statfs_out(p.d->inode, p.mnt, a.a[1]);
    path_put(p);
    return r;
}
long sys_fstatfs(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    if (!f->path.d) {
        KStatfs k{};
        k.type = 0x50495045; // PIPEFS_MAGIC
        k.bsize = 4096;
        return put_user(a.a[1], k) ? 0 : -EFAULT;
    }
    return statfs_out(f->path.d->inode, f->path.mnt, a.a[1]);
}

long sys_getdents64(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    return f->getdents(reinterpret_cast<void*>(a.a[1]), a.a[2]);
}

// The older getdents(2), still used by programs that make their system calls
// themselves (the sanitizers' thread lister on x86-64).
long sys_getdents(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    return f->getdents(reinterpret_cast<void*>(a.a[1]), a.a[2], true);
}

// Extended attributes are not supported by any guest file system: reads
// say so (EOPNOTSUPP, which ls and cp take as "no ACLs"), lists are empty.
long sys_getxattr(SyscallArgs&) { return -EOPNOTSUPP; }
long sys_lgetxattr(SyscallArgs&) { return -EOPNOTSUPP; }
long sys_fgetxattr(SyscallArgs& a) { return fd_file(a.a[0]) ? -EOPNOTSUPP : -EBADF; }
long sys_listxattr(SyscallArgs&) { return 0; }
long sys_llistxattr(SyscallArgs&) { return 0; }
long sys_flistxattr(SyscallArgs& a) { return fd_file(a.a[0]) ? 0 : -EBADF; }
long sys_setxattr(SyscallArgs&) { return -EOPNOTSUPP; }
long sys_lsetxattr(SyscallArgs&) { return -EOPNOTSUPP; }
long sys_fsetxattr(SyscallArgs&) { return -EOPNOTSUPP; }
long sys_removexattr(SyscallArgs&) { return -EOPNOTSUPP; }
long sys_lremovexattr(SyscallArgs&) { return -EOPNOTSUPP; }
long sys_fremovexattr(SyscallArgs&) { return -EOPNOTSUPP; }
