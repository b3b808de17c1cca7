// Round-robin scheduler, context switching and task lifetime.
#include "sched/sched.h"
#include "arch/cpu.h"
#include "arch/fpu.h"
#include "arch/frame.h"
#include "arch/gdt.h"
#include "arch/percpu.h"
#include "boot/bootinfo.h"
#include "lib/kstats.h"
#include "lib/panic.h"
#include "lib/string.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"
#include "mm/vmm.h"
#include "proc/process.h"

PerCpu g_percpu;

extern "C" void context_switch(u64* save_ksp, u64 new_ksp);
extern "C" void task_trampoline();

TrapFrame* Task::user_frame() const { return reinterpret_cast<TrapFrame*>(kstack_top - sizeof(TrapFrame)); }

namespace sched {
namespace {
Task g_idle;         // the boot context
ListNode g_runqueue; // runnable tasks other than the running one and idle
ListNode g_dead;     // exited tasks waiting for their stack to be freed
i32 g_next_tid = 1;
u64 g_loaded_fs, g_loaded_gs;

// Queues a runnable task at the tail (round robin).
void enqueue(Task* t) {
    if (t->on_runqueue || t == &g_idle) return;
    t->run_node.insert_before(&g_runqueue);
    t->on_runqueue = true;
}

// Frees tasks that exited; never the one whose stack we are on.
void reap_dead() {
    ListNode* n = g_dead.next;
    while (n != &g_dead) {
        ListNode* next = n->next;
        Task* t = container_of(n, Task, run_node);
        if (t != current()) {
            n->unlink();
            fpu::release(t);
            kfree(reinterpret_cast<void*>(t->kstack_base));
            kdelete(t);
        }
        n = next;
    }
}

// Everything the CPU must know about the next task, then the stack switch.
void switch_to(Task* prev, Task* next) {
    if (next->proc && next->proc->as) vmm::activate(next->proc->as->root());
    gdt::set_kernel_stack(next->kstack_top);
    g_percpu.kernel_rsp = next->kstack_top;
    if (next->proc) load_user_bases(next);
    fpu::switch_to(next);
    g_percpu.current = next;
    g_kstats.context_switches++;
    context_switch(&prev->ksp, next->ksp);
}
} // namespace

// Loads a task's user FS/GS bases into the MSRs when they differ from what
// is loaded (MSR writes are emulated, so they are skipped when possible).
// In the kernel, the user's GS base sits in KERNEL_GS_BASE (swapped).
// With interrupts off: exec and arch_prctl call it preemptibly, and a switch
// between the MSR write and the cache update left the next task running on
// the previous one's base (a vforked child's exec zeroed its parent's FS).
void load_user_bases(Task* t) {
    cpu::IrqGuard guard;
    if (t->fs_base != g_loaded_fs) {
        x86::wrmsr(TANDEM_MSR_FS_BASE, t->fs_base);
        g_loaded_fs = t->fs_base;
    }
    if (t->gs_base != g_loaded_gs) {
        x86::wrmsr(TANDEM_MSR_KERNEL_GS_BASE, t->gs_base);
        g_loaded_gs = t->gs_base;
    }
}

// The boot stack becomes the idle task's stack; GS points at the per-CPU area.
void init() {
    g_idle.tid = 0;
    g_idle.state = TaskState::Runnable;
    g_idle.kstack_base = TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_BOOT_STACK);
    g_idle.kstack_top = TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_BOOT_STACK_TOP);
    kstrlcpy(g_idle.name, "idle", sizeof g_idle.name);
    g_percpu.self = &g_percpu;
    g_percpu.current = &g_idle;
    g_percpu.kernel_rsp = g_idle.kstack_top;
    x86::wrmsr(TANDEM_MSR_GS_BASE, reinterpret_cast<u64>(&g_percpu));
    x86::wrmsr(TANDEM_MSR_KERNEL_GS_BASE, 0);
}

i32 alloc_tid() { return g_next_tid++; }
i32 last_tid() { return g_next_tid - 1; }

