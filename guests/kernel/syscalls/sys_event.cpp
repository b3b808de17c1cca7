// Event-file system calls: epoll, eventfd, timerfd and signalfd.
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/anon_file.h"
#include "fs/epoll.h"
#include "lib/errno.h"
#include "proc/signal.h"
#include "syscalls/current.h"
#include "syscalls/sigmask_arg.h"
#include "syscalls/syscalls.h"

namespace {
constexpr int kMaxEpollEvents = 0x7fffffff / int(sizeof(epoll::Event));

long install(File* f, u32 flags) {
    if (!f) return -ENOMEM;
    int fd = current_proc()->fds->install(f, 0, flags & O_CLOEXEC);
    if (fd < 0) f->put();
    return fd;
}

// A relative timeout in ms (negative = none) as an epoll::wait deadline.
u64 deadline_ms(i64 ms) {
    if (ms < 0) return 0;
    if (ms == 0) return ~0ull;
    return clock::monotonic_ns() + u64(ms) * 1000000;
}

long epoll_wait_common(u64 epfd, u64 uevents, i64 maxevents, u64 deadline, u64 umask, u64 masksize) {
    File* ep = fd_file(epfd);
    if (!ep) return -EBADF;
    if (maxevents <= 0 || maxevents > kMaxEpollEvents) return -EINVAL;
    if (!user_range_ok(uevents, u64(maxevents) * sizeof(epoll::Event))) return -EFAULT;
    if (long e = swap_sigmask(umask, masksize)) return e;
    long r = epoll::wait(ep, uevents, int(maxevents), deadline);
    restore_sigmask_unless(r == -EINTR);
    return r;
}
} // namespace

long sys_epoll_create(SyscallArgs& a) {
    if (i32(a.a[0]) <= 0) return -EINVAL;
    return install(epoll::create(), 0);
}

long sys_epoll_create1(SyscallArgs& a) {
    if (a.a[0] & ~u64(O_CLOEXEC)) return -EINVAL;
    return install(epoll::create(), u32(a.a[0]));
}

long sys_epoll_ctl(SyscallArgs& a) {
    File* ep = fd_file(a.a[0]);
    File* target = fd_file(a.a[2]);
    if (!ep || !target) return -EBADF;
    int op = int(a.a[1]);
    epoll::Event ev{};
    if (op != epoll::EPOLL_CTL_DEL && !get_user(ev, a.a[3])) return -EFAULT;
    return epoll::ctl(ep, op, int(a.a[2]), target, ev);
}

long sys_epoll_wait(SyscallArgs& a) {
    return epoll_wait_common(a.a[0], a.a[1], i32(a.a[2]), deadline_ms(i32(a.a[3])), 0, 0);
}

long sys_epoll_pwait(SyscallArgs& a) {
    return epoll_wait_common(a.a[0], a.a[1], i32(a.a[2]), deadline_ms(i32(a.a[3])), a.a[4], a.a[5]);
}

long sys_epoll_pwait2(SyscallArgs& a) {
    u64 deadline = 0;
    if (a.a[3]) {
        struct { i64 sec, nsec; } ts;
        if (!get_user(ts, a.a[3])) return -EFAULT;
        if (ts.sec < 0 || ts.nsec < 0 || ts.nsec >= 1000000000) return -EINVAL;
        u64 ns = u64(ts.sec) * 1000000000ull + u64(ts.nsec);
        deadline = ns ? clock::monotonic_ns() + ns : ~0ull;
    }
    return epoll_wait_common(a.a[0], a.a[1], i32(a.a[2]), deadline, a.a[4], a.a[5]);
}

static long do_eventfd(u64 initval, u64 flags) {
    if (flags & ~u64(eventfd::EFD_SEMAPHORE | O_CLOEXEC | O_NONBLOCK)) return -EINVAL;
    return install(eventfd::create(u32(initval), u32(flags)), u32(flags));
}
long sys_eventfd(SyscallArgs& a) { return do_eventfd(a.a[0], 0); }
long sys_eventfd2(SyscallArgs& a) { return do_eventfd(a.a[0], a.a[1]); }

long sys_timerfd_create(SyscallArgs& a) {
    int clock = int(a.a[0]);
    if (clock != 0 && clock != 1 && clock != 7 && clock != 8 && clock != 9) return -EINVAL;
    if (a.a[1] & ~u64(O_CLOEXEC | O_NONBLOCK)) return -EINVAL;
    return install(timerfd::create(clock, u32(a.a[1])), u32(a.a[1]));
}

long sys_timerfd_settime(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    if (a.a[1] & ~u64(timerfd::TFD_TIMER_ABSTIME | timerfd::TFD_TIMER_CANCEL_ON_SET)) return -EINVAL;
    ItimerSpec nv, old;
    if (!get_user(nv, a.a[2])) return -EFAULT;
    long r = timerfd::settime(f, u32(a.a[1]), nv, a.a[3] ? &old : nullptr);
    if (!r && a.a[3] && !put_user(a.a[3], old)) return -EFAULT;
    return r;
}

long sys_timerfd_gettime(SyscallArgs& a) {
    File* f = fd_file(a.a[0]);
    if (!f) return -EBADF;
    ItimerSpec cur;
    if (long r = timerfd::gettime(f, &cur)) return r;
    return put_user(a.a[1], cur) ? 0 : -EFAULT;
}

static long do_signalfd(u64 fd, u64 umask, u64 size, u64 flags) {
    if (flags & ~u64(O_CLOEXEC | O_NONBLOCK)) return -EINVAL;
    if (size != sizeof(u64)) return -EINVAL;
    u64 mask;
    if (!get_user(mask, umask)) return -EFAULT;
    if (i32(fd) == -1) return install(signalfd::create(mask, u32(flags)), u32(flags));
    File* f = fd_file(fd);
    if (!f) return -EBADF;
    long r = signalfd::set_mask(f, mask);
    return r ? r : long(i32(fd));
}
long sys_signalfd(SyscallArgs& a) { return do_signalfd(a.a[0], a.a[1], a.a[2], 0); }
long sys_signalfd4(SyscallArgs& a) { return do_signalfd(a.a[0], a.a[1], a.a[2], a.a[3]); }
