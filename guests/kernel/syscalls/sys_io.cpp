// File-descriptor system calls: read/write and their vector and positioned
// forms, lseek, ioctl, dup, fcntl, pipes, poll/select, sendfile/splice.
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/pipe.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "mm/kmalloc.h"
#include "proc/signal.h"
#include "syscalls/current.h"
#include "syscalls/sigmask_arg.h"
#include "syscalls/syscalls.h"

namespace {
constexpr long kIovMax = 1024;
constexpr u64 kMaxIo = 0x7ffff000; // Linux's MAX_RW_COUNT

struct IoVec {
    u64 base, len;
};

File* readable_file(u64 fd, long* err) {
    File* f = fd_file(fd);
    if (!f) *err = -EBADF;
    else if ((f->status_flags & O_ACCMODE) == O_WRONLY || (f->status_flags & O_PATH)) *err = -EBADF, f = nullptr;
    return f;
}

File* writable_file(u64 fd, long* err) {
    File* f = fd_file(fd);
    if (!f) *err = -EBADF;
    else if ((f->status_flags & O_ACCMODE) == O_RDONLY || (f->status_flags & O_PATH)) *err = -EBADF, f = nullptr;
    return f;
}

// readv/writev and the positioned forms: one call per iovec; a short
// transfer ends the loop.  off < 0: use (and move) the file position.
long vector_io(u64 fd, u64 uiov, long cnt, bool is_write, i64 off) {
    long err = 0;
    File* f = is_write ? writable_file(fd, &err) : readable_file(fd, &err);
    if (!f) return err;
    if (cnt < 0 || cnt > kIovMax) return -EINVAL;
    long total = 0;
    for (long i = 0; i < cnt; i++) {
        IoVec v;
        if (!get_user(v, uiov + u64(i) * sizeof(IoVec))) return total ? total : -EFAULT;
        if (v.len == 0) continue;
        v.len = min(v.len, kMaxIo);
        long r;
        if (off < 0) {
            r = is_write ? f->write(reinterpret_cast<const void*>(v.base), v.len)
                         : f->read(reinterpret_cast<void*>(v.base), v.len);
        } else {
            r = is_write ? f->pwrite(reinterpret_cast<const void*>(v.base), v.len, u64(off + total))
                         : f->pread(reinterpret_cast<void*>(v.base), v.len, u64(off + total));
        }
        if (r < 0) return total ? total : r;
        total += r;
        if (u64(r) < v.len) break;
    }
    return total;
}

struct PollFd {
    i32 fd;
    i16 events;
    i16 revents;
};

// One readiness pass over the set; the number of ready entries.
long poll_once(PollFd* fds, u64 n) {
    long ready = 0;
    for (u64 i = 0; i < n; i++) {
        PollFd& p = fds[i];
        p.revents = 0;
        if (p.fd < 0) continue;
        File* f = fd_file(u64(p.fd));
        u32 m = f ? f->poll() : POLLNVAL;
        p.revents = i16(m & (u32(u16(p.events)) | POLLERR | POLLHUP | POLLNVAL));
        if (p.revents) ready++;
    }
    return ready;
}

// The wait shared by poll, ppoll, select and pselect: deadline 0 = none,
// ~0 = do not block.
long poll_wait(PollFd* fds, u64 n, u64 deadline) {
    cpu::IrqGuard guard;
    for (;;) {
        long ready = poll_once(fds, n);
        if (ready || deadline == ~0ull) return ready;
        if (signal::interrupt_pending(current())) return -signal::ERESTARTNOHAND;
        if (pollwait::queue().sleep_locked_until(deadline)) return poll_once(fds, n);
    }
}

struct Timespec {
    i64 sec, nsec;
};

// A relative timeout in ns (negative = infinite) to a poll_wait deadline.
u64 deadline_after(i64 ns) {
    if (ns < 0) return 0;
    if (ns == 0) return ~0ull;
    return clock::monotonic_ns() + u64(ns);
}

long timespec_ns(u64 uts, i64* ns) {
    if (!uts) {
        *ns = -1;
        return 0;
    }
    Timespec ts;
    if (!get_user(ts, uts)) return -EFAULT;
    if (ts.sec < 0 || ts.nsec < 0 || ts.nsec >= 1000000000) return -EINVAL;
    *ns = ts.sec * 1000000000 + ts.nsec;
    return 0;
}

long do_poll(u64 ufds, u64 n, u64 deadline) {
    if (n > u64(FdTable::kMaxFds) * 4) return -EINVAL;
    PollFd* fds = static_cast<PollFd*>(kmalloc(n * sizeof(PollFd) + 1));
    if (!fds) return -ENOMEM;
    long r;
    if (n && copy_from_user(fds, reinterpret_cast<const void*>(ufds), n * sizeof(PollFd))) r = -EFAULT;
    else {
        r = poll_wait(fds, n, deadline);
        if (r >= 0) {
            for (u64 i = 0; i < n; i++)
                if (!put_user(ufds + i * sizeof(PollFd) + 6, fds[i].revents)) {
                    r = -EFAULT;
                    break;
                }
        }
    }
    kfree(fds);
    return r;
}

// select on top of poll: bit sets in, bit sets out.
long do_select(u64 nfds, u64 ur, u64 uw, u64 ue, u64 deadline) {
    if (i64(nfds) < 0 || nfds > u64(FdTable::kMaxFds)) return -EINVAL;
    constexpr u64 kWords = FdTable::kMaxFds / 64;
    u64 in[3][kWords] = {}, out[3][kWords] = {};
    u64 users[3] = {ur, uw, ue};
    u64 bytes = (nfds + 63) / 64 * 8;
    for (int k = 0; k < 3; k++)
        if (users[k] && copy_from_user(in[k], reinterpret_cast<const void*>(users[k]), bytes)) return -EFAULT;
    PollFd* fds = static_cast<PollFd*>(kmalloc(nfds * sizeof(PollFd) + 1));
    if (!fds) return -ENOMEM;
    u64 n = 0;
    for (u64 fd = 0; fd < nfds; fd++) {
        bool r = in[0][fd / 64] >> (fd % 64) & 1, w = in[1][fd / 64] >> (fd % 64) & 1,
             e = in[2][fd / 64] >> (fd % 64) & 1;
        if (!r && !w && !e) continue;
        if (!fd_file(fd)) {
            kfree(fds);
            return -EBADF;
        }
        fds[n++] = PollFd{i32(fd), i16((r ? POLLIN : 0) | (w ? POLLOUT : 0) | (e ? POLLPRI : 0)), 0};
    }
    long res = poll_wait(fds, n, deadline);
    if (res >= 0) {
        res = 0;
        for (u64 i = 0; i < n; i++) {
            u64 fd = u64(fds[i].fd);
            u32 rv = u16(fds[i].revents);
            u64 b = 1ull << (fd % 64);
            if ((fds[i].events & POLLIN) && (rv & (POLLIN | POLLHUP | POLLERR))) out[0][fd / 64] |= b, res++;
            if ((fds[i].events & POLLOUT) && (rv & (POLLOUT | POLLERR))) out[1][fd / 64] |= b, res++;
            if ((fds[i].events & POLLPRI) && (rv & POLLPRI)) out[2][fd / 64] |= b, res++;
        }
        for (int k = 0; k < 3; k++)
            if (users[k] && copy_to_user(reinterpret_cast<void*>(users[k]), out[k], bytes)) res = -EFAULT;
    }
    kfree(fds);
    return res;
}

// sendfile/splice/copy_file_range through a kernel bounce buffer.
long copy_between(File* in, File* out, u64 count, i64* in_off) {
    constexpr u64 kChunk = 65536;
    u8* buf = static_cast<u8*>(kmalloc(kChunk));
    if (!buf) return -ENOMEM;
    u64 done = 0;
    long r = 0;
    while (done < count) {
        u64 k = min(count - done, kChunk);
        long n;
        if (in_off) {
            if (!in->inode() || !in->inode()->is_reg()) {
                r = -ESPIPE;
                break;
            }
            n = inode::read(in->inode(), u64(*in_off), buf, k, false);
        } else if (in->inode() && in->inode()->is_reg()) {
            n = inode::read(in->inode(), in->pos, buf, k, false);
            if (n > 0) in->pos += u64(n);
        } else {
            r = -EINVAL; // only files can be read into a kernel buffer here
            break;
        }
        if (n < 0) {
            r = n;
            break;
        }
        if (n == 0) break;
        if (in_off) *in_off += n;
        long w;
        if (out->inode() && out->inode()->is_reg()) {
            u64 pos = (out->status_flags & O_APPEND) ? out->inode()->size : out->pos;
            w = inode::write(out->inode(), pos, buf, u64(n), false);
            if (w > 0) out->pos = pos + u64(w);
        } else {
            w = -EINVAL;
        }
        if (w < 0) {
            r = w;
            break;
        }
        done += u64(w);
        if (w < n) break;
    }
    kfree(buf);
    return done ? long(done) : r;
}
} // namespace

