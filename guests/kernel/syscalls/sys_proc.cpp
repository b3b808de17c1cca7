// Process and thread identity, exit, thread-area and resource-limit calls.
#include <tandem/platform.h>
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "dev/clock.h"
#include "fs/file.h"
#include "fs/pty.h"
#include "proc/clone.h"
#include "sched/sched.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
constexpr u64 kSigchld = 17, kCloneVm = 0x100, kCloneVfork = 0x4000;
}

// exit ends the calling thread; exit_group the whole process.
long sys_exit(SyscallArgs& a) { proc::exit_thread(proc::exit_status(int(a.a[0]))); }
long sys_exit_group(SyscallArgs& a) { proc::exit_group(proc::exit_status(int(a.a[0]))); }

long sys_getpid(SyscallArgs&) { return current_proc()->pid; }
long sys_gettid(SyscallArgs&) { return current()->tid; }
long sys_getppid(SyscallArgs&) {
    Process* parent = current_proc()->parent;
    return parent ? parent->pid : 0;
}
long sys_getpgrp(SyscallArgs&) { return current_proc()->pgid; }

long sys_fork(SyscallArgs& a) { return proc::clone({kSigchld, 0, 0, 0, 0}, a.frame); }
long sys_vfork(SyscallArgs& a) { return proc::clone({kCloneVm | kCloneVfork | kSigchld, 0, 0, 0, 0}, a.frame); }
// x86-64 argument order: flags, newsp, parent_tid, child_tid, tls.
long sys_clone(SyscallArgs& a) { return proc::clone({a.a[0], a.a[1], a.a[2], a.a[3], a.a[4]}, a.frame); }

long sys_clone3(SyscallArgs& a) {
    struct CloneArgs {
        u64 flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid, set_tid_size,
            cgroup;
    } ca{};
    u64 size = a.a[1];
    if (size < 64 || size > 4096) return -EINVAL;
    if (copy_from_user(&ca, reinterpret_cast<const void*>(a.a[0]), min<u64>(size, sizeof ca))) return -EFAULT;
    if (ca.exit_signal > 64 || (ca.flags & 0xff) || ca.set_tid || ca.set_tid_size || ca.cgroup) return -EINVAL;
    if ((ca.stack == 0) != (ca.stack_size == 0)) return -EINVAL;
    u64 sp = ca.stack ? ca.stack + ca.stack_size : 0;
    return proc::clone({ca.flags | ca.exit_signal, sp, ca.parent_tid, ca.child_tid, ca.tls}, a.frame);
}

// Process groups and sessions (job control needs getpgid/setpgid/setsid).
long sys_setpgid(SyscallArgs& a) {
    Process* self = current_proc();
    i32 pid = a.a[0] ? i32(a.a[0]) : self->pid;
    i32 pgid = a.a[1] ? i32(a.a[1]) : pid;
    if (pgid < 0) return -EINVAL;
    Process* p = proc::find(pid);
    if (!p || (p != self && p->parent != self)) return -ESRCH;
    if (p->sid != self->sid) return -EPERM;
    if (p->pid == p->sid) return -EPERM; // a session leader
    if (pgid != pid) {
        bool exists = false;
        proc::for_each([&](Process* q) {
            if (q->pgid == pgid && q->sid == self->sid) exists = true;
            return !exists;
        });
        if (!exists) return -EPERM;
    }
    p->pgid = pgid;
    return 0;
}

long sys_getpgid(SyscallArgs& a) {
    if (!a.a[0]) return current_proc()->pgid;
    Process* p = proc::find(i32(a.a[0]));
    return p ? p->pgid : -ESRCH;
}

long sys_setsid(SyscallArgs&) {
    Process* self = current_proc();
    bool leader = false;
    proc::for_each([&](Process* q) {
        if (q->pgid == self->pid) leader = true;
        return !leader;
    });
    if (leader) return -EPERM;
    pty::drop_ctty(self); // a new session starts without a controlling terminal
    self->sid = self->pgid = self->pid;
    return self->sid;
}

long sys_getsid(SyscallArgs& a) {
    if (!a.a[0]) return current_proc()->sid;
    Process* p = proc::find(i32(a.a[0]));
    return p ? p->sid : -ESRCH;
}

// Every process runs as root: uid and gid 0 (the set*id calls below accept
// any value and change nothing).
long sys_getuid(SyscallArgs&) { return 0; }
long sys_geteuid(SyscallArgs&) { return 0; }
long sys_getgid(SyscallArgs&) { return 0; }
long sys_getegid(SyscallArgs&) { return 0; }

long sys_umask(SyscallArgs& a) {
    Process* p = current_proc();
    u32 old = p->umask;
    p->umask = u32(a.a[0]) & 0777;
    return old;
}

long sys_sched_yield(SyscallArgs&) {
    sched::schedule();
    return 0;
}

