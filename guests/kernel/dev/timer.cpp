// Timer device driver: the deadline is absolute guest monotonic time.
#include "dev/timer.h"
#include "arch/cpu.h"
#include "dev/clock.h"
#include "sched/sched.h"
#include "sched/sleep.h"
#include "arch/percpu.h"
#include "proc/process.h"
#include "sched/task.h"
#include "proc/itimer.h"
#include "sched/ktimer.h"
#include "proc/cputime.h"

namespace timer {
EntrySamples g_entry;

namespace {
u64 g_next_tick;
u64 g_armed;            // the deadline the device holds now

// Programs the device: low half latched at +0, the high half at +4 arms it.
void arm(u64 deadline_ns) {
    if (deadline_ns == 0) deadline_ns = 1; // 0:0 would cancel
    g_armed = deadline_ns;
    x86::outl(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_LO, u32(deadline_ns));
    x86::outl(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_HI, u32(deadline_ns >> 32));
}
} // namespace

// Starts the periodic tick.
void init() {
    g_next_tick = clock::monotonic_ns() + kTickNs;
    reprogram();
}

// Chooses the next expiry: the scheduler tick, or an earlier sleeper or
// process alarm (ITIMER_REAL) or kernel timer.
void reprogram() {
    cpu::IrqGuard guard;
    u64 deadline = g_next_tick;
    u64 sleeper = sleep::earliest_deadline();
    if (sleeper && sleeper < deadline) deadline = sleeper;
    u64 alarm = itimer::earliest_deadline();
    if (alarm && alarm < deadline) deadline = alarm;
    u64 kt = ktimer::earliest();
    if (kt && kt < deadline) deadline = kt;
    arm(deadline);
}

// Timer interrupt: handles the tick (time slice) and due sleepers.
void irq(bool from_user) {
    u64 now = clock::monotonic_ns();
    // The probe: how long after its deadline the interrupt reached this
    // handler (the vCPU's delivery path: host timer, vmlib or tandem.ko,
    // the guest IDT), for interrupts that found user code running.
    if (from_user && g_armed && now >= g_armed) g_entry.ns[g_entry.count++ % kEntrySamples] = now - g_armed;
    g_armed = 0;
    if (now >= g_next_tick) {
        g_next_tick = now + kTickNs;
        sched::tick();
        if (Process* p = current()->proc) (from_user ? p->utime_ns : p->stime_ns) += kTickNs;
        cputime::tick(from_user, sched::idle(), sched::runnable_count());
    }
    sleep::wake_expired(now);
    itimer::expire(now);
    ktimer::expire(now);
    reprogram();
}

const EntrySamples& entry_samples() { return g_entry; }

} // namespace timer