long sys_read(SyscallArgs& a) {
    long err = 0;
    File* f = readable_file(a.a[0], &err);
    if (!f) return err;
    return f->read(reinterpret_cast<void*>(a.a[1]), min(a.a[2], kMaxIo));
}

long sys_write(SyscallArgs& a) {
    long err = 0;
    File* f = writable_file(a.a[0], &err);
    if (!f) return err;
    return f->write(reinterpret_cast<const void*>(a.a[1]), min(a.a[2], kMaxIo));
}

long sys_pread64(SyscallArgs& a) {
    long err = 0;
    File* f = readable_file(a.a[0], &err);
    if (!f) return err;
    if (i64(a.a[3]) < 0) return -EINVAL;
    return f->pread(reinterpret_cast<void*>(a.a[1]), min(a.a[2], kMaxIo), a.a[3]);
}

long sys_pwrite64(SyscallArgs& a) {
    long err = 0;
    File* f = writable_file(a.a[0], &err);
    if (!f) return err;
    if (i64(a.a[3]) < 0) return -EINVAL;
    return f->pwrite(reinterpret_cast<const void*>(a.a[1]), min(a.a[2], kMaxIo), a.a[3]);
}

long sys_readv(SyscallArgs& a) { return vector_io(a.a[0], a.a[1], long(a.a[2]), false, -1); }
long sys_writev(SyscallArgs& a) { return vector_io(a.a[0], a.a[1], long(a.a[2]), true, -1); }
long sys_preadv(SyscallArgs& a) {
    if (i64(a.a[3]) < 0) return -EINVAL;
    return vector_io(a.a[0], a.a[1], long(a.a[2]), false, i64(a.a[3]));
}
long sys_pwritev(SyscallArgs& a) {
    if (i64(a.a[3]) < 0) return -EINVAL;
    return vector_io(a.a[0], a.a[1], long(a.a[2]), true, i64(a.a[3]));
}