// The thread pointer (TLS): FS/GS base of the calling thread.
long sys_arch_prctl(SyscallArgs& a) {
    enum { ARCH_SET_GS = 0x1001, ARCH_SET_FS = 0x1002, ARCH_GET_FS = 0x1003, ARCH_GET_GS = 0x1004 };
    Task* t = current();
    switch (a.a[0]) {
    case ARCH_SET_FS:
    case ARCH_SET_GS:
        if (a.a[1] >= TANDEM_USER_TOP) return -EPERM;
        (a.a[0] == ARCH_SET_FS ? t->fs_base : t->gs_base) = a.a[1];
        sched::load_user_bases(t);
        return 0;
    case ARCH_GET_FS:
        return put_user(a.a[1], t->fs_base) ? 0 : -EFAULT;
    case ARCH_GET_GS:
        return put_user(a.a[1], t->gs_base) ? 0 : -EFAULT;
    default:
        return -EINVAL;
    }
}

// Recorded for thread exit: the word cleared and woken when the thread ends,
// as clone's CLONE_CHILD_CLEARTID sets it.
long sys_set_tid_address(SyscallArgs& a) {
    current()->clear_child_tid = a.a[0];
    return current()->tid;
}

long sys_set_robust_list(SyscallArgs& a) {
    if (a.a[1] != 24) return -EINVAL; // sizeof(struct robust_list_head)
    current()->robust_list = a.a[0];
    return 0;
}

// Restartable sequences are optional for glibc.
long sys_rseq(SyscallArgs&) { return -ENOSYS; }

// Shared by prlimit64/getrlimit/setrlimit.
static long do_prlimit(u64 resource, u64 unew, u64 uold) {
    if (resource >= RLIMIT_NLIMITS) return -EINVAL;
    Rlimit* r = &current_proc()->rlimits[resource];
    Rlimit nl;
    if (unew) {
        if (!get_user(nl, unew)) return -EFAULT;
        if (nl.cur > nl.max) return -EINVAL;
        // Descriptors live in a table of FdTable::kMaxFds slots: a limit
        // above it could not be honoured, so it is refused (Linux: above
        // fs.nr_open).
        if (resource == RLIMIT_NOFILE && nl.max > u64(FdTable::kMaxFds)) return -EPERM;
    }
    if (uold && !put_user(uold, *r)) return -EFAULT;
    if (unew) {
        *r = nl;
        if (resource == RLIMIT_NOFILE) current_proc()->fds->set_fd_limit(nl.cur);
    }
    return 0;
}

long sys_prlimit64(SyscallArgs& a) {
    if (a.a[0] != 0 && i64(a.a[0]) != current_proc()->pid) return -ESRCH;
    return do_prlimit(a.a[1], a.a[2], a.a[3]);
}
long sys_getrlimit(SyscallArgs& a) { return do_prlimit(a.a[0], 0, a.a[1]); }
long sys_setrlimit(SyscallArgs& a) { return do_prlimit(a.a[0], a.a[1], 0); }

// Identity: every process is root and stays root (there is one user in the
// guest); the set* calls succeed as they would for root, the get* calls
// report 0.
long sys_setuid(SyscallArgs&) { return 0; }
long sys_setgid(SyscallArgs&) { return 0; }
long sys_setreuid(SyscallArgs&) { return 0; }
long sys_setregid(SyscallArgs&) { return 0; }
long sys_setresuid(SyscallArgs&) { return 0; }
long sys_setresgid(SyscallArgs&) { return 0; }
long sys_setfsuid(SyscallArgs&) { return 0; }
long sys_setfsgid(SyscallArgs&) { return 0; }
long sys_setgroups(SyscallArgs& a) { return a.a[0] > 65536 ? -EINVAL : 0; }
long sys_getgroups(SyscallArgs& a) { return i64(a.a[0]) < 0 ? -EINVAL : 0; }
static long put_three_zeros(SyscallArgs& a) {
    for (int i = 0; i < 3; i++)
        if (!put_user(a.a[i], u32(0))) return -EFAULT;
    return 0;
}
long sys_getresuid(SyscallArgs& a) { return put_three_zeros(a); }
long sys_getresgid(SyscallArgs& a) { return put_three_zeros(a); }

// Accounting: times and getrusage from the per-process counters.
long sys_getrusage(SyscallArgs& a) {
    struct { i64 utime_s, utime_us, stime_s, stime_us; i64 rest[14]; } ru{};
    Process* p = current_proc();
    i64 w = i64(a.a[0]);
    u64 u = w == -1 ? p->cutime_ns : p->utime_ns, s = w == -1 ? p->cstime_ns : p->stime_ns;
    if (w != 0 && w != -1 && w != 1) return -EINVAL;
    ru.utime_s = i64(u / 1000000000), ru.utime_us = i64(u % 1000000000 / 1000);
    ru.stime_s = i64(s / 1000000000), ru.stime_us = i64(s % 1000000000 / 1000);
    return put_user(a.a[1], ru) ? 0 : -EFAULT;
}

