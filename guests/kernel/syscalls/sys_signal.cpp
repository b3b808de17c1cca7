// Signal system calls: actions, masks, alternate stacks, sending, waiting
// and returning from handlers.
#include "arch/cpu.h"
#include "arch/frame.h"
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "proc/signal.h"
#include "sched/sched.h"
#include "sched/sleep.h"
#include "dev/clock.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"
#include "syscalls/timespec_arg.h"

namespace {
constexpr u64 kSigsetSize = 8;
constexpr u64 kMinSigStack = 2048;

struct StackT {
    u64 sp;
    i32 flags;
    i32 pad;
    u64 size;
};

// kill's pid rules: >0 one process, 0 the caller's group, -1 everyone but
// init and the caller's... (we allow all but init), < -1 a group.
long kill_pid(i64 pid, int sig) {
    if (sig < 0 || sig > signal::kNumSignals) return -EINVAL;
    Process* self = current_proc();
    if (pid > 0) {
        Process* p = proc::find(i32(pid));
        if (!p || p->state != ProcState::Alive) return p ? 0 : -ESRCH;
        if (sig) signal::send_process(p, sig, signal::from_process(self, signal::SI_USER));
        return 0;
    }
    i32 group = pid == 0 ? self->pgid : i32(-pid);
    bool any = false;
    proc::for_each([&](Process* p) {
        bool match = pid == -1 ? p != proc::init_process() : p->pgid == group;
        if (match && p->state == ProcState::Alive) {
            any = true;
            if (sig) signal::send_process(p, sig, signal::from_process(self, signal::SI_USER));
        }
        return true;
    });
    return any ? 0 : -ESRCH;
}

// A thread of the caller's... of any process, by tid.
Task* find_thread(i32 tgid, i32 tid) {
    Task* found = nullptr;
    proc::for_each([&](Process* p) {
        if (tgid >= 0 && p->pid != tgid) return true;
        for (ListNode* n = p->threads.next; n != &p->threads; n = n->next) {
            Task* t = container_of(n, Task, thread_node);
            if (t->tid == tid) {
                found = t;
                return false;
            }
        }
        return true;
    });
    return found;
}
} // namespace

long sys_rt_sigaction(SyscallArgs& a) {
    int sig = int(a.a[0]);
    if (a.a[3] != kSigsetSize || sig < 1 || sig > signal::kNumSignals) return -EINVAL;
    if (a.a[1] && (sig == signal::SIGKILL || sig == signal::SIGSTOP)) return -EINVAL;
    SigAction& act = current_proc()->action(sig);
    SigAction nact;
    if (a.a[1] && !get_user(nact, a.a[1])) return -EFAULT;
    if (a.a[2] && !put_user(a.a[2], act)) return -EFAULT;
    if (a.a[1]) {
        nact.mask &= ~signal::kUnblockable;
        act = nact;
        // POSIX: setting SIG_IGN discards what is pending.
        if (act.handler == signal::kSigIgn) signal::discard(current(), signal::bit(sig));
    }
    return 0;
}

long sys_rt_sigprocmask(SyscallArgs& a) {
    enum { SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2 };
    if (a.a[3] != kSigsetSize) return -EINVAL;
    Task* t = current();
    u64 set = 0;
    if (a.a[1]) {
        if (a.a[0] > SIG_SETMASK) return -EINVAL;
        if (!get_user(set, a.a[1])) return -EFAULT;
    }
    if (a.a[2] && !put_user(a.a[2], t->sigmask)) return -EFAULT;
    if (!a.a[1]) return 0;
    switch (a.a[0]) {
    case SIG_BLOCK: t->sigmask |= set; break;
    case SIG_UNBLOCK: t->sigmask &= ~set; break;
    default: t->sigmask = set; break;
    }
    t->sigmask &= ~signal::kUnblockable;
    return 0;
}

long sys_rt_sigpending(SyscallArgs& a) {
    if (a.a[1] != kSigsetSize) return -EINVAL;
    Task* t = current();
    u64 set = (t->sigpending | current_proc()->shared_pending) & t->sigmask;
    return put_user(a.a[0], set) ? 0 : -EFAULT;
}

// Sleeps with a temporary mask until a handler runs; always -EINTR.
long sys_rt_sigsuspend(SyscallArgs& a) {
    if (a.a[1] != kSigsetSize) return -EINVAL;
    u64 mask;
    if (!get_user(mask, a.a[0])) return -EFAULT;
    Task* t = current();
    t->saved_sigmask = t->sigmask;
    t->restore_sigmask = true;
    t->sigmask = mask & ~signal::kUnblockable;
    cpu::IrqGuard guard;
    while (!signal::interrupt_pending(t)) {
        sched::block_current();
        sched::schedule();
    }
    return -signal::ERESTARTNOHAND;
}

// rt_sigtimedwait(2): takes a pending signal of `set` (the caller blocks
// them), waiting up to the timeout (none: for ever) for one to arrive.
// While it waits the set's signals are unblocked, as Linux's real_blocked
// does, so that their arrival ends the sleep; another signal that is
// delivered ends it with EINTR, the timeout with EAGAIN.
long sys_rt_sigtimedwait(SyscallArgs& a) {
    if (a.a[3] != kSigsetSize) return -EINVAL;
    u64 set;
    if (!get_user(set, a.a[0])) return -EFAULT;
    set &= ~signal::kUnblockable;
    u64 deadline = ~0ull;
    if (a.a[2]) {
        u64 ns;
        if (long r = read_timespec(a.a[2], &ns)) return r;
        u64 now = clock::monotonic_ns();
        deadline = now + ns < now ? ~0ull : now + ns;
    }
    Task* t = current();
    signal::SigSource src;
    int sig = signal::take(t, set, &src);
    if (!sig) {
        u64 saved = t->sigmask;
        t->sigmask &= ~set;
        bool timed_out = sleep::until(deadline);
        t->sigmask = saved;
        sig = signal::take(t, set, &src);
        if (!sig) return timed_out ? -EAGAIN : -EINTR;
    }
    if (a.a[1] && !signal::copy_siginfo_to_user(a.a[1], sig, src)) return -EFAULT;
    return sig;
}