long sys_close(SyscallArgs& a) { return current_proc()->fds->close(int(a.a[0])); }

long sys_close_range(SyscallArgs& a) {
    constexpr u64 CLOSE_RANGE_CLOEXEC = 4;
    if (a.a[2] & ~CLOSE_RANGE_CLOEXEC) return -EINVAL;
    if (a.a[0] > a.a[1]) return -EINVAL;
    FdTable* t = current_proc()->fds;
    u64 last = min<u64>(a.a[1], u64(t->limit()) ? u64(t->limit()) - 1 : 0);
    for (u64 fd = a.a[0]; fd <= last && fd < u64(FdTable::kMaxFds); fd++) {
        if (!t->get_file(int(fd))) continue;
        if (a.a[2] & CLOSE_RANGE_CLOEXEC) t->set_cloexec(int(fd), true);
        else t->close(int(fd));
    }
    return 0;
}

long sys_lseek(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    return f->seek(i64(a.a[1]), int(a.a[2]));
}

long sys_ioctl(SyscallArgs& a) {
    constexpr u64 FIONCLEX = 0x5450, FIOCLEX = 0x5451, FIONBIO = 0x5421;
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    switch (a.a[1]) {
    case FIOCLEX:
    case FIONCLEX:
        current_proc()->fds->set_cloexec(int(a.a[0]), a.a[1] == FIOCLEX);
        return 0;
    case FIONBIO: {
        i32 on;
        if (!get_user(on, a.a[2])) return -EFAULT;
        if (on) f->status_flags |= O_NONBLOCK;
        else f->status_flags &= ~u32(O_NONBLOCK);
        return 0;
    }
    default:
        return f->ioctl(a.a[1], a.a[2]);
    }
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
    if (newfd >= u64(current_proc()->fds->fd_limit())) return -EBADF;
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
    enum {
        F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5, F_SETLK = 6, F_SETLKW = 7,
        F_SETOWN = 8, F_GETOWN = 9, F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38, F_DUPFD_CLOEXEC = 1030,
        F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032, F_ADD_SEALS = 1033, F_GET_SEALS = 1034,
    };
    constexpr u32 kSettable = O_APPEND | O_NONBLOCK | 020000 /* O_ASYNC */ | O_NOATIME;
    FdTable* fds = current_proc()->fds;
    File* f = fds->get_file(int(a.a[0]));
    if (!f) return -EBADF;
    int fd = int(a.a[0]);
    switch (a.a[1]) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC: {
        if (a.a[2] >= u64(fds->fd_limit())) return -EINVAL;
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
    case F_GETLK:
    case F_OFD_GETLK: {
        // One CPU, no other holders we track: the lock would be granted.
        constexpr i16 F_UNLCK = 2;
        return put_user(a.a[2], F_UNLCK) ? 0 : -EFAULT;
    }
    case F_SETLK:
    case F_SETLKW:
    case F_OFD_SETLK:
    case F_OFD_SETLKW:
        return 0; // advisory locks always granted (no concurrent lockers are tracked)
    case F_GETOWN:
        return 0;
    case F_SETOWN:
        return 0;
    case F_GETPIPE_SZ:
    case F_SETPIPE_SZ:
        return f->is_pipe() ? long(pipe::kSize) : -EBADF;
    case F_GET_SEALS:
    case F_ADD_SEALS:
        return -EINVAL;
    default:
        return -EINVAL;
    }
}

