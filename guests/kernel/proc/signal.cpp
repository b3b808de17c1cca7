// Signal generation, default actions and handler frames.
#include "proc/signal.h"
#include "arch/asm_defs.h"
#include "arch/cpu.h"
#include "arch/fpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/process.h"
#include "sched/sched.h"
#include "sched/sleep.h"
#include "sched/task.h"

namespace signal {
namespace {
enum class Default { Terminate, Ignore, Stop, Continue };

// POSIX default actions (core dumps are plain terminations here).
Default default_action(int sig) {
    switch (sig) {
    case SIGCHLD: case SIGURG: case SIGWINCH: return Default::Ignore;
    case SIGCONT: return Default::Continue;
    case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU: return Default::Stop;
    default: return Default::Terminate; // including every real-time signal
    }
}

// Signals the kernel marks as having dumped core in the wait status.
bool dumps_core(int sig) {
    return sig == SIGQUIT || sig == SIGILL || sig == SIGTRAP || sig == SIGABRT || sig == SIGBUS ||
           sig == SIGFPE || sig == SIGSEGV || sig == SIGSYS || sig == SIGXCPU || sig == SIGXFSZ;
}

// What a pending signal would do to its process right now.
bool kills(Process* p, int sig) {
    if (sig == SIGKILL) return true;
    if (!p) return false;
    u64 h = p->action(sig).handler;
    if (h == kSigIgn) return false;
    if (h == kSigDfl) return default_action(sig) == Default::Terminate;
    return false; // a handler runs instead
}

// Ignored at generation time: discarding keeps sleepers from waking.  A
// blocked signal is kept (its action may change before it is unblocked,
// and signalfd takes it), as Linux keeps it.
bool ignored(Process* p, int sig, bool blocked) {
    if (sig == SIGKILL || sig == SIGSTOP || !p || blocked) return false;
    if (p->trace.tracer) return false; // the tracer sees every signal
    u64 h = p->action(sig).handler;
    if (h == kSigIgn) return true;
    // SIGCONT's default is to ignore, but it continues a stopped process
    // when generated (send_process), whatever its action.
    return h == kSigDfl && (default_action(sig) == Default::Ignore || default_action(sig) == Default::Continue);
}

u64 deliverable(Task* t) {
    u64 shared = t->proc ? t->proc->shared_pending : 0;
    return ((t->sigpending | shared) & ~(t->sigmask & ~kUnblockable)) | (t->sigpending & t->sigforced);
}

// True if every thread of p blocks sig (a process-directed signal waits).
bool blocked_by_all(Process* p, int sig) {
    for (ListNode* n = p->threads.next; n != &p->threads; n = n->next)
        if (!(container_of(n, Task, thread_node)->sigmask & bit(sig))) return false;
    return p->threads.next != &p->threads;
}

// Wakes a sleeping task so it can notice a signal it can take.
void kick(Task* t) {
    if (t->state == TaskState::Blocked) {
        t->interrupted_sleep = true;
        sched::wake(t);
    }
}

// ---- the rt_sigframe (Linux arch/x86 uapi layouts) ----
struct SigInfo {
    i32 signo, errno_, code, pad;
    union {
        struct { i32 pid; u32 uid; u64 value; } kill; // SI_USER, SI_TKILL, SI_QUEUE (si_value)
        struct { i32 pid; u32 uid; i32 status; i32 pad; i64 utime, stime; } chld;
        struct { u64 addr; } fault;
        u8 raw[112];
    };
};
static_assert(sizeof(SigInfo) == 128);

struct StackT {
    u64 sp;
    i32 flags;
    i32 pad;
    u64 size;
};

struct SigContext {
    u64 r8, r9, r10, r11, r12, r13, r14, r15, rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, eflags;
    u16 cs, gs, fs, ss;
    u64 err, trapno, oldmask, cr2, fpstate;
    u64 reserved[8];
};
static_assert(sizeof(SigContext) == 256);

struct UContext {
    u64 flags;
    u64 link;
    StackT stack;
    SigContext mcontext;
    u64 sigmask;
};
static_assert(sizeof(UContext) == 304);

struct RtSigFrame {
    u64 pretcode;
    UContext uc;
    SigInfo info;
};

// RFLAGS bits user code may change through sigreturn (Linux FIX_EFLAGS).
constexpr u64 kUserFlags = 0x1 | 0x4 | 0x10 | 0x40 | 0x80 | 0x100 | 0x400 | 0x800 | 0x40000 | 0x200000;

// The signal a handler frame is built for, with its origin.
struct Pending {
    int sig;
    SigSource src;
};

bool on_altstack(Task* t, u64 sp) {
    return t->altstack_size && sp > t->altstack_sp && sp - t->altstack_sp <= t->altstack_size;
}

// The siginfo fields a signal's origin selects (Linux's union layout).
void fill_siginfo(SigInfo* si, int sig, const SigSource& src) {
    si->signo = sig;
    si->code = src.code;
    if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP) {
        if (src.code > 0 && src.code != SI_KERNEL) {
            si->fault.addr = src.addr;
            return;
        }
    }
    if (sig == SIGCHLD && src.code > 0 && src.code != SI_KERNEL) {
        si->chld.pid = src.pid;
        si->chld.uid = src.uid;
        si->chld.status = src.status;
        return;
    }
    if (src.code <= 0) si->kill = {src.pid, src.uid, src.value};
}

} // namespace

