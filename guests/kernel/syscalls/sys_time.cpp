// Clocks and sleeping.
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "lib/errno.h"
#include "sched/sleep.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"
#include "syscalls/timespec_arg.h"

namespace {
struct Timespec {
    i64 sec, nsec;
};
struct Timeval {
    i64 sec, usec;
};

enum : i64 {
    CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3,
    CLOCK_MONOTONIC_RAW = 4, CLOCK_REALTIME_COARSE = 5, CLOCK_MONOTONIC_COARSE = 6, CLOCK_BOOTTIME = 7,
    CLOCK_REALTIME_ALARM = 8, CLOCK_BOOTTIME_ALARM = 9, CLOCK_TAI = 11,
};
constexpr u64 kTimerAbstime = 1;

// Nanoseconds for a clock id, or -EINVAL.  CPU-time clocks use elapsed time
// until per-task accounting exists.
bool clock_now(i64 id, u64* ns) {
    switch (id) {
    case CLOCK_REALTIME:
    case CLOCK_REALTIME_COARSE:
    case CLOCK_REALTIME_ALARM:
    case CLOCK_TAI:
        *ns = clock::realtime_ns();
        return true;
    case CLOCK_MONOTONIC:
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_MONOTONIC_COARSE:
    case CLOCK_BOOTTIME:
    case CLOCK_BOOTTIME_ALARM:
    case CLOCK_PROCESS_CPUTIME_ID:
    case CLOCK_THREAD_CPUTIME_ID:
        *ns = clock::monotonic_ns();
        return true;
    default:
        return false;
    }
}

Timespec to_timespec(u64 ns) { return {i64(ns / clock::kNsPerSec), i64(ns % clock::kNsPerSec)}; }

// Sleeps until a monotonic deadline; on interruption stores the remainder.
long sleep_until(u64 deadline, u64 urem) {
    if (sleep::until(deadline)) return 0;
    if (urem) {
        u64 now = clock::monotonic_ns();
        Timespec rem = to_timespec(deadline > now ? deadline - now : 0);
        put_user(urem, rem);
    }
    return -EINTR;
}
} // namespace

long sys_clock_gettime(SyscallArgs& a) {
    u64 ns;
    if (!clock_now(i64(a.a[0]), &ns)) return -EINVAL;
    return put_user(a.a[1], to_timespec(ns)) ? 0 : -EFAULT;
}

long sys_clock_getres(SyscallArgs& a) {
    u64 ns;
    if (!clock_now(i64(a.a[0]), &ns)) return -EINVAL;
    if (!a.a[1]) return 0;
    return put_user(a.a[1], Timespec{0, 1}) ? 0 : -EFAULT;
}

long sys_gettimeofday(SyscallArgs& a) {
    u64 ns = clock::realtime_ns();
    if (a.a[0] && !put_user(a.a[0], Timeval{i64(ns / clock::kNsPerSec), i64(ns % clock::kNsPerSec / 1000)}))
        return -EFAULT;
    if (a.a[1] && !put_user(a.a[1], Timeval{0, 0})) return -EFAULT; // struct timezone: UTC
    return 0;
}

long sys_time(SyscallArgs& a) {
    i64 sec = i64(clock::realtime_ns() / clock::kNsPerSec);
    if (a.a[0] && !put_user(a.a[0], sec)) return -EFAULT;
    return sec;
}

long sys_nanosleep(SyscallArgs& a) {
    u64 ns;
    long r = read_timespec(a.a[0], &ns);
    if (r) return r;
    u64 now = clock::monotonic_ns();
    return sleep_until(now + ns < now ? ~0ull : now + ns, a.a[1]);
}

long sys_clock_nanosleep(SyscallArgs& a) {
    i64 id = i64(a.a[0]);
    u64 ns, now_clock;
    if (id == CLOCK_THREAD_CPUTIME_ID || !clock_now(id, &now_clock)) return -EINVAL;
    long r = read_timespec(a.a[2], &ns);
    if (r) return r;
    u64 mono = clock::monotonic_ns();
    u64 deadline;
    if (a.a[1] & kTimerAbstime) {
        // Translate the absolute time on `id` into a monotonic deadline.
        deadline = ns <= now_clock ? mono : mono + (ns - now_clock);
        return sleep_until(deadline, 0);
    }
    deadline = mono + ns < mono ? ~0ull : mono + ns;
    return sleep_until(deadline, a.a[3]);
}
