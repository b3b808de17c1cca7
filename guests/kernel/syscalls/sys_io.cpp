// File-descriptor system calls: read/write and friends, stat, ioctl, dup,
// fcntl.  Paths do not resolve to anything yet (no file system): calls that
// take one answer ENOENT after checking the pointer.
#include "arch/usercopy.h"
#include "fs/file.h"
#include "lib/errno.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
constexpr int kAtFdCwd = -100;
constexpr u64 kAtEmptyPath = 0x1000;
constexpr long kIovMax = 1024;
constexpr u64 kMaxIo = 0x7ffff000; // Linux's MAX_RW_COUNT

struct IoVec {
    u64 base, len;
};

// Copies a user path (checks the pointer; the name itself resolves nowhere yet).
long fetch_path(u64 upath, char* buf, size_t size) { return strncpy_from_user(buf, reinterpret_cast<const char*>(upath), size); }

// Shared body of fstat and newfstatat(AT_EMPTY_PATH).
long stat_fd(u64 fd, u64 ubuf) {
    File* f = fd_file(fd);
    if (!f) return -EBADF;
    LinuxStat st;
    long r = f->stat(&st);
    if (r) return r;
    return put_user(ubuf, st) ? 0 : -EFAULT;
}

// The ENOENT answer for path-based calls, after validating the path.
long no_such_path(u64 upath) {
    char path[256];
    long r = fetch_path(upath, path, sizeof path);
    return r < 0 ? r : -ENOENT;
}
} // namespace

long sys_read(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    if ((f->status_flags & O_ACCMODE) == O_WRONLY) return -EBADF;
    return f->read(reinterpret_cast<void*>(a.a[1]), min(a.a[2], kMaxIo));
}

long sys_write(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    if ((f->status_flags & O_ACCMODE) == O_RDONLY) return -EBADF;
    return f->write(reinterpret_cast<const void*>(a.a[1]), min(a.a[2], kMaxIo));
}

// readv/writev: one call per iovec; a short transfer ends the loop.
static long vector_io(SyscallArgs& a, bool is_write) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    long cnt = long(a.a[2]);
    if (cnt < 0 || cnt > kIovMax) return -EINVAL;
    long total = 0;
    for (long i = 0; i < cnt; i++) {
        IoVec v;
        if (!get_user(v, a.a[1] + u64(i) * sizeof(IoVec))) return total ? total : -EFAULT;
        if (v.len == 0) continue;
        long r = is_write ? f->write(reinterpret_cast<const void*>(v.base), v.len)
                          : f->read(reinterpret_cast<void*>(v.base), v.len);
        if (r < 0) return total ? total : r;
        total += r;
        if (u64(r) < v.len) break;
    }
    return total;
}

long sys_readv(SyscallArgs& a) { return vector_io(a, false); }
long sys_writev(SyscallArgs& a) { return vector_io(a, true); }

long sys_close(SyscallArgs& a) { return current_proc()->fds->close(int(a.a[0])); }

long sys_fstat(SyscallArgs& a) { return stat_fd(a.a[0], a.a[1]); }

long sys_newfstatat(SyscallArgs& a) {
    char path[256];
    long r = fetch_path(a.a[1], path, sizeof path);
    if (r < 0) return r;
    if (path[0] == 0) {
        if (!(a.a[3] & kAtEmptyPath)) return -ENOENT;
        if (int(a.a[0]) == kAtFdCwd) return -ENOENT;
        return stat_fd(a.a[0], a.a[2]);
    }
    return -ENOENT;
}

long sys_stat(SyscallArgs& a) { return no_such_path(a.a[0]); }
long sys_lstat(SyscallArgs& a) { return no_such_path(a.a[0]); }
long sys_open(SyscallArgs& a) { return no_such_path(a.a[0]); }
long sys_openat(SyscallArgs& a) { return no_such_path(a.a[1]); }
long sys_access(SyscallArgs& a) { return no_such_path(a.a[0]); }
long sys_faccessat(SyscallArgs& a) { return no_such_path(a.a[1]); }
long sys_faccessat2(SyscallArgs& a) { return no_such_path(a.a[1]); }

long sys_lseek(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    return f->seek(i64(a.a[1]), int(a.a[2]));
}

long sys_ioctl(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    return f->ioctl(a.a[1], a.a[2]);
}

long sys_dup(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    f->get();
    int fd = current_proc()->fds->install(f, 0, false);
    if (fd < 0) f->put();
    return fd;
}

// dup2/dup3 share this; dup3 rejects old == new.
static long dup_to(u64 oldfd, u64 newfd, bool cloexec) {
    File* f = fd_file(oldfd);
    if (!f) return -EBADF;
    if (newfd >= u64(FdTable::kMaxFds)) return -EBADF;
    f->get();
    return current_proc()->fds->install_at(f, int(newfd), cloexec);
}

long sys_dup2(SyscallArgs& a) {
    if (a.a[0] == a.a[1]) return fd_file(a.a[0]) ? long(a.a[1]) : -EBADF;
    return dup_to(a.a[0], a.a[1], false);
}

long sys_dup3(SyscallArgs& a) {
    if (a.a[2] & ~u64(O_CLOEXEC)) return -EINVAL;
    if (a.a[0] == a.a[1]) return -EINVAL;
    return dup_to(a.a[0], a.a[1], a.a[2] & O_CLOEXEC);
}

long sys_fcntl(SyscallArgs& a) {
    enum { F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_DUPFD_CLOEXEC = 1030 };
    constexpr u32 kSettable = 02000 | 04000; // O_APPEND | O_NONBLOCK
    FdTable* fds = current_proc()->fds;
    File* f = fds->get_file(int(a.a[0]));
    if (!f) return -EBADF;
    int fd = int(a.a[0]);
    switch (a.a[1]) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC: {
        if (a.a[2] >= u64(FdTable::kMaxFds)) return -EINVAL;
        f->get();
        int nfd = fds->install(f, int(a.a[2]), a.a[1] == F_DUPFD_CLOEXEC);
        if (nfd < 0) f->put();
        return nfd;
    }
    case F_GETFD:
        return fds->cloexec(fd) ? 1 : 0;
    case F_SETFD:
        fds->set_cloexec(fd, a.a[2] & 1);
        return 0;
    case F_GETFL:
        return f->status_flags;
    case F_SETFL:
        f->status_flags = (f->status_flags & ~kSettable) | (u32(a.a[2]) & kSettable);
        return 0;
    default:
        return -EINVAL;
    }
}
