// clone, clone3, fork and vfork: a new task, and unless it is a thread, a
// new process whose address space is a copy-on-write copy (or shared with
// CLONE_VM), whose fd table, fs context and signal actions are copies (or
// shared with CLONE_FILES, CLONE_FS, CLONE_SIGHAND).
#include "proc/clone.h"
#include "arch/cpu.h"
#include "arch/fpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "arch/traps.h"
#include "arch/usercopy.h"
#include "fs/file.h"
#include "fs/pty.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "lib/kstats.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"
#include "proc/process.h"
#include "proc/ptrace.h"
#include "proc/program_names.h"
#include "sched/sched.h"
#include "sched/task.h"

namespace {
constexpr u64 CLONE_VM = 0x100, CLONE_FS = 0x200, CLONE_FILES = 0x400, CLONE_SIGHAND = 0x800,
              CLONE_PIDFD = 0x1000, CLONE_VFORK = 0x4000, CLONE_PARENT = 0x8000, CLONE_THREAD = 0x10000,
              CLONE_NEWNS = 0x20000, CLONE_SETTLS = 0x80000, CLONE_PARENT_SETTID = 0x100000,
              CLONE_CHILD_CLEARTID = 0x200000, CLONE_CHILD_SETTID = 0x01000000,
              CLONE_NAMESPACES = 0x7e020000; // NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET

// The child's first code: CLONE_CHILD_SETTID in its own memory, then the
// ordinary return to user mode with RAX = 0.
void child_start(void* set_child_tid) {
    Task* t = current();
    TrapFrame* f = t->user_frame();
    if (set_child_tid) put_user(u64(set_child_tid), i32(t->tid));
    traps::exit_to_user(f);
    enter_user_mode(f);
}

// A process sharing or copying the parent's resources as the flags say.
Process* new_process(Process* parent, Task* t, u64 flags, long* err) {
    Process* p = knew<Process>();
    if (!p) return nullptr;
    p->pid = t->tid;
    p->pgid = parent->pgid;
    p->sid = parent->sid;
    pty::inherit_ctty(p, parent);
    p->parent = (flags & CLONE_PARENT) && parent->parent ? parent->parent : parent;
    p->umask = parent->umask;
    p->personality = parent->personality;
    p->ioprio = parent->ioprio;
    memcpy(p->rlimits, parent->rlimits, sizeof p->rlimits);
    p->exe = parent->exe;
    if (p->exe.d) path_get(p->exe);
    p->exit_signal = int(flags & 0xff);
    p->leader = t;

    if (flags & CLONE_VM) {
        p->as = parent->as;
        p->as->get();
    } else {
        p->as = parent->as->clone_cow();
        if (p->as) program_names::set(p->as->root(), current()->name);
    }
    if (flags & CLONE_FILES) {
        p->fds = parent->fds;
        p->fds->get();
    } else {
        p->fds = parent->fds->clone();
    }
    if (flags & CLONE_FS) {
        p->fs = parent->fs;
        vfs::get_fs_context(p->fs);
    } else {
        p->fs = vfs::clone_fs_context(parent->fs);
    }
    if (flags & CLONE_SIGHAND) {
        p->sighand = parent->sighand;
        p->sighand->refs++;
    } else if ((p->sighand = knew<SigHand>())) {
        memcpy(p->sighand->actions, parent->sighand->actions, sizeof p->sighand->actions);
    }
    if (!p->as || !p->fds || !p->fs || !p->sighand) {
        *err = -ENOMEM;
        if (p->as) p->as->put();
        if (p->fds) p->fds->put();
        if (p->fs) vfs::put_fs_context(p->fs);
        if (p->sighand && --p->sighand->refs == 0) kdelete(p->sighand);
        kdelete(p);
        return nullptr;
    }
    return p;
}
} // namespace

namespace proc {

long clone(const CloneRequest& r, TrapFrame* frame) {
    u64 flags = r.flags;
    Task* self = current();
    Process* parent = self->proc;
    if ((flags & CLONE_THREAD) && !(flags & CLONE_SIGHAND)) return -EINVAL;
    if ((flags & CLONE_SIGHAND) && !(flags & CLONE_VM)) return -EINVAL;
    if (flags & (CLONE_NAMESPACES | CLONE_PIDFD)) return -EINVAL; // no namespaces or pidfds
    if (!(flags & CLONE_THREAD) && count() >= parent->rlimits[RLIMIT_NPROC].cur) return -EAGAIN;
    if (parent->group_exiting) return -EINTR;

    Task* t = sched::create_task(self->name, child_start,
                                 (flags & CLONE_CHILD_SETTID) ? reinterpret_cast<void*>(r.child_tid) : nullptr);
    if (!t) return -ENOMEM;
    // The child resumes user mode where the parent made the call, with RAX = 0.
    TrapFrame* cf = t->user_frame();
    *cf = *frame;
    cf->rax = 0;
    cf->vector = 0x1ff;
    if (r.stack) cf->rsp = r.stack;
    t->fs_base = (flags & CLONE_SETTLS) ? r.tls : self->fs_base;
    t->gs_base = self->gs_base;
    t->sigmask = self->sigmask;
    t->altstack_sp = (flags & CLONE_VM) && !(flags & CLONE_VFORK) ? 0 : self->altstack_sp;
    t->altstack_size = (flags & CLONE_VM) && !(flags & CLONE_VFORK) ? 0 : self->altstack_size;
    t->altstack_flags = self->altstack_flags;
    if (flags & CLONE_CHILD_CLEARTID) t->clear_child_tid = r.child_tid;
    if (!fpu::clone(self, t)) {
        sched::destroy_unstarted(t);
        return -ENOMEM;
    }

    cpu::IrqGuard guard;
    if (flags & CLONE_THREAD) {
        t->proc = parent;
        t->thread_node.insert_before(&parent->threads);
        parent->nthreads++;
    } else {
        long err = -ENOMEM;
        Process* p = new_process(parent, t, flags, &err);
        if (!p) {
            sched::destroy_unstarted(t);
            return err;
        }
        t->proc = p;
        t->thread_node.insert_before(&p->threads);
        p->nthreads = 1;
        p->sibling.insert_before(&p->parent->children);
        p->all_node.insert_before(&g_all);
        register_process();
        g_kstats.processes++;
    }
    i32 tid = t->tid;
    if (flags & CLONE_PARENT_SETTID) put_user(r.parent_tid, tid);
    if (flags & CLONE_VFORK) {
        t->vfork_parent = self;
        self->vfork_done = false;
    }
    // A traced parent's child may be traced too (auto-attach) before it runs.
    Process* child = (flags & CLONE_THREAD) ? nullptr : t->proc;
    sched::make_runnable(t);
    ptrace::on_clone(self, child, flags, flags & CLONE_THREAD);
    if (flags & CLONE_VFORK) {
        // The parent sleeps until the child calls execve or exits.
        while (!self->vfork_done) {
            sched::block_current();
            sched::schedule();
        }
    }
    return tid;
}

} // namespace proc