bool copy_siginfo_to_user(u64 uaddr, int sig, const SigSource& src) {
    SigInfo si{};
    fill_siginfo(&si, sig, src);
    return copy_to_user(reinterpret_cast<void*>(uaddr), &si, sizeof si) == 0;
}

namespace {
// Builds the frame on the user (or alternate) stack and points the frame's
// registers at the handler; false if the stack is unusable (then SIGSEGV).
bool setup_frame(TrapFrame* f, const Pending& ps, const SigAction& act, u64 old_mask) {
    Task* t = current();
    u64 sp = f->rsp;
    bool use_alt = (act.flags & SA_ONSTACK) && t->altstack_size && !(t->altstack_flags & SS_DISABLE) &&
                   !on_altstack(t, sp);
    if (use_alt) sp = t->altstack_sp + t->altstack_size;
    else sp -= 128; // the red zone
    size_t fpsize = fpu::state_size();
    sp = align_down(sp - fpsize, 64);
    u64 fpstate = sp;
    sp = align_down(sp - sizeof(RtSigFrame), 16) - 8; // as after a call: (sp + 8) % 16 == 0
    u64 frame_addr = sp;

    void* fp = fpu::sync(t);
    if (!fp || copy_to_user(reinterpret_cast<void*>(fpstate), fp, fpsize)) return false;

    RtSigFrame fr;
    memset(&fr, 0, sizeof fr);
    fr.pretcode = act.restorer;
    fr.uc.stack = {t->altstack_sp, i32(t->altstack_size ? (on_altstack(t, f->rsp) ? SS_ONSTACK : 0) : SS_DISABLE), 0,
                   t->altstack_size};
    SigContext& m = fr.uc.mcontext;
    m.r8 = f->r8, m.r9 = f->r9, m.r10 = f->r10, m.r11 = f->r11, m.r12 = f->r12, m.r13 = f->r13;
    m.r14 = f->r14, m.r15 = f->r15, m.rdi = f->rdi, m.rsi = f->rsi, m.rbp = f->rbp, m.rbx = f->rbx;
    m.rdx = f->rdx, m.rax = f->rax, m.rcx = f->rcx, m.rsp = f->rsp, m.rip = f->rip, m.eflags = f->rflags;
    m.cs = u16(f->cs), m.ss = u16(f->ss);
    m.err = f->vector < 32 ? f->error : 0;
    m.trapno = f->vector < 32 ? f->vector : 0;
    m.oldmask = old_mask;
    m.cr2 = ps.src.addr;
    m.fpstate = fpstate;
    fr.uc.sigmask = old_mask;
    fill_siginfo(&fr.info, ps.sig, ps.src);
    if (copy_to_user(reinterpret_cast<void*>(frame_addr), &fr, sizeof fr)) return false;

    f->rsp = frame_addr;
    f->rip = act.handler;
    f->rdi = u64(ps.sig);
    f->rsi = frame_addr + __builtin_offsetof(RtSigFrame, info);
    f->rdx = frame_addr + __builtin_offsetof(RtSigFrame, uc);
    f->rax = 0;
    f->rflags &= ~(0x100ull | 0x400ull); // TF, DF
    f->cs = SEL_UCODE;
    f->ss = SEL_UDATA;
    return true;
}

// Takes the lowest deliverable signal out of the pending sets.
int dequeue(Task* t, bool* forced, SigSource* src) {
    u64 d = deliverable(t);
    if (!d) return 0;
    *forced = (t->sigforced & (d & -d)) != 0;
    int sig = take(t, d, src);
    t->sigforced &= ~bit(sig);
    return sig;
}

// One pending set: a thread's or its process's.
struct PendingSet {
    u64* bits;
    SigSource* srcs;   // the first instance of each pending signal
    ListNode* queue;   // Queued: later instances of real-time signals, oldest first
};
PendingSet of_task(Task* t) { return {&t->sigpending, t->sigsrc, &t->sigqueue}; }
PendingSet of_process(Process* p) { return {&p->shared_pending, p->shared_src, &p->shared_queue}; }

// A real-time signal queued behind the pending one of its number.
struct Queued {
    ListNode node;
    int sig;
    SigSource src;
};

// Real-time instances pending in the guest, RLIMIT_SIGPENDING's count (one
// count for the guest: its processes all run as root, one user).
u64 g_queued;

// Marks a signal pending in one set with its origin.  A standard signal
// already pending keeps the origin it had; a real-time one is queued behind
// it.  Past the receiver's RLIMIT_SIGPENDING, a real-time instance is refused
// (-EAGAIN) when must_queue, else it is pending without its siginfo (as
// SI_USER from no one), or lost if one is pending already.
long mark_pending(PendingSet s, Process* receiver, int sig, const SigSource& src, bool must_queue) {
    bool pending = *s.bits & bit(sig);
    if (sig < kSigRtMin) {
        if (!pending) s.srcs[sig - 1] = src;
        *s.bits |= bit(sig);
        return 0;
    }
    u64 limit = receiver ? receiver->rlimits[RLIMIT_SIGPENDING].cur : ~0ull;
    Queued* q = nullptr;
    if (g_queued < limit && pending) q = knew<Queued>();
    if (g_queued >= limit || (pending && !q)) {
        if (must_queue) return -EAGAIN;
        if (!pending) s.srcs[sig - 1] = SigSource{SI_USER};
        *s.bits |= bit(sig);
        return 0;
    }
    g_queued++;
    SigSource counted = src;
    counted.counted = true;
    if (!pending) {
        s.srcs[sig - 1] = counted;
        *s.bits |= bit(sig);
        return 0;
    }
    q->sig = sig;
    q->src = counted;
    q->node.insert_before(s.queue);
    return 0;
}

// The first instance of sig queued in s, or nullptr.
Queued* first_queued(PendingSet s, int sig) {
    for (ListNode* n = s.queue->next; n != s.queue; n = n->next) {
        Queued* q = container_of(n, Queued, node);
        if (q->sig == sig) return q;
    }
    return nullptr;
}

// Takes sig's first instance out of s: the next queued one (if any) takes
// its place and the signal stays pending.
SigSource take_from(PendingSet s, int sig) {
    SigSource src = s.srcs[sig - 1];
    if (src.counted) g_queued--;
    src.counted = false;
    if (Queued* q = first_queued(s, sig)) {
        s.srcs[sig - 1] = q->src;
        q->node.unlink();
        kdelete(q);
    } else {
        *s.bits &= ~bit(sig);
    }
    return src;
}

// Drops every pending instance of the signals in `set` from s.
void discard_from(PendingSet s, u64 set) {
    u64 d = *s.bits & set;
    for (int sig = 1; sig <= kNumSignals; sig++) {
        if (!(d & bit(sig))) continue;
        if (s.srcs[sig - 1].counted) g_queued--;
        s.srcs[sig - 1].counted = false;
    }
    *s.bits &= ~set;
    for (ListNode* n = s.queue->next; n != s.queue;) {
        Queued* q = container_of(n, Queued, node);
        n = n->next;
        if (!(set & bit(q->sig))) continue;
        g_queued--;
        q->node.unlink();
        kdelete(q);
    }
}

// A system call interrupted by a signal: restart it or report EINTR.
void fix_restart(TrapFrame* f, bool handler, u64 sa_flags) {
    if (f->vector != VEC_SYSCALL) return;
    long r = long(f->rax);
    bool restart = false;
    switch (r) {
    case -ERESTARTNOHAND: restart = !handler; break;
    case -ERESTARTSYS: restart = !handler || (sa_flags & SA_RESTART); break;
    case -ERESTARTNOINTR: restart = true; break;
    default: return;
    }
    if (restart) {
        f->rax = f->error; // the system-call number (syscall_dispatch keeps it)
        f->rip -= 2;       // back onto the syscall instruction
    } else {
        f->rax = u64(-EINTR);
    }
}

// SIGCHLD (unless SA_NOCLDSTOP) and a wake-up for a parent in wait, when a
// child stops (CLD_STOPPED with the stop signal) or continues.
void notify_parent(Process* p, i32 code, i32 status) {
    Process* parent = p->parent;
    if (!parent) return;
    if (!(parent->action(SIGCHLD).flags & SA_NOCLDSTOP))
        send_process(parent, SIGCHLD, SigSource{code, p->pid, 0, status, 0});
    parent->child_exit.wake_all();
}

// The default action of a stop signal: the whole process stops until
// SIGCONT (or dies of SIGKILL).
void stop_process(Task* t, int sig) {
    Process* p = t->proc;
    cpu::IrqGuard guard;
    if (!p->stopped) {
        p->stopped = true;
        p->stop_sig = sig;
        p->stop_report = true;
        p->cont_report = false;
        notify_parent(p, CLD_STOPPED, sig);
    }
    while (p->stopped && !fatal_pending(t)) p->stop_wait.sleep_locked();
}
} // namespace

