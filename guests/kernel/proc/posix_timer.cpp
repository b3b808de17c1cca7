// POSIX per-process timers (timer_create and friends): a kernel timer per
// timer_t that sends its signal to the process or one of its threads.  An
// expiration that finds the signal still pending counts as an overrun.
// Timers go with their process (checked when one fires or is created).
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/anon_file.h"
#include "lib/errno.h"
#include "lib/list.h"
#include "mm/kmalloc.h"
#include "proc/process.h"
#include "proc/signal.h"
#include "sched/ktimer.h"
#include "sched/task.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
constexpr int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3,
              CLOCK_BOOTTIME = 7, CLOCK_REALTIME_ALARM = 8, CLOCK_BOOTTIME_ALARM = 9, CLOCK_TAI = 11;
constexpr int SIGEV_SIGNAL = 0, SIGEV_NONE = 1, SIGEV_THREAD_ID = 4;
constexpr u32 TIMER_ABSTIME = 1;
constexpr int kMaxTimers = 1024;

struct SigEvent {
    u64 value;
    i32 signo, notify;
    i32 tid;
    u8 pad[44];
};
static_assert(sizeof(SigEvent) == 64);

struct PosixTimer {
    KTimer kt;          // first: the callback finds its timer from it
    ListNode node;      // g_timers
    i32 pid;            // owner process
    i32 id;
    int clock;
    int signo, notify;
    i32 tid;            // SIGEV_THREAD_ID
    u64 interval = 0, next = 0; // ns; monotonic deadline, 0 = disarmed
    i32 overrun = 0;    // expirations while the signal was still pending
    u64 value;          // si_value: sigev_value, or the timer's id without a sigevent (as Linux)
};

ListNode g_timers;

bool alive(i32 pid) {
    Process* p = proc::find(pid);
    return p && p->state == ProcState::Alive;
}

void destroy(PosixTimer* t) {
    ktimer::cancel(&t->kt);
    t->node.unlink();
    kdelete(t);
}

// Timers of processes that are gone.
void reap_dead() {
    for (ListNode* n = g_timers.next; n != &g_timers;) {
        PosixTimer* t = container_of(n, PosixTimer, node);
        n = n->next;
        if (!alive(t->pid)) destroy(t);
    }
}

Task* thread_of(Process* p, i32 tid) {
    for (ListNode* n = p->threads.next; n != &p->threads; n = n->next) {
        Task* t = container_of(n, Task, thread_node);
        if (t->tid == tid) return t;
    }
    return nullptr;
}

// The siginfo of a timer's signal: SI_TIMER, si_timerid (where kill's
// si_pid is) and si_value, which glibc's SIGEV_THREAD timers find theirs by.
signal::SigSource timer_source(const PosixTimer* t) {
    signal::SigSource src{signal::SI_TIMER, t->id};
    src.value = t->value;
    return src;
}

// Timer interrupt: the signal (or an overrun), then the next period.
void fire(KTimer* kt) {
    PosixTimer* t = reinterpret_cast<PosixTimer*>(kt);
    Process* p = proc::find(t->pid);
    if (!p || p->state != ProcState::Alive) {
        destroy(t);
        return;
    }
    if (t->notify != SIGEV_NONE) {
        Task* target = t->notify == SIGEV_THREAD_ID ? thread_of(p, t->tid) : nullptr;
        u64 pending = p->shared_pending | (target ? target->sigpending : 0);
        if (pending & signal::bit(t->signo)) t->overrun++;
        else if (target) signal::send(target, t->signo, timer_source(t));
        else signal::send_process(p, t->signo, timer_source(t));
    }
    if (t->interval) {
        u64 now = clock::monotonic_ns();
        u64 periods = (now - t->next) / t->interval + 1;
        t->overrun += i32(periods - 1);
        t->next += periods * t->interval;
        ktimer::arm(&t->kt, t->next);
    } else {
        t->next = 0;
    }
}

PosixTimer* find(i32 id) {
    i32 pid = current_proc()->pid;
    for (ListNode* n = g_timers.next; n != &g_timers; n = n->next) {
        PosixTimer* t = container_of(n, PosixTimer, node);
        if (t->pid == pid && t->id == id) return t;
    }
    return nullptr;
}

bool valid_clock(int c) {
    return c == CLOCK_REALTIME || c == CLOCK_MONOTONIC || c == CLOCK_PROCESS_CPUTIME_ID || c == CLOCK_THREAD_CPUTIME_ID ||
           c == CLOCK_BOOTTIME || c == CLOCK_REALTIME_ALARM || c == CLOCK_BOOTTIME_ALARM || c == CLOCK_TAI;
}

