// Preemption self-test: only the timer can move the CPU between two threads
// that spin without yielding, so each seeing the other's counter advance
// proves preemptive round-robin scheduling works.
#include "sched/selftest.h"
#include "arch/cpu.h"
#include "dev/clock.h"
#include "lib/kprintf.h"
#include "sched/sched.h"

namespace sched_selftest {
namespace {
constexpr u64 kLimitNs = 2'000'000'000;

struct Spinner {
    volatile u64 count;
    volatile u64 seen_other; // the other's count observed after ours started
    volatile bool done;
    Spinner* other;
};
Spinner g_a, g_b;

// Spins until the other thread has visibly run twice, or the time limit.
void spin(void* arg) {
    Spinner* me = static_cast<Spinner*>(arg);
    u64 start_other = me->other->count;
    u64 deadline = clock::monotonic_ns() + kLimitNs;
    u64 switches = 0, last = start_other;
    while (switches < 2 && clock::monotonic_ns() < deadline) {
        me->count = me->count + 1;
        u64 now = me->other->count;
        if (now != last) {
            switches++;
            last = now;
        }
    }
    me->seen_other = switches;
    me->done = true;
}
} // namespace

void run() {
    g_a.other = &g_b;
    g_b.other = &g_a;
    if (!sched::spawn_kernel_thread("spin-a", spin, &g_a) || !sched::spawn_kernel_thread("spin-b", spin, &g_b)) {
        kprintf("ktest: cannot create threads\n");
        return;
    }
    // Let them run (the boot context is the idle task).
    while (!(g_a.done && g_b.done)) {
        x86::cli();
        sched::schedule();
        x86::sti_hlt();
    }
    bool ok = g_a.seen_other >= 2 && g_b.seen_other >= 2;
    kprintf("ktest: preemption %s (a=%lu b=%lu)\n", ok ? "ok" : "FAILED", u64(g_a.count), u64(g_b.count));
}

} // namespace sched_selftest