// A new task whose first switch "returns" into task_trampoline, which
// calls fn(arg) (r12 = fn, r13 = arg in the initial callee-saved frame).
// It is not runnable until make_runnable.
Task* create_task(const char* name, void (*fn)(void*), void* arg) {
    Task* t = knew<Task>();
    if (!t) return nullptr;
    void* stack = kmalloc(kKernelStackSize);
    if (!stack) {
        kdelete(t);
        return nullptr;
    }
    t->kstack_base = reinterpret_cast<u64>(stack);
    t->kstack_top = t->kstack_base + kKernelStackSize;
    t->tid = alloc_tid();
    kstrlcpy(t->name, name, sizeof t->name);
    u64* sp = reinterpret_cast<u64*>(t->kstack_top - sizeof(TrapFrame));
    *--sp = reinterpret_cast<u64>(task_trampoline); // return address
    *--sp = 0;                                      // rbp
    *--sp = 0;                                      // rbx
    *--sp = reinterpret_cast<u64>(fn);              // r12
    *--sp = reinterpret_cast<u64>(arg);             // r13
    *--sp = 0;                                      // r14
    *--sp = 0;                                      // r15
    t->ksp = reinterpret_cast<u64>(sp);
    t->state = TaskState::Blocked;
    return t;
}

// Frees a task that never ran (clone failed half-way).
void destroy_unstarted(Task* t) {
    fpu::release(t);
    kfree(reinterpret_cast<void*>(t->kstack_base));
    kdelete(t);
}

void make_runnable(Task* t) {
    cpu::IrqGuard guard;
    t->state = TaskState::Runnable;
    enqueue(t);
}

Task* spawn_kernel_thread(const char* name, void (*fn)(void*), void* arg) {
    Task* t = create_task(name, fn, arg);
    if (t) make_runnable(t);
    return t;
}

// Called by task_trampoline on a new task's first run.
extern "C" void task_first_run() {
    reap_dead();
    x86::sti();
}

// Picks the head of the run queue (or idle) and switches to it.
void schedule() {
    cpu::IrqGuard guard;
    Task* prev = current();
    g_percpu.need_resched = 0;
    if (prev->state == TaskState::Runnable) enqueue(prev);
    Task* next = &g_idle;
    if (g_runqueue.linked()) {
        ListNode* n = g_runqueue.next;
        n->unlink();
        next = container_of(n, Task, run_node);
        next->on_runqueue = false;
    }
    if (next != prev) switch_to(prev, next);
    reap_dead();
}

u32 runnable_count() {
    cpu::IrqGuard guard;
    u32 n = current() != &g_idle;
    for (ListNode* p = g_runqueue.next; p != &g_runqueue; p = p->next) n++;
    return n;
}

bool idle() { return current() == &g_idle; }

// A time slice ended: preempt if somebody else can run.
void tick() {
    if (current() != &g_idle && g_runqueue.linked()) g_percpu.need_resched = 1;
}

// Blocked -> runnable.  A task that marked itself blocked but has not
// switched away yet just stays running.
void wake(Task* t) {
    cpu::IrqGuard guard;
    if (t->state != TaskState::Blocked) return;
    t->state = TaskState::Runnable;
    if (t == current()) return;
    enqueue(t);
    if (current() == &g_idle) g_percpu.need_resched = 1;
}

void block_current() { current()->state = TaskState::Blocked; }

// The task's last switch; reap_dead in the next task frees its stack.
void exit_current() {
    x86::cli();
    Task* t = current();
    t->state = TaskState::Dead;
    fpu::release(t);
    t->run_node.insert_before(&g_dead);
    schedule();
    panic("dead task %d was scheduled", t->tid);
}

bool need_resched() { return g_percpu.need_resched != 0; }

// Reschedules while asked to (the caller is at a safe point), unless the
// current task is inside a PreemptGuard: its outermost guard does it.
void preempt_point() {
    if (current()->preempt_off) return;
    while (g_percpu.need_resched) schedule();
}

PreemptGuard::PreemptGuard() { current()->preempt_off++; }

// The reschedule deferred while the region ran, if any, happens now,
// unless the caller has interrupts masked (then it is atomic itself, and the
// next interrupt return or preemption point does it).
PreemptGuard::~PreemptGuard() {
    Task* t = current();
    kassert(t->preempt_off > 0);
    if (--t->preempt_off || !g_percpu.need_resched || !cpu::irqs_enabled()) return;
    cpu::IrqGuard guard;
    preempt_point();
}

// sti;hlt (atomic: the interrupt shadow of sti covers hlt) until work arrives.
void idle_loop() {
    for (;;) {
        x86::cli();
        if (g_percpu.need_resched || g_runqueue.linked()) {
            schedule();
            continue;
        }
        x86::sti_hlt();
    }
}

} // namespace sched

// A kernel thread's function returned: the thread ends.
extern "C" void kthread_return() { sched::exit_current(); }
