// The armed kernel timers, sorted by deadline.
#include "sched/ktimer.h"
#include "arch/cpu.h"
#include "dev/timer.h"

namespace ktimer {
namespace {
ListNode g_armed;

KTimer* timer_of(ListNode* n) { return container_of(n, KTimer, node); }
} // namespace

void arm(KTimer* t, u64 deadline) {
    {
        cpu::IrqGuard guard;
        t->node.unlink();
        t->deadline = deadline ? deadline : 1;
        ListNode* at = &g_armed;
        for (ListNode* n = g_armed.next; n != &g_armed; n = n->next) {
            if (timer_of(n)->deadline > t->deadline) break;
            at = n;
        }
        t->node.insert_after(at);
    }
    timer::reprogram();
}

void cancel(KTimer* t) {
    cpu::IrqGuard guard;
    t->node.unlink();
}

bool armed(const KTimer* t) { return t->node.linked(); }

u64 earliest() {
    cpu::IrqGuard guard;
    return g_armed.linked() ? timer_of(g_armed.next)->deadline : 0;
}

// Takes each due timer off the list before its callback, which may arm it again.
void expire(u64 now) {
    while (g_armed.linked()) {
        KTimer* t = timer_of(g_armed.next);
        if (t->deadline > now) break;
        t->node.unlink();
        t->fn(t);
    }
}
} // namespace ktimer
