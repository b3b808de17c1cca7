// Deadline-ordered sleep list served by the timer interrupt.
#include "sched/sleep.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "dev/clock.h"
#include "dev/timer.h"
#include "sched/sched.h"

namespace sleep {
namespace {
ListNode g_sleepers; // sorted by deadline

Task* task_of(ListNode* n) { return container_of(n, Task, sleep_node); }
} // namespace

// Sleeps until the deadline or until a fatal signal wakes the task.
bool until(u64 deadline) {
    cpu::IrqGuard guard;
    Task* t = current();
    t->sleep_deadline = deadline;
    ListNode* at = &g_sleepers;
    for (ListNode* n = g_sleepers.next; n != &g_sleepers; n = n->next) {
        if (task_of(n)->sleep_deadline > deadline) break;
        at = n;
    }
    t->sleep_node.insert_after(at);
    timer::reprogram();
    bool interrupted = false;
    while (clock::monotonic_ns() < deadline) {
        if (current_has_fatal_signal()) {
            interrupted = true;
            break;
        }
        sched::block_current();
        sched::schedule();
    }
    t->sleep_node.unlink();
    return !interrupted;
}

u64 earliest_deadline() {
    cpu::IrqGuard guard;
    return g_sleepers.linked() ? task_of(g_sleepers.next)->sleep_deadline : 0;
}

// Wakes sleepers that are due (they unlink themselves).
void wake_expired(u64 now) {
    for (ListNode* n = g_sleepers.next; n != &g_sleepers; n = n->next) {
        Task* t = task_of(n);
        if (t->sleep_deadline > now) break;
        sched::wake(t);
    }
}

void cancel(Task* t) {
    cpu::IrqGuard guard;
    t->sleep_node.unlink();
}

} // namespace sleep
