// Deadline-ordered sleep list served by the timer interrupt.
#include "sched/sleep.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "dev/clock.h"
#include "dev/timer.h"
#include "proc/signal.h"
#include "sched/sched.h"

namespace sleep {
namespace {
ListNode g_sleepers; // sorted by deadline

Task* task_of(ListNode* n) { return container_of(n, Task, sleep_node); }


// Puts the current task on the deadline list (IRQs off).
void enlist(Task* t, u64 deadline) {
    t->sleep_deadline = deadline;
    ListNode* at = &g_sleepers;
    for (ListNode* n = g_sleepers.next; n != &g_sleepers; n = n->next) {
        if (task_of(n)->sleep_deadline > deadline) break;
        at = n;
    }
    t->sleep_node.insert_after(at);
    timer::reprogram();
}
} // namespace

// Sleeps until the deadline or until a signal the task can take arrives.
bool until(u64 deadline) {
    cpu::IrqGuard guard;
    Task* t = current();
    bool interrupted = false;
    while (clock::monotonic_ns() < deadline) {
        if (signal::interrupt_pending(t)) {
            interrupted = true;
            break;
        }
        // Again after a wake-up that was not the deadline's.
        if (!t->sleep_node.linked()) enlist(t, deadline);
        sched::block_current();
        sched::schedule();
    }
    t->sleep_node.unlink();
    return !interrupted;
}

bool block_until(u64 deadline) {
    Task* t = current();
    if (deadline) {
        if (clock::monotonic_ns() >= deadline) return true;
        enlist(t, deadline);
    }
    sched::block_current();
    sched::schedule();
    if (deadline) {
        t->sleep_node.unlink();
        return clock::monotonic_ns() >= deadline;
    }
    return false;
}

u64 earliest_deadline() {
    cpu::IrqGuard guard;
    return g_sleepers.linked() ? task_of(g_sleepers.next)->sleep_deadline : 0;
}

// Wakes sleepers that are due and takes them off the list: a woken task
// that has not run yet must not keep its past deadline in the list, or the
// timer would be reprogrammed for it again and again (an interrupt storm
// until the task runs).
void wake_expired(u64 now) {
    while (g_sleepers.linked()) {
        Task* t = task_of(g_sleepers.next);
        if (t->sleep_deadline > now) break;
        t->sleep_node.unlink();
        sched::wake(t);
    }
}

void cancel(Task* t) {
    cpu::IrqGuard guard;
    t->sleep_node.unlink();
}

} // namespace sleep
