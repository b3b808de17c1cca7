// The host side of the guest timer in user-only mode: a POSIX timer that
// signals the vCPU thread when the guest's deadline (timer.cpp) passes, and
// looks again shortly when an interrupt or a stop request found vmlib busy.
#include "uo_backend.h"

namespace vmlib {

namespace uo {

static int g_timer_id = -1;

// Arms the host timer to fire `ns` from now (0 disarms).
static void host_timer_in(u64 ns) {
    host::Itimerspec its{};
    its.value.sec = int64_t(ns / 1000000000ull);
    its.value.nsec = int64_t(ns % 1000000000ull);
    vmlib_host_syscall(host::kSysTimerSettime, g_timer_id, 0, reinterpret_cast<long>(&its), 0);
}

int timer_init() {
    struct {
        u64 value;
        int32_t signo, notify;
        int32_t tid;
        int32_t pad[11];
    } sev{};
    sev.signo = int32_t(g_cfg.timer_signal);
    sev.notify = 4;  // SIGEV_THREAD_ID
    sev.tid = int32_t(vmlib_host_syscall(host::kSysGettid));
    int id = -1;
    long r = vmlib_host_syscall(host::kSysTimerCreate, 1 /* CLOCK_MONOTONIC */, reinterpret_cast<long>(&sev),
                                reinterpret_cast<long>(&id));
    if (r < 0) return int(r);
    g_timer_id = id;
    return 0;
}

void timer_fini() {
    if (g_timer_id >= 0) vmlib_host_syscall(host::kSysTimerDelete, g_timer_id);
    g_timer_id = -1;
}

// Follows the guest's deadline (0 = none).  A stop request still waiting
// for vmlib keeps its retry: reprogramming must not push the host timer
// beyond it.
void arm_timer(u64 deadline_ns) {
    u64 in = 0;
    if (deadline_ns) {
        u64 now = guest_now_ns();
        in = deadline_ns > now ? deadline_ns - now : 1;
    }
    if (g_stop_pending && (!in || in > TANDEM_IRQ_RETRY_NS)) in = TANDEM_IRQ_RETRY_NS;
    host_timer_in(in);
}

// The host timer fired: raise the guest's timer line if its deadline passed,
// otherwise (an early or retry expiry) re-arm for what remains.
void on_timer_signal() {
    u64 deadline = g_vcpu.state.timer_deadline_ns;
    if (!deadline || check_deadline()) return;
    u64 now = guest_now_ns();
    host_timer_in(deadline > now ? deadline - now : 1);
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
