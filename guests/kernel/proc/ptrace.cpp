// ptrace stops and the tracer/tracee links: how a tracee stops and is
// resumed, what wait reports to a tracer, auto-attach on clone, and what
// happens when either side goes away.
#include "proc/ptrace.h"
#include "arch/cpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "proc/process.h"
#include "sched/task.h"

namespace ptrace {
namespace {
// A new stop: the tracer's wait wakes and it gets SIGCHLD (CLD_TRAPPED).
void notify_tracer(Process* p) {
    Process* tracer = p->trace.tracer;
    signal::send_process(tracer, signal::SIGCHLD,
                         signal::SigSource{signal::CLD_TRAPPED, p->pid, 0, p->trace.code & 0xff, 0});
    tracer->child_exit.wake_all();
}

// Only SIGKILL cuts a ptrace stop short.
bool must_leave(Task* t) { return t->sigpending & signal::bit(signal::SIGKILL); }

// The current thread stops and sleeps until its tracer resumes it, the
// tracer goes away, or SIGKILL.
void stop(Task* t, Stop kind, i32 code) {
    Process* p = t->proc;
    cpu::IrqGuard guard;
    if (!p->trace.tracer || must_leave(t)) return;
    p->trace.stopped = t;
    p->trace.kind = kind;
    p->trace.code = code;
    p->trace.report = true;
    notify_tracer(p);
    while (p->trace.stopped == t && p->trace.tracer && !must_leave(t)) p->trace.wait.sleep_locked();
    p->trace.stopped = nullptr;
    p->trace.kind = Stop::None;
    p->trace.report = false;
}

void link(Process* tracee, Process* tracer) {
    tracee->trace.tracer = tracer;
    tracee->trace.node.insert_before(&tracer->trace.tracees);
}
} // namespace

int signal_stop(Task* t, int sig, signal::SigSource* src) {
    Process* p = t->proc;
    if (!p || !p->trace.tracer || sig == signal::SIGKILL) return sig;
    p->trace.last_sig = sig;
    p->trace.last_src = *src;
    p->trace.resume_sig = sig;
    stop(t, Stop::Signal, sig);
    int r = p->trace.resume_sig; // the tracer's choice (also on DETACH); sig if the tracer left
    if (r != sig && r) *src = signal::from_process(p->trace.tracer, signal::SI_USER);
    return r;
}

bool traces_syscalls(Task* t) { return t->proc && t->proc->trace.tracer && t->proc->trace.resume == Resume::Syscall; }

void syscall_stop(Task* t, bool entry) {
    Process* p = t->proc;
    i32 code = signal::SIGTRAP | ((p->trace.options & O_TRACESYSGOOD) ? 0x80 : 0);
    p->trace.last_sig = signal::SIGTRAP;
    p->trace.last_src = signal::SigSource{code, p->pid, 0, 0, 0};
    stop(t, entry ? Stop::SyscallEntry : Stop::SyscallExit, code);
}

bool stepping(Task* t) { return t->proc && t->proc->trace.tracer && t->proc->trace.resume == Resume::Step; }

bool trap_pending(Task* t) { return t->proc && t->proc->trace.trap_pending && t->proc->trace.tracer; }

// An event stop: SIGTRAP with the event in the second byte of the code.
static void event_stop(Task* t, int event, u64 msg) {
    Process* p = t->proc;
    p->trace.event_msg = msg;
    p->trace.last_sig = signal::SIGTRAP;
    p->trace.last_src = signal::SigSource{signal::SIGTRAP | (event << 8), p->pid, 0, 0, 0};
    stop(t, Stop::Event, signal::SIGTRAP | (event << 8));
}

void take_trap(Task* t) {
    t->proc->trace.trap_pending = false;
    event_stop(t, EVENT_STOP, 0);
}

void on_exec(Task* t, i32 old_tid) {
    Process* p = t->proc;
    if (!p->trace.tracer) return;
    if (p->trace.options & O_TRACEEXEC) event_stop(t, EVENT_EXEC, u64(old_tid));
    else if (!p->trace.seized) signal::send(t, signal::SIGTRAP, signal::from_process(p, signal::SI_USER));
}

void on_exit(Task* t, i32 wait_status) {
    Process* p = t->proc;
    if (p->trace.tracer && (p->trace.options & O_TRACEEXIT)) event_stop(t, EVENT_EXIT, u64(wait_status));
}

void on_clone(Task* t, Process* child, u64 clone_flags, bool thread) {
    Process* p = t->proc;
    if (!p->trace.tracer) return;
    constexpr u64 CLONE_VFORK = 0x4000, CLONE_UNTRACED = 0x00800000, CLONE_PTRACE = 0x2000;
    int event;
    u32 option;
    if (clone_flags & CLONE_VFORK) event = EVENT_VFORK, option = O_TRACEVFORK;
    else if ((clone_flags & 0xff) == u64(signal::SIGCHLD)) event = EVENT_FORK, option = O_TRACEFORK;
    else event = EVENT_CLONE, option = O_TRACECLONE;
    bool attach = (p->trace.options & option) || ((clone_flags & CLONE_PTRACE) && !(clone_flags & CLONE_UNTRACED));
    if (!attach) return;
    if (!thread && child) {
        cpu::IrqGuard guard;
        link(child, p->trace.tracer);
        child->trace.options = p->trace.options;
        child->trace.seized = p->trace.seized;
        if (p->trace.seized) child->trace.trap_pending = true;
        else signal::send_process(child, signal::SIGSTOP);
    }
    if (p->trace.options & option) event_stop(t, event, u64(child ? child->pid : 0));
}

bool exit_for_tracer(Process* p) {
    cpu::IrqGuard guard;
    if (!p->trace.tracer || p->trace.tracer == p->parent) return false;
    p->trace.report = true;
    p->trace.tracer->child_exit.wake_all();
    signal::send_process(p->trace.tracer, signal::SIGCHLD);
    return true;
}

void unlink(Process* p) {
    cpu::IrqGuard guard;
    p->trace.node.unlink();
    p->trace.tracer = nullptr;
    p->trace.options = 0;
    p->trace.seized = false;
    p->trace.trap_pending = false;
    p->trace.resume = Resume::Cont;
    p->trace.wait.wake_all();
}

void release_tracees(Process* tracer) {
    cpu::IrqGuard guard;
    while (tracer->trace.tracees.linked()) {
        Process* q = container_of(tracer->trace.tracees.next, Process, trace.node);
        bool kill = q->trace.options & O_EXITKILL;
        bool held_zombie = q->state == ProcState::Zombie && q->trace.report;
        if (q->trace.stopped) q->trace.stopped->user_frame()->rflags &= ~0x100ull; // no step left over
        unlink(q);
        if (held_zombie) proc::announce_exit(q);
        else if (kill) signal::send_process(q, signal::SIGKILL);
    }
}

Process* find_report(Process* self, i64 pid, bool* have) {
    for (ListNode* n = self->trace.tracees.next; n != &self->trace.tracees; n = n->next) {
        Process* q = container_of(n, Process, trace.node);
        if (q->parent == self) continue; // wait's walk over the children sees it
        if (pid > 0 ? q->pid != pid : pid == 0 ? q->pgid != self->pgid : pid < -1 && q->pgid != -pid) continue;
        *have = true;
        if (q->trace.report) return q;
    }
    return nullptr;
}

} // namespace ptrace
