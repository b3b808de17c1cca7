// Wait queues: the building block of every blocking system call.
#include "sched/waitqueue.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "sched/sched.h"
#include "sched/sleep.h"

// Blocks until wake_*; IRQs are off throughout, so no wakeup is lost.
void WaitQueue::sleep_locked() {
    Task* t = current();
    sched::block_current();
    t->wait_node.insert_before(&waiters_);
    sched::schedule();
    t->wait_node.unlink();
}

// The same with a deadline (0 = none); true if it passed.
bool WaitQueue::sleep_locked_until(u64 deadline) {
    Task* t = current();
    t->wait_node.insert_before(&waiters_);
    bool expired = sleep::block_until(deadline);
    t->wait_node.unlink();
    return expired;
}

// Wakes everyone; each sleeper re-checks its own condition.
void WaitQueue::wake_all() {
    cpu::IrqGuard guard;
    while (waiters_.linked()) {
        ListNode* n = waiters_.next;
        n->unlink();
        sched::wake(container_of(n, Task, wait_node));
    }
}

// Wakes the first sleeper only.
void WaitQueue::wake_one() {
    cpu::IrqGuard guard;
    if (!waiters_.linked()) return;
    ListNode* n = waiters_.next;
    n->unlink();
    sched::wake(container_of(n, Task, wait_node));
}