// pause(2): sleeps until a signal is delivered (a handler ran: EINTR).
// A stop and SIGCONT do not end it (ERESTARTNOHAND restarts it then).
long sys_pause(SyscallArgs&) {
    Task* t = current();
    cpu::IrqGuard guard;
    while (!signal::interrupt_pending(t)) {
        sched::block_current();
        sched::schedule();
    }
    return -signal::ERESTARTNOHAND;
}

long sys_sigaltstack(SyscallArgs& a) {
    Task* t = current();
    TrapFrame* f = a.frame;
    bool on = t->altstack_size && f->rsp > t->altstack_sp && f->rsp - t->altstack_sp <= t->altstack_size;
    if (a.a[1]) {
        StackT old{t->altstack_sp, i32(on ? signal::SS_ONSTACK : (t->altstack_size ? 0 : signal::SS_DISABLE)), 0,
                   t->altstack_size};
        if (!put_user(a.a[1], old)) return -EFAULT;
    }
    if (a.a[0]) {
        StackT ns;
        if (!get_user(ns, a.a[0])) return -EFAULT;
        if (on) return -EPERM;
        if (ns.flags & signal::SS_DISABLE) {
            t->altstack_sp = t->altstack_size = 0;
            t->altstack_flags = signal::SS_DISABLE;
            return 0;
        }
        if (ns.flags & ~i32(signal::SS_ONSTACK)) return -EINVAL;
        if (ns.size < kMinSigStack) return -ENOMEM;
        t->altstack_sp = ns.sp;
        t->altstack_size = ns.size;
        t->altstack_flags = 0;
    }
    return 0;
}

long sys_rt_sigreturn(SyscallArgs& a) { return signal::sigreturn(a.frame); }

long sys_kill(SyscallArgs& a) { return kill_pid(i64(a.a[0]), int(a.a[1])); }

long sys_tgkill(SyscallArgs& a) {
    int sig = int(a.a[2]);
    if (sig < 0 || sig > signal::kNumSignals || i64(a.a[0]) <= 0 || i64(a.a[1]) <= 0) return -EINVAL;
    Task* t = find_thread(i32(a.a[0]), i32(a.a[1]));
    if (!t) return -ESRCH;
    if (sig) signal::send(t, sig, signal::from_process(current_proc(), signal::SI_TKILL));
    return 0;
}

namespace {
// The siginfo rt_sigqueueinfo and rt_tgsigqueueinfo take: its si_code, and
// the fields SI_QUEUE's union member holds (pid, uid, si_value).  A caller
// may not pose as the kernel or as kill/tgkill towards another process.
long queued_source(u64 uinfo, i32 target_tgid, signal::SigSource* out) {
    struct {
        i32 signo, errno_, code, pad;
        i32 pid;
        u32 uid;
        u64 value;
        u8 rest[96]; // the whole siginfo_t is read, as Linux reads it
    } si;
    static_assert(sizeof si == 128);
    if (copy_from_user(&si, reinterpret_cast<const void*>(uinfo), sizeof si)) return -EFAULT;
    if ((si.code >= 0 || si.code == signal::SI_TKILL) && target_tgid != current_proc()->pid) return -EPERM;
    *out = signal::SigSource{si.code, si.pid, si.uid, 0, 0, si.value};
    return 0;
}
} // namespace

long sys_rt_sigqueueinfo(SyscallArgs& a) {
    int sig = int(a.a[1]);
    signal::SigSource src;
    if (long e = queued_source(a.a[2], i32(a.a[0]), &src)) return e;
    if (sig < 0 || sig > signal::kNumSignals) return -EINVAL;
    Process* p = i64(a.a[0]) > 0 ? proc::find(i32(a.a[0])) : nullptr;
    if (!p || p->state != ProcState::Alive) return p ? 0 : -ESRCH;
    return sig ? signal::queue_process(p, sig, src) : 0;
}

long sys_rt_tgsigqueueinfo(SyscallArgs& a) {
    int sig = int(a.a[2]);
    if (i64(a.a[0]) <= 0 || i64(a.a[1]) <= 0) return -EINVAL;
    signal::SigSource src;
    if (long e = queued_source(a.a[3], i32(a.a[0]), &src)) return e;
    if (sig < 0 || sig > signal::kNumSignals) return -EINVAL;
    Task* t = find_thread(i32(a.a[0]), i32(a.a[1]));
    if (!t) return -ESRCH;
    return sig ? signal::queue(t, sig, src) : 0;
}

long sys_tkill(SyscallArgs& a) {
    int sig = int(a.a[1]);
    if (sig < 0 || sig > signal::kNumSignals || i64(a.a[0]) <= 0) return -EINVAL;
    Task* t = find_thread(-1, i32(a.a[0]));
    if (!t) return -ESRCH;
    if (sig) signal::send(t, sig, signal::from_process(current_proc(), signal::SI_TKILL));
    return 0;
}
