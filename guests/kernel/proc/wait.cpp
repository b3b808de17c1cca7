// wait4 and waitid: a parent collects its exited children (zombies); a
// tracer also hears of its tracees' ptrace stops and (first) their exits.
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "proc/process.h"
#include "proc/signal.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
constexpr u64 WNOHANG = 1, WUNTRACED = 2, WEXITED = 4, WCONTINUED = 8, WNOWAIT = 0x01000000,
              WNOTHREAD = 0x20000000, WALL = 0x40000000, WCLONE = 0x80000000;
constexpr u64 WEXITED_OR_WAIT4 = WEXITED | 0x100; // wait4 always reports exits (internal bit)
enum IdType { P_ALL = 0, P_PID = 1, P_PGID = 2, P_PIDFD = 3 };

struct Timeval {
    i64 sec, usec;
};
struct Rusage {
    Timeval utime, stime;
    i64 rest[14];
};
static_assert(sizeof(Rusage) == 144);

// Which children a wait call means: pid > 0 one, 0 the caller's group,
// -1 any, < -1 a group.
bool matches(const Process* c, i64 pid, const Process* self) {
    if (pid > 0) return c->pid == pid;
    if (pid == 0) return c->pgid == self->pgid;
    if (pid == -1) return true;
    return c->pgid == -pid;
}

Timeval to_timeval(u64 ns) { return {i64(ns / 1000000000), i64(ns % 1000000000 / 1000)}; }

enum class Event { None, Exited, Stopped, Continued, Traced };

// Finds a matching child or tracee with something to report (a ptrace
// stop; exit; with WUNTRACED a stop, with WCONTINUED a continue); sets
// *have if any matches.  A child's exit waits while a tracer that is not
// its parent has not collected it.
Process* find_event(Process* self, i64 pid, u64 options, bool* have, Event* ev) {
    *have = false;
    for (ListNode* n = self->children.next; n != &self->children; n = n->next) {
        Process* c = container_of(n, Process, sibling);
        if (!matches(c, pid, self)) continue;
        *have = true;
        if (c->trace.tracer == self && c->state == ProcState::Alive && c->trace.report) {
            *ev = Event::Traced;
            return c;
        }
        if (c->state == ProcState::Zombie && c->trace.tracer && c->trace.tracer != self) continue;
        if (c->state == ProcState::Zombie && (options & WEXITED_OR_WAIT4)) {
            *ev = Event::Exited;
            return c;
        }
        if ((options & WUNTRACED) && c->stopped && c->stop_report) {
            *ev = Event::Stopped;
            return c;
        }
        if ((options & WCONTINUED) && c->cont_report) {
            *ev = Event::Continued;
            return c;
        }
    }
    bool have_tracee = false;
    Process* q = ptrace::find_report(self, pid, &have_tracee);
    *have = *have || have_tracee;
    if (q && (q->state == ProcState::Alive || (options & WEXITED_OR_WAIT4))) {
        *ev = q->state == ProcState::Alive ? Event::Traced : Event::Exited;
        return q;
    }
    *ev = Event::None;
    return nullptr;
}

// The shared loop: a child's event, 0 for WNOHANG, -ECHILD, or -ERESTARTSYS.
long wait_common(i64 pid, u64 options, Process** out, Event* ev) {
    Process* self = current_proc();
    Task* t = current();
    cpu::IrqGuard guard;
    for (;;) {
        bool have;
        Process* z = find_event(self, pid, options, &have, ev);
        if (!have) return -ECHILD;
        if (z) {
            *out = z;
            if (!(options & WNOWAIT)) {
                if (*ev == Event::Stopped) z->stop_report = false;
                if (*ev == Event::Continued) z->cont_report = false;
                if (*ev == Event::Traced) z->trace.report = false;
            }
            return z->pid;
        }
        if (options & WNOHANG) return 0;
        if (signal::interrupt_pending(t)) return -signal::ERESTARTSYS;
        self->child_exit.sleep_locked();
    }
}

