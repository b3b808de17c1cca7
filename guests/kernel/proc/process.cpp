// Process lifetime: the first process, thread and group exit, zombies and
// re-parenting.  Creation by clone lives in proc/clone.cpp, collection by
// the parent in proc/wait.cpp.
#include "proc/process.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "dev/power.h"
#include "fs/file.h"
#include "fs/pty.h"
#include "fs/vfs.h"
#include "lib/kprintf.h"
#include "lib/kstats.h"
#include "lib/panic.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"
#include "mm/vmm.h"
#include "proc/futex.h"
#include "sched/sched.h"
#include "sched/task.h"
#include "syscalls/syscalls.h"

namespace proc {
ListNode g_all;

namespace {
Process* g_init;
u32 g_count;

// Linux's defaults for a fresh login session, roughly.
void default_rlimits(Rlimit* r) {
    for (int i = 0; i < RLIMIT_NLIMITS; i++) r[i] = {kRlimInfinity, kRlimInfinity};
    r[RLIMIT_STACK] = {8ull << 20, kRlimInfinity};
    r[RLIMIT_CORE] = {0, kRlimInfinity};
    r[RLIMIT_NOFILE] = {FdTable::kMaxFds, FdTable::kMaxFds}; // the table's size: nothing above it works
    r[RLIMIT_NPROC] = {kMaxProcesses, kMaxProcesses};
    r[RLIMIT_MEMLOCK] = {8ull << 20, 8ull << 20};
    r[RLIMIT_SIGPENDING] = {4096, 4096};
    r[RLIMIT_MSGQUEUE] = {819200, 819200};
    r[RLIMIT_NICE] = {0, 0};
    r[RLIMIT_RTPRIO] = {0, 0};
}

// The power-off status for the first process: its exit code, or 128+signal.
u32 poweroff_status(i32 wait_status) {
    if (wait_status & 0x7f) return 128 + (wait_status & 0x7f);
    return (wait_status >> 8) & 0xff;
}

} // namespace

// Releases the vfork parent, if this task is a vfork child (exit or exec).
void release_vfork(Task* t) {
    if (Task* parent = t->vfork_parent) {
        t->vfork_parent = nullptr;
        parent->vfork_done = true;
        sched::wake(parent);
    }
}

namespace {

// Orphans go to init; zombies among them are announced to init.
void reparent_children(Process* p) {
    while (p->children.linked()) {
        Process* c = container_of(p->children.next, Process, sibling);
        c->sibling.unlink();
        c->parent = g_init;
        c->sibling.insert_before(&g_init->children);
    }
    if (g_init) g_init->child_exit.wake_all();
}

// The SIGCHLD a parent gets when p ends: how (CLD_EXITED/KILLED/DUMPED),
// the exit code or signal, and who.
signal::SigSource exit_source(const Process* p) {
    i32 ws = p->wait_status;
    if (ws & 0x7f) return {(ws & 0x80) ? signal::CLD_DUMPED : signal::CLD_KILLED, p->pid, 0, ws & 0x7f, 0};
    return {signal::CLD_EXITED, p->pid, 0, (ws >> 8) & 0xff, 0};
}

// The process is done: free what it owns, become a zombie, tell the parent.
[[noreturn]] void finish_process(Process* p, Task* t) {
    if (p->fds) {
        FdTable* fds = p->fds;
        p->fds = nullptr;
        fds->put();
    }
    if (p->fs) {
        vfs::put_fs_context(p->fs);
        p->fs = nullptr;
    }
    pty::drop_ctty(p);
    if (p->exe.d) {
        path_put(p->exe);
        p->exe = Path{};
    }
    if (p->as) {
        AddressSpace* as = p->as;
        p->as = nullptr;
        vmm::activate(vmm::kernel_root());
        as->put();
    }
    if (p == g_init) {
        kdebug("kernel: first process %d exited (wait status 0x%x)\n", p->pid, p->wait_status);
        syscalls::report_unknown();
        kstats::send_report();
        power::off(poweroff_status(p->wait_status));
    }
    x86::cli();
    ptrace::release_tracees(p);
    reparent_children(p);
    p->state = ProcState::Zombie;
    // A tracer that is not the parent hears of the exit first; its wait
    // announces it to the parent then.
    if (!ptrace::exit_for_tracer(p)) announce_exit(p);
    t->proc = nullptr;
    sched::exit_current();
}
} // namespace

void announce_exit(Process* p) {
    cpu::IrqGuard guard;
    Process* parent = p->parent;
    bool autoreap = false;
    if (parent) {
        const SigAction& a = parent->action(signal::SIGCHLD);
        autoreap = a.handler == signal::kSigIgn || (a.flags & signal::SA_NOCLDWAIT);
        if (p->exit_signal && !autoreap) signal::send_process(parent, p->exit_signal, exit_source(p));
        parent->child_exit.wake_all();
    }
    if (autoreap) release_zombie(p);
}

Process* init_process() { return g_init; }
void register_process() { g_count++; }
u32 count() { return g_count; }

// pid 1: the console on fds 0-2, no address space until exec.
Process* create_first(Task* t) {
    Process* p = knew<Process>();
    if (!p) return nullptr;
    p->sighand = knew<SigHand>();
    p->fds = FdTable::create_console();
    p->fs = vfs::create_fs_context();
    if (!p->fds || !p->sighand || !p->fs) return nullptr;
    p->pid = p->pgid = p->sid = t->tid;
    p->leader = t;
    p->umask = 022;
    p->exit_signal = signal::SIGCHLD;
    default_rlimits(p->rlimits);
    t->thread_node.insert_before(&p->threads);
    p->nthreads = 1;
    p->all_node.insert_before(&g_all);
    g_count++;
    t->proc = p;
    g_init = p;
    return p;
}

Process* find(i32 pid) {
    Process* found = nullptr;
    for_each([&](Process* p) {
        if (p->pid != pid) return true;
        found = p;
        return false;
    });
    return found;
}

// CLONE_CHILD_CLEARTID: zero the tid word and wake one futex waiter
// (pthread_join); then the vfork parent, then the thread itself.
void exit_thread(i32 wait_status) {
    Task* t = current();
    Process* p = t->proc;
    kassert(p);
    if (!p->group_exiting) ptrace::on_exit(t, wait_status);
    if (t->clear_child_tid && p->as) {
        if (put_user(t->clear_child_tid, u32(0))) futex::wake(t->clear_child_tid, false, 1, ~0u);
    }
    release_vfork(t);
    signal::flush(t);
    cpu::IrqGuard guard;
    t->thread_node.unlink();
    if (--p->nthreads > 0) {
        if (p->leader == t) p->leader = container_of(p->threads.next, Task, thread_node);
        t->proc = nullptr;
        sched::exit_current();
    }
    if (!p->group_exiting) p->wait_status = wait_status;
    finish_process(p, t);
}

// Every other thread gets SIGKILL; the last one out finishes the process.
void exit_group(i32 wait_status) {
    Task* t = current();
    Process* p = t->proc;
    if (!p->group_exiting) ptrace::on_exit(t, wait_status);
    {
        cpu::IrqGuard guard;
        if (!p->group_exiting) {
            p->group_exiting = true;
            p->wait_status = wait_status;
            for (ListNode* n = p->threads.next; n != &p->threads; n = n->next) {
                Task* other = container_of(n, Task, thread_node);
                if (other != t) signal::send(other, signal::SIGKILL);
            }
        }
    }
    exit_thread(wait_status);
}

void release_zombie(Process* p) {
    cpu::IrqGuard guard;
    ptrace::unlink(p);
    p->sibling.unlink();
    p->all_node.unlink();
    g_count--;
    signal::flush_shared(p);
    if (p->sighand && --p->sighand->refs == 0) kdelete(p->sighand);
    kdelete(p);
}

} // namespace proc