ItimerSpec current_value(PosixTimer* t) {
    u64 left = 0;
    if (t->next) {
        u64 now = clock::monotonic_ns();
        left = t->next > now ? t->next - now : 1;
    }
    return ItimerSpec{i64(t->interval / 1000000000), i64(t->interval % 1000000000), i64(left / 1000000000),
                      i64(left % 1000000000)};
}
} // namespace

long sys_timer_create(SyscallArgs& a) {
    int clock = int(a.a[0]);
    if (!valid_clock(clock)) return -EINVAL;
    SigEvent ev{};
    Process* p = current_proc();
    if (a.a[1]) {
        if (!get_user(ev, a.a[1])) return -EFAULT;
        if (ev.notify != SIGEV_NONE && ev.notify != SIGEV_SIGNAL && ev.notify != SIGEV_THREAD_ID) return -EINVAL;
        if (ev.notify != SIGEV_NONE && (ev.signo < 1 || ev.signo > signal::kNumSignals)) return -EINVAL;
        if (ev.notify == SIGEV_THREAD_ID && !thread_of(p, ev.tid)) return -EINVAL;
    } else {
        ev.notify = SIGEV_SIGNAL;
        ev.signo = signal::SIGALRM;
    }
    PosixTimer* t = knew<PosixTimer>();
    if (!t) return -ENOMEM;
    cpu::IrqGuard guard;
    reap_dead();
    i32 id = 0;
    while (id < kMaxTimers && find(id)) id++;
    if (id == kMaxTimers) {
        kdelete(t);
        return -EAGAIN;
    }
    if (!put_user(a.a[2], id)) {
        kdelete(t);
        return -EFAULT;
    }
    t->kt.fn = fire;
    t->pid = p->pid;
    t->id = id;
    t->clock = clock;
    t->signo = ev.signo;
    t->notify = ev.notify;
    t->value = a.a[1] ? ev.value : u64(id);
    t->tid = ev.tid;
    t->node.insert_before(&g_timers);
    return 0;
}

long sys_timer_settime(SyscallArgs& a) {
    if (a.a[1] & ~u64(TIMER_ABSTIME)) return -EINVAL;
    ItimerSpec nv;
    if (!get_user(nv, a.a[2])) return -EFAULT;
    if (nv.value_nsec < 0 || nv.value_nsec >= 1000000000 || nv.interval_nsec < 0 || nv.interval_nsec >= 1000000000 ||
        nv.value_sec < 0 || nv.interval_sec < 0)
        return -EINVAL;
    cpu::IrqGuard guard;
    PosixTimer* t = find(i32(a.a[0]));
    if (!t) return -EINVAL;
    if (a.a[3] && !put_user(a.a[3], current_value(t))) return -EFAULT;
    ktimer::cancel(&t->kt);
    t->interval = u64(nv.interval_sec) * 1000000000ull + u64(nv.interval_nsec);
    u64 value = u64(nv.value_sec) * 1000000000ull + u64(nv.value_nsec);
    t->next = 0;
    t->overrun = 0;
    if (!value) return 0;
    u64 now = clock::monotonic_ns();
    if (a.a[1] & TIMER_ABSTIME) {
        bool real = t->clock == CLOCK_REALTIME || t->clock == CLOCK_REALTIME_ALARM || t->clock == CLOCK_TAI;
        u64 base = real ? clock::realtime_ns() : now;
        t->next = value > base ? now + (value - base) : now;
    } else {
        t->next = now + value;
    }
    ktimer::arm(&t->kt, t->next);
    return 0;
}

long sys_timer_gettime(SyscallArgs& a) {
    cpu::IrqGuard guard;
    PosixTimer* t = find(i32(a.a[0]));
    if (!t) return -EINVAL;
    return put_user(a.a[1], current_value(t)) ? 0 : -EFAULT;
}

long sys_timer_getoverrun(SyscallArgs& a) {
    cpu::IrqGuard guard;
    PosixTimer* t = find(i32(a.a[0]));
    return t ? t->overrun : -EINVAL;
}

long sys_timer_delete(SyscallArgs& a) {
    cpu::IrqGuard guard;
    PosixTimer* t = find(i32(a.a[0]));
    if (!t) return -EINVAL;
    destroy(t);
    return 0;
}