long sys_flock(SyscallArgs& a) { return fd_file(a.a[0]) ? 0 : -EBADF; }
long sys_fadvise64(SyscallArgs& a) { return fd_file(a.a[0]) ? 0 : -EBADF; }

static long do_pipe(u64 ufds, u64 flags) {
    if (flags & ~u64(O_CLOEXEC | O_NONBLOCK | 040000)) return -EINVAL;
    File *r, *w;
    long e = pipe::create(&r, &w, u32(flags));
    if (e) return e;
    FdTable* t = current_proc()->fds;
    int rfd = t->install(r, 0, flags & O_CLOEXEC);
    if (rfd < 0) {
        r->put();
        w->put();
        return rfd;
    }
    int wfd = t->install(w, 0, flags & O_CLOEXEC);
    if (wfd < 0) {
        t->close(rfd);
        w->put();
        return wfd;
    }
    i32 fds[2] = {rfd, wfd};
    if (copy_to_user(reinterpret_cast<void*>(ufds), fds, sizeof fds)) {
        t->close(rfd);
        t->close(wfd);
        return -EFAULT;
    }
    return 0;
}
long sys_pipe(SyscallArgs& a) { return do_pipe(a.a[0], 0); }
long sys_pipe2(SyscallArgs& a) { return do_pipe(a.a[0], a.a[1]); }

long sys_poll(SyscallArgs& a) {
    i64 ms = i32(a.a[2]);
    return do_poll(a.a[0], a.a[1], deadline_after(ms < 0 ? -1 : ms * 1000000));
}