SigSource from_process(const Process* sender, i32 code) {
    return SigSource{code, sender ? sender->pid : 0, 0, 0, 0};
}

int take(Task* t, u64 set, SigSource* src) {
    Process* p = t->proc;
    u64 d = (t->sigpending | (p ? p->shared_pending : 0)) & set;
    if (!d) return 0;
    int sig = __builtin_ctzll(d) + 1;
    *src = take_from((t->sigpending & bit(sig)) ? of_task(t) : of_process(p), sig);
    return sig;
}

namespace {
// Generates a signal for one thread (send, queue).
long post(Task* t, int sig, const SigSource& src, bool must_queue) {
    if (sig < 1 || sig > kNumSignals) return -EINVAL;
    cpu::IrqGuard guard;
    if (ignored(t->proc, sig, t->sigmask & bit(sig))) return 0;
    if (long e = mark_pending(of_task(t), t->proc, sig, src, must_queue)) return e;
    if (deliverable(t) & bit(sig)) kick(t);
    pollwait::notify(); // signalfd readers
    return 0;
}

long post_process(Process* p, int sig, const SigSource& src, bool must_queue);
} // namespace

void send(Task* t, int sig, const SigSource& src) { post(t, sig, src, false); }
long queue(Task* t, int sig, const SigSource& src) { return post(t, sig, src, true); }
void send_process(Process* p, int sig, const SigSource& src) { post_process(p, sig, src, false); }
long queue_process(Process* p, int sig, const SigSource& src) { return post_process(p, sig, src, true); }

