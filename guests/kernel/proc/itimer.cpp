// alarm, setitimer and getitimer (ITIMER_REAL only; the virtual and profiling
// timers are accepted and never fire).
#include "proc/itimer.h"
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "dev/timer.h"
#include "lib/errno.h"
#include "proc/process.h"
#include "proc/signal.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
struct Timeval {
    i64 sec, usec;
};
struct Itimerval {
    Timeval interval, value;
};
constexpr int ITIMER_REAL = 0, ITIMER_VIRTUAL = 1, ITIMER_PROF = 2;

u64 tv_ns(const Timeval& t) { return u64(t.sec) * 1000000000ull + u64(t.usec) * 1000; }
Timeval ns_tv(u64 ns) { return {i64(ns / 1000000000), i64(ns % 1000000000 / 1000)}; }

// The current setting as an itimerval.
Itimerval current_value(Process* p) {
    Itimerval v{};
    if (p->alarm_deadline) {
        u64 now = clock::monotonic_ns();
        u64 left = p->alarm_deadline > now ? p->alarm_deadline - now : 1000;
        v.value = ns_tv(left);
        v.interval = ns_tv(p->alarm_interval);
    }
    return v;
}
} // namespace

namespace itimer {
void expire(u64 now) {
    proc::for_each([&](Process* p) {
        if (p->state == ProcState::Alive && p->alarm_deadline && p->alarm_deadline <= now) {
            p->alarm_deadline = p->alarm_interval ? now + p->alarm_interval : 0;
            signal::send_process(p, signal::SIGALRM);
        }
        return true;
    });
}

u64 earliest_deadline() {
    u64 earliest = 0;
    proc::for_each([&](Process* p) {
        if (p->state == ProcState::Alive && p->alarm_deadline && (!earliest || p->alarm_deadline < earliest))
            earliest = p->alarm_deadline;
        return true;
    });
    return earliest;
}
} // namespace itimer

long sys_alarm(SyscallArgs& a) {
    Process* p = current_proc();
    cpu::IrqGuard guard;
    u64 now = clock::monotonic_ns();
    long left = 0;
    if (p->alarm_deadline) left = long((p->alarm_deadline - min(now, p->alarm_deadline) + 999999999) / 1000000000);
    if (p->alarm_deadline && left == 0) left = 1;
    p->alarm_interval = 0;
    p->alarm_deadline = a.a[0] ? now + a.a[0] * 1000000000ull : 0;
    timer::reprogram();
    return left;
}

long sys_setitimer(SyscallArgs& a) {
    int which = int(a.a[0]);
    if (which != ITIMER_REAL && which != ITIMER_VIRTUAL && which != ITIMER_PROF) return -EINVAL;
    Itimerval nv{};
    if (a.a[1] && !get_user(nv, a.a[1])) return -EFAULT;
    if (nv.value.usec < 0 || nv.value.usec >= 1000000 || nv.interval.usec < 0 || nv.interval.usec >= 1000000)
        return -EINVAL;
    Process* p = current_proc();
    if (which != ITIMER_REAL) {
        if (a.a[2] && !put_user(a.a[2], Itimerval{})) return -EFAULT;
        return 0;
    }
    cpu::IrqGuard guard;
    if (a.a[2] && !put_user(a.a[2], current_value(p))) return -EFAULT;
    u64 value = tv_ns(nv.value);
    p->alarm_interval = tv_ns(nv.interval);
    p->alarm_deadline = value ? clock::monotonic_ns() + value : 0;
    timer::reprogram();
    return 0;
}

long sys_getitimer(SyscallArgs& a) {
    int which = int(a.a[0]);
    if (which != ITIMER_REAL && which != ITIMER_VIRTUAL && which != ITIMER_PROF) return -EINVAL;
    Itimerval v = which == ITIMER_REAL ? current_value(current_proc()) : Itimerval{};
    return put_user(a.a[1], v) ? 0 : -EFAULT;
}
