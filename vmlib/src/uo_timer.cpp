// The guest's one-shot timer in user-only mode: a deadline in guest
// monotonic nanoseconds (TSC based, boot_info.clock), backed by a host POSIX
// timer that signals the vCPU thread.  vmlib handles the timer's ports
// itself so programming the timer costs no exit to vmproc.
#include "uo_backend.h"

namespace vmlib {

u64 guest_now_ns() {
    u32 lo, hi;
    asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
    u64 tsc = (u64(hi) << 32) | lo;
    const tandem_clock& c = g_vcpu.boot->clock;
    unsigned __int128 d = tsc - c.tsc_at_boot;
    return u64((d * c.tsc_to_ns_mult) >> c.tsc_to_ns_shift);
}

bool local_port_out(u16 port, u32 value, u8) {
    if (port == TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_LO) {
        g_vcpu.timer_latch = value;
        return true;
    }
    if (port == TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_HI) {
        timer_program((u64(value) << 32) | g_vcpu.timer_latch);
        return true;
    }
    return false;
}

void timer_program(u64 deadline_ns) {
    count(TANDEM_STAT_TIMER_ARM);
    g_backend->arm_timer(deadline_ns);
}

namespace uo {

int g_timer_id = -1;

// Arms the host timer to fire `ns` from now (0 disarms).
static void host_timer_in(u64 ns) {
    host::Itimerspec its{};
    its.value.sec = int64_t(ns / 1000000000ull);
    its.value.nsec = int64_t(ns % 1000000000ull);
    vmlib_host_syscall(host::kSysTimerSettime, g_timer_id, 0, reinterpret_cast<long>(&its), 0);
}

// The deadline passed: the timer line goes pending; with the virtual IF
// clear it waits (counted) until sti/popf/iretq lets it through.
static void raise_timer_line() {
    g_vcpu.state.irq_pending |= 1ull << (TANDEM_VEC_TIMER - TANDEM_VEC_FIRST_IRQ);
    if (!g_vcpu.vif) count(TANDEM_STAT_IRQ_DEFERRED);
}

// The guest programmed its timer.
void arm_timer(u64 deadline_ns) {
    g_vcpu.state.timer_deadline_ns = deadline_ns;
    u64 in = 0;
    if (deadline_ns) {
        u64 now = guest_now_ns();
        if (deadline_ns <= now) {
            g_vcpu.state.timer_deadline_ns = 0;
            raise_timer_line();
        } else {
            in = deadline_ns - now;
        }
    }
    host_timer_in(in);
}

// The host timer fired: raise the guest's timer line if its deadline passed,
// otherwise (an early or retry expiry) re-arm for what remains.
void on_timer_signal() {
    u64 deadline = g_vcpu.state.timer_deadline_ns;
    if (!deadline) return;
    u64 now = guest_now_ns();
    if (now >= deadline) {
        g_vcpu.state.timer_deadline_ns = 0;
        raise_timer_line();
    } else {
        host_timer_in(deadline - now);
    }
}

// Another vmproc thread ORed lines into the run record and sent the timer
// signal (vmproc's Backend::inject): they become pending like the timer's.
void take_async_lines() {
    u64 lines = __atomic_exchange_n(&g_run.irq_async, 0, __ATOMIC_ACQ_REL);
    if (!lines) return;
    g_vcpu.state.irq_pending |= lines;
    count(TANDEM_STAT_IRQ_ASYNC);
}

// An interrupt is due but the vCPU was inside vmlib: look again in 50 us.
void arm_retry() {
    count(TANDEM_STAT_IRQ_RETRY);
    u64 ns = kRetryNs;
    u64 deadline = g_vcpu.state.timer_deadline_ns;
    if (deadline) {
        u64 now = guest_now_ns();
        if (deadline > now && deadline - now < ns) ns = deadline - now;
    }
    host_timer_in(ns ? ns : 1);
}

} // namespace uo
} // namespace vmlib