void discard(Task* t, u64 set) {
    cpu::IrqGuard guard;
    discard_from(of_task(t), set);
    if (t->proc) discard_from(of_process(t->proc), set);
}

// The real-time signals' bits (32..64).
constexpr u64 kRealTime = ~(bit(kSigRtMin) - 1);

void flush(Task* t) {
    cpu::IrqGuard guard;
    discard_from(of_task(t), kRealTime);
}

void flush_shared(Process* p) {
    cpu::IrqGuard guard;
    discard_from(of_process(p), kRealTime);
}

namespace {
// Generates a process-directed signal (send_process, queue_process).
long post_process(Process* p, int sig, const SigSource& src, bool must_queue) {
    if (sig < 1 || sig > kNumSignals) return -EINVAL;
    if (p->state != ProcState::Alive) return 0;
    cpu::IrqGuard guard;
    if (sig == SIGCONT) {
        // Continue: pending stop signals are discarded, the stopped
        // threads resume, and the parent hears of it (CLD_CONTINUED).
        u64 stops = bit(SIGSTOP) | bit(SIGTSTP) | bit(SIGTTIN) | bit(SIGTTOU);
        discard_from(of_process(p), stops);
        for (ListNode* n = p->threads.next; n != &p->threads; n = n->next)
            discard_from(of_task(container_of(n, Task, thread_node)), stops);
        if (p->stopped) {
            p->stopped = false;
            p->stop_report = false;
            p->cont_report = true;
            p->stop_wait.wake_all();
            notify_parent(p, CLD_CONTINUED, SIGCONT);
        }
    } else if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) {
        discard_from(of_process(p), bit(SIGCONT));
    }
    if (ignored(p, sig, blocked_by_all(p, sig))) return 0;
    if (sig == SIGKILL) {
        p->group_exiting = true;
        p->wait_status = proc::signal_status(SIGKILL);
        for (ListNode* n = p->threads.next; n != &p->threads; n = n->next) {
            Task* t = container_of(n, Task, thread_node);
            mark_pending(of_task(t), p, SIGKILL, src, false);
            kick(t);
        }
        return 0;
    }
    if (long e = mark_pending(of_process(p), p, sig, src, must_queue)) return e;
    pollwait::notify(); // signalfd readers
    for (ListNode* n = p->threads.next; n != &p->threads; n = n->next) {
        Task* t = container_of(n, Task, thread_node);
        if (!(t->sigmask & bit(sig))) {
            kick(t);
            return 0;
        }
    }
    return 0;
}
} // namespace

