// The host side of the guest timer in user-only mode: a POSIX timer that
// signals the space's thread when the guest's deadline (timer.cpp) passes,
// and looks again shortly when an interrupt found vmlib busy.
#include "uo_backend.h"

namespace vmlib {

namespace uo {

// Arms the host timer to fire `ns` from now (0 disarms).
static void host_timer_in(u64 ns) {
    host::Itimerspec its{};
    its.value.sec = int64_t(ns / 1000000000ull);
    its.value.nsec = int64_t(ns % 1000000000ull);
    count(TANDEM_STAT_HOST_TIMER);
    vmlib_host_syscall(host::kSysTimerSettime, long(g_local->timer_id), 0, reinterpret_cast<long>(&its), 0);
}

// Follows the guest's deadline (0 = none), and the next sample while
// profiling.
void arm_timer(u64 deadline_ns) {
    u64 in = 0;
    if (deadline_ns) {
        u64 now = guest_now_ns();
        in = deadline_ns > now ? deadline_ns - now : 1;
    }
    if (g_cfg.profile_interval_ns) in = profile_clamp(in);
    host_timer_in(in);
}

void disarm_timer() { host_timer_in(0); }

// The host timer fired: raise the guest's timer line if its deadline passed,
// otherwise (an early, retry or sampling expiry) re-arm for what remains;
// while profiling, re-arm for the next sample in any case.
void on_timer_signal() {
    u64 deadline = g_vcpu.state.timer_deadline_ns;
    bool passed = !deadline || check_deadline();
    if (passed && !g_cfg.profile_interval_ns) return;
    arm_timer(g_vcpu.state.timer_deadline_ns);
}

// Another vmproc thread ORed lines into the run record and sent the timer
// signal (vmproc's inject): they become pending like the timer's.
void take_async_lines() {
    u64 lines = __atomic_exchange_n(&g_run.irq_async, 0, __ATOMIC_ACQ_REL);
    if (!lines) return;
    g_vcpu.state.irq_pending |= lines;
    count(TANDEM_STAT_IRQ_ASYNC);
}

// An interrupt is due but the vCPU was inside vmlib: look again in
// TANDEM_IRQ_RETRY_NS (or at the guest's deadline if sooner).
void arm_retry() {
    count(TANDEM_STAT_IRQ_RETRY);
    u64 ns = TANDEM_IRQ_RETRY_NS;
    u64 deadline = g_vcpu.state.timer_deadline_ns;
    if (deadline) {
        u64 now = guest_now_ns();
        if (deadline > now && deadline - now < ns) ns = deadline - now;
    }
    host_timer_in(ns ? ns : 1);
}

} // namespace uo
} // namespace vmlib
