// Signal system calls.  Actions and masks are recorded faithfully; sending
// implements default actions (see proc/signal.h).
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "proc/signal.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
constexpr u64 kSigsetSize = 8;
constexpr u64 kUnblockable = signal::bit(signal::SIGKILL) | signal::bit(signal::SIGSTOP);

struct StackT {
    u64 sp;
    i32 flags;
    i32 pad;
    u64 size;
};
constexpr i32 SS_DISABLE = 2;

// Sends to the caller itself (the only process that can be named so far).
long send_to_self(int sig) {
    if (sig < 0 || sig > signal::kNumSignals) return -EINVAL;
    if (sig) signal::send(current(), sig);
    return 0;
}
} // namespace

long sys_rt_sigaction(SyscallArgs& a) {
    int sig = int(a.a[0]);
    if (a.a[3] != kSigsetSize || sig < 1 || sig > signal::kNumSignals) return -EINVAL;
    if (a.a[1] && (sig == signal::SIGKILL || sig == signal::SIGSTOP)) return -EINVAL;
    SigAction& act = current_proc()->actions[sig - 1];
    SigAction nact;
    if (a.a[1] && !get_user(nact, a.a[1])) return -EFAULT;
    if (a.a[2] && !put_user(a.a[2], act)) return -EFAULT;
    if (a.a[1]) {
        nact.mask &= ~kUnblockable;
        act = nact;
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
    t->sigmask &= ~kUnblockable;
    return 0;
}

// No alternate stacks are used until handlers run; report "disabled".
long sys_sigaltstack(SyscallArgs& a) {
    if (a.a[1] && !put_user(a.a[1], StackT{0, SS_DISABLE, 0, 0})) return -EFAULT;
    return 0;
}

long sys_kill(SyscallArgs& a) {
    i64 pid = i64(a.a[0]);
    if (pid == current_proc()->pid || pid == 0 || pid == -1) return send_to_self(int(a.a[1]));
    return -ESRCH;
}

long sys_tgkill(SyscallArgs& a) {
    if (i64(a.a[0]) != current_proc()->pid || i64(a.a[1]) != current()->tid) return -ESRCH;
    return send_to_self(int(a.a[2]));
}

long sys_tkill(SyscallArgs& a) {
    if (i64(a.a[0]) != current()->tid) return -ESRCH;
    return send_to_self(int(a.a[1]));
}