long sys_ppoll(SyscallArgs& a) {
    i64 ns;
    if (long e = timespec_ns(a.a[2], &ns)) return e;
    if (long e = swap_sigmask(a.a[3], a.a[4])) return e;
    long r = do_poll(a.a[0], a.a[1], deadline_after(ns));
    restore_sigmask_unless(r == -signal::ERESTARTNOHAND);
    return r;
}

long sys_select(SyscallArgs& a) {
    i64 ns = -1;
    if (a.a[4]) {
        struct { i64 sec, usec; } tv;
        if (!get_user(tv, a.a[4])) return -EFAULT;
        if (tv.sec < 0 || tv.usec < 0) return -EINVAL;
        ns = tv.sec * 1000000000 + tv.usec * 1000;
    }
    return do_select(a.a[0], a.a[1], a.a[2], a.a[3], deadline_after(ns));
}

long sys_pselect6(SyscallArgs& a) {
    i64 ns;
    if (long e = timespec_ns(a.a[4], &ns)) return e;
    if (a.a[5]) {
        struct { u64 set, size; } sm;
        if (!get_user(sm, a.a[5])) return -EFAULT;
        if (long e = swap_sigmask(sm.set, sm.size)) return e;
    }
    long r = do_select(a.a[0], a.a[1], a.a[2], a.a[3], deadline_after(ns));
    restore_sigmask_unless(r == -signal::ERESTARTNOHAND);
    return r;
}

long sys_sendfile(SyscallArgs& a) {
    long err = 0;
    File* out = writable_file(a.a[0], &err);
    if (!out) return err;
    File* in = readable_file(a.a[1], &err);
    if (!in) return err;
    i64 off = 0;
    if (a.a[2] && !get_user(off, a.a[2])) return -EFAULT;
    long r = copy_between(in, out, min(a.a[3], kMaxIo), a.a[2] ? &off : nullptr);
    if (a.a[2] && r >= 0 && !put_user(a.a[2], off)) return -EFAULT;
    return r;
}

long sys_copy_file_range(SyscallArgs& a) {
    long err = 0;
    File* in = readable_file(a.a[0], &err);
    if (!in) return err;
    File* out = writable_file(a.a[2], &err);
    if (!out) return err;
    if (a.a[1] || a.a[3] || a.a[5]) return -EINVAL; // explicit offsets: callers fall back
    return copy_between(in, out, min(a.a[4], kMaxIo), nullptr);
}

// splice: one end must be a pipe; the bytes move through a kernel buffer
// (no page gifting).  Offsets are allowed only on the non-pipe end.
long sys_splice(SyscallArgs& a) {
    constexpr u64 SPLICE_F_NONBLOCK = 2;
    long err = 0;
    File* in = readable_file(a.a[0], &err);
    if (!in) return err;
    File* out = writable_file(a.a[2], &err);
    if (!out) return err;
    if (!in->is_pipe() && !out->is_pipe()) return -EINVAL;
    if ((in->is_pipe() && a.a[1]) || (out->is_pipe() && a.a[3])) return -ESPIPE;
    if (a.a[1] || a.a[3]) return -EINVAL; // explicit file offsets: callers fall back to read/write
    u64 len = min<u64>(a.a[4], 65536);
    if (!len) return 0;
    u8* buf = static_cast<u8*>(kmalloc(len));
    if (!buf) return -ENOMEM;
    u32 saved = in->status_flags;
    if (a.a[5] & SPLICE_F_NONBLOCK) in->status_flags |= O_NONBLOCK;
    long n = in->read_kernel(buf, len);
    in->status_flags = saved;
    long r = n;
    if (n > 0) {
        long done = 0;
        while (done < n) {
            long w = out->write_kernel(buf + done, u64(n - done));
            if (w <= 0) {
                r = done ? done : w; // bytes already taken from `in` are lost as on a short write
                break;
            }
            done += w;
        }
        if (done == n) r = n;
    }
    kfree(buf);
    return r;
}