void force(int sig, u64 addr, i32 code) {
    Task* t = current();
    t->sigsrc[sig - 1] = SigSource{code, 0, 0, 0, addr};
    t->sigpending |= bit(sig);
    t->sigforced |= bit(sig);
}

bool pending_work(Task* t) { return deliverable(t) != 0 || ptrace::trap_pending(t); }

bool fatal_pending(Task* t) {
    if (t->proc && t->proc->group_exiting) return true;
    u64 d = deliverable(t);
    for (int sig = 1; sig <= kNumSignals; sig++)
        if ((d & bit(sig)) && (kills(t->proc, sig) || (t->sigforced & bit(sig)))) return true;
    return false;
}

bool interrupt_pending(Task* t) { return deliverable(t) != 0 || (t->proc && t->proc->group_exiting); }

void handle_pending(TrapFrame* f) {
    Task* t = current();
    Process* p = t->proc;
    if (p && p->group_exiting) proc::exit_thread(p->wait_status);
    if (ptrace::trap_pending(t)) ptrace::take_trap(t);
    bool forced;
    int sig;
    SigSource src;
    while ((sig = dequeue(t, &forced, &src)) != 0) {
        // A tracee stops first; its tracer may change or suppress the signal.
        int orig = sig;
        sig = ptrace::signal_stop(t, sig, &src);
        if (!sig) continue;
        if (sig != orig) forced = false;
        SigAction& act = p->action(sig);
        // A blocked or ignored fault cannot be handled: it kills (as Linux).
        bool blocked_fault = forced && ((t->sigmask & bit(sig)) || act.handler == kSigIgn);
        if (sig == SIGKILL || blocked_fault || (act.handler == kSigDfl && default_action(sig) == Default::Terminate)) {
            i32 status = proc::signal_status(sig) | (dumps_core(sig) ? 0x80 : 0);
            proc::exit_group(status);
        }
        if (act.handler == kSigDfl && default_action(sig) == Default::Stop) {
            stop_process(t, sig);
            continue;
        }
        if (act.handler == kSigIgn || act.handler == kSigDfl) continue; // ignore/continue
        fix_restart(f, true, act.flags);
        Pending ps{sig, src};
        u64 old_mask = t->restore_sigmask ? t->saved_sigmask : t->sigmask;
        t->restore_sigmask = false;
        if (!setup_frame(f, ps, act, old_mask)) {
            kdebug("kernel: task %d: cannot build a frame for signal %d\n", t->tid, sig);
            proc::exit_group(proc::signal_status(SIGSEGV));
        }
        t->sigmask = old_mask | act.mask;
        if (!(act.flags & SA_NODEFER)) t->sigmask |= bit(sig);
        t->sigmask &= ~kUnblockable;
        if (act.flags & SA_RESETHAND) act.handler = kSigDfl;
        return; // one handler per return; the rest come after its sigreturn
    }
    fix_restart(f, false, 0);
    if (t->restore_sigmask) {
        t->sigmask = t->saved_sigmask;
        t->restore_sigmask = false;
    }
}