long sys_times(SyscallArgs& a) {
    Process* p = current_proc();
    struct { i64 utime, stime, cutime, cstime; } t = {i64(p->utime_ns / 10000000), i64(p->stime_ns / 10000000),
                                                    i64(p->cutime_ns / 10000000), i64(p->cstime_ns / 10000000)};
    if (a.a[0] && !put_user(a.a[0], t)) return -EFAULT;
    return i64(clock::monotonic_ns() / 10000000);
}

long sys_getpriority(SyscallArgs&) { return 20; } // nice 0, as the kernel encodes it
long sys_setpriority(SyscallArgs&) { return 0; }
long sys_sched_getaffinity(SyscallArgs& a) {
    if (a.a[1] < 8) return -EINVAL;
    return put_user(a.a[2], u64(1)) ? 8 : -EFAULT;
}
long sys_sched_setaffinity(SyscallArgs&) { return 0; }
long sys_capget(SyscallArgs&) { return -EINVAL; }
// The execution domain and its flags: kept and reported as Linux does.
// ADDR_NO_RANDOMIZE makes the next exec lay the address space out without
// randomization (proc/exec.cpp); the other flags are kept, not acted on.
long sys_personality(SyscallArgs& a) {
    Process* p = current_proc();
    u32 old = p->personality;
    if (u32(a.a[0]) != 0xffffffff) p->personality = u32(a.a[0]);
    return old;
}

namespace {
enum : u32 { IOPRIO_WHO_PROCESS = 1, IOPRIO_WHO_PGRP = 2, IOPRIO_WHO_USER = 3 };

// Visits the processes an ioprio call names (everyone is uid 0); -ESRCH if none.
template <typename Fn> long for_ioprio_targets(u64 which, u64 who, Fn&& fn) {
    Process* self = current_proc();
    bool found = false;
    auto visit = [&](Process* p) {
        if (p->state == ProcState::Alive) {
            found = true;
            fn(p);
        }
        return true;
    };
    switch (which) {
    case IOPRIO_WHO_PROCESS:
        if (!who) visit(self);
        else if (Process* p = proc::find(i32(who))) visit(p);
        break;
    case IOPRIO_WHO_PGRP: {
        i32 pgid = who ? i32(who) : self->pgid;
        proc::for_each([&](Process* p) { return p->pgid == pgid ? visit(p) : true; });
        break;
    }
    case IOPRIO_WHO_USER:
        if (who) return -ESRCH; // every process belongs to uid 0
        proc::for_each(visit);
        break;
    default: return -EINVAL;
    }
    return found ? 0 : -ESRCH;
}
} // namespace

// I/O priorities: recorded per process (one vCPU and one file service
// queue give them nothing to order), validated and reported as on Linux.
long sys_ioprio_set(SyscallArgs& a) {
    // Bits 13-15: the class; 0-2: the level; 3-12: hints (Linux 6.5 on).
    constexpr u32 kClassNone = 0, kClassRt = 1, kClassBe = 2, kClassIdle = 3;
    u32 prio = u32(a.a[2]), cls = (prio >> 13) & 7, level = prio & 7;
    switch (cls) {
    case kClassNone:
        if (level) return -EINVAL;
        break;
    case kClassRt:
    case kClassBe:
    case kClassIdle: break;
    default: return -EINVAL;
    }
    return for_ioprio_targets(a.a[0], a.a[1], [&](Process* p) { p->ioprio = prio; });
}

long sys_ioprio_get(SyscallArgs& a) {
    u32 best = 0;
    bool any = false;
    long r = for_ioprio_targets(a.a[0], a.a[1], [&](Process* p) {
        // Several targets: the highest priority (the lowest class, then level).
        if (!any || p->ioprio < best) best = p->ioprio;
        any = true;
    });
    return r ? r : long(best);
}
long sys_prctl(SyscallArgs& a) {
    constexpr u64 PR_SET_NAME = 15, PR_GET_NAME = 16, PR_SET_PDEATHSIG = 1, PR_GET_DUMPABLE = 3, PR_SET_DUMPABLE = 4;
    switch (a.a[0]) {
    case PR_SET_NAME: {
        char name[16];
        if (strncpy_from_user(name, reinterpret_cast<const char*>(a.a[1]), sizeof name) < 0) {
            // too long is fine: truncate
            if (copy_from_user(name, reinterpret_cast<const void*>(a.a[1]), sizeof name - 1)) return -EFAULT;
            name[15] = 0;
        }
        kstrlcpy(current()->name, name, sizeof current()->name);
        return 0;
    }
    case PR_GET_NAME: return copy_to_user(reinterpret_cast<void*>(a.a[1]), current()->name, 16) ? -EFAULT : 0;
    case PR_SET_PDEATHSIG: return 0;
    case PR_GET_DUMPABLE: return 1;
    case PR_SET_DUMPABLE: return 0;
    default: return -EINVAL;
    }
}