// Accounts the child's times to the parent and frees it (unless WNOWAIT).
// A tracer that is not the parent lets go of the zombie and the parent
// hears of the exit now.
void collect(Process* z, u64 options) {
    if (options & WNOWAIT) return;
    Process* self = current_proc();
    if (z->parent != self) {
        ptrace::unlink(z);
        z->trace.report = false;
        proc::announce_exit(z);
        return;
    }
    self->cutime_ns += z->utime_ns + z->cutime_ns;
    self->cstime_ns += z->stime_ns + z->cstime_ns;
    proc::release_zombie(z);
}
} // namespace

long sys_wait4(SyscallArgs& a) {
    i64 pid = i32(a.a[0]);
    u64 options = a.a[2];
    if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | WNOTHREAD | WALL | WCLONE)) return -EINVAL;
    Process* z = nullptr;
    Event ev;
    long r = wait_common(pid, options | 0x100, &z, &ev);
    if (r <= 0) return r;
    i32 status = ev == Event::Exited    ? z->wait_status
                 : ev == Event::Stopped ? (z->stop_sig << 8) | 0x7f
                 : ev == Event::Traced  ? (z->trace.code << 8) | 0x7f
                                        : 0xffff;
    if (a.a[1] && !put_user(a.a[1], status)) return -EFAULT;
    if (a.a[3]) {
        Rusage ru;
        memset(&ru, 0, sizeof ru);
        ru.utime = to_timeval(z->utime_ns + z->cutime_ns);
        ru.stime = to_timeval(z->stime_ns + z->cstime_ns);
        if (!put_user(a.a[3], ru)) return -EFAULT;
    }
    if (ev == Event::Exited) collect(z, options);
    return r;
}

// A pid beyond any the kernel hands out: waitid(P_PID) for a pid <= 0 waits
// for no child and answers ECHILD.
constexpr i64 kNoSuchPid = i64(1) << 32;

long sys_waitid(SyscallArgs& a) {
    u64 idtype = a.a[0];
    u64 options = a.a[3];
    if (!(options & (WEXITED | WUNTRACED | WCONTINUED))) return -EINVAL;
    i64 pid;
    switch (idtype) {
    case P_ALL: pid = -1; break;
    case P_PID: pid = i64(a.a[1]) > 0 ? i64(a.a[1]) : kNoSuchPid; break;
    case P_PGID: pid = a.a[1] ? -i64(a.a[1]) : 0; break;
    default: return -EINVAL;
    }
    Process* z = nullptr;
    Event ev = Event::None;
    u64 wopts = (options & ~WUNTRACED) | ((options & WUNTRACED) ? WUNTRACED : 0); // WSTOPPED == WUNTRACED
    long r = wait_common(pid, wopts, &z, &ev);
    if (r < 0) return r;
    if (a.a[2]) {
        // siginfo_t for CLD_EXITED / CLD_KILLED
        struct {
            i32 signo, errno_, code, pad;
            i32 pid;
            u32 uid;
            i32 status;
            i32 pad2;
            i64 utime, stime;
            u8 rest[80];
        } info;
        memset(&info, 0, sizeof info);
        if (z) {
            info.signo = signal::SIGCHLD;
            info.pid = z->pid;
            if (ev == Event::Traced) {
                info.code = signal::CLD_TRAPPED;
                info.status = z->trace.code;
            } else if (ev == Event::Stopped) {
                info.code = 5; // CLD_STOPPED
                info.status = z->stop_sig;
            } else if (ev == Event::Continued) {
                info.code = 6; // CLD_CONTINUED
                info.status = signal::SIGCONT;
            } else {
                bool killed = z->wait_status & 0x7f;
                info.code = killed ? ((z->wait_status & 0x80) ? signal::CLD_DUMPED : signal::CLD_KILLED)
                                   : signal::CLD_EXITED;
                info.status = killed ? (z->wait_status & 0x7f) : ((z->wait_status >> 8) & 0xff);
            }
        }
        static_assert(sizeof info == 128);
        if (!put_user(a.a[2], info)) return -EFAULT;
    }
    if (z && ev == Event::Exited) collect(z, options);
    return 0;
}