long sigreturn(TrapFrame* f) {
    Task* t = current();
    u64 frame_addr = f->rsp - 8;
    RtSigFrame fr;
    if (copy_from_user(&fr, reinterpret_cast<const void*>(frame_addr), sizeof fr)) {
        force(SIGSEGV, 0, SI_KERNEL);
        return 0;
    }
    const SigContext& m = fr.uc.mcontext;
    f->r8 = m.r8, f->r9 = m.r9, f->r10 = m.r10, f->r11 = m.r11, f->r12 = m.r12, f->r13 = m.r13;
    f->r14 = m.r14, f->r15 = m.r15, f->rdi = m.rdi, f->rsi = m.rsi, f->rbp = m.rbp, f->rbx = m.rbx;
    f->rdx = m.rdx, f->rax = m.rax, f->rcx = m.rcx, f->rsp = m.rsp, f->rip = m.rip;
    f->rflags = (f->rflags & ~kUserFlags) | (m.eflags & kUserFlags);
    f->cs = SEL_UCODE;
    f->ss = SEL_UDATA;
    f->vector = 0x1ff; // neither a system call (no restart) nor an exception
    t->sigmask = fr.uc.sigmask & ~kUnblockable;
    if (m.fpstate) {
        size_t n = fpu::state_size();
        void* buf = kmalloc(n);
        if (!buf || copy_from_user(buf, reinterpret_cast<const void*>(m.fpstate), n) || !fpu::load(t, buf)) {
            kfree(buf);
            force(SIGSEGV, 0, SI_KERNEL);
            return long(f->rax);
        }
        kfree(buf);
    }
    if (!(fr.uc.stack.flags & SS_DISABLE) && !on_altstack(t, f->rsp)) {
        t->altstack_sp = fr.uc.stack.sp;
        t->altstack_size = fr.uc.stack.size;
        t->altstack_flags = 0;
    }
    return long(f->rax);
}

void reset_on_exec(Process* p) {
    for (int sig = 1; sig <= kNumSignals; sig++) {
        SigAction& a = p->action(sig);
        if (a.handler != kSigIgn) a.handler = kSigDfl;
        a.flags = 0;
        a.mask = 0;
        a.restorer = 0;
    }
}

} // namespace signal

bool current_has_fatal_signal() { return signal::fatal_pending(current()); }
