// The guest's one-shot timer and its interrupt lines, common to both
// backends: a deadline in guest monotonic nanoseconds (TSC based,
// boot_info.clock) in the virtual CPU, and the rule that a passed deadline
// makes the timer line pending.  vmlib handles the timer's ports itself, so
// programming the timer costs no exit to vmproc.  What follows the deadline
// on the host differs: user-only mode arms a POSIX timer (uo_timer.cpp),
// composite mode lets the module watch the deadline (platform.h 8b).
#include "vmlib.h"

namespace vmlib {

u64 guest_now_ns() {
    u64 tsc = read_tsc();
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

// A deadline that has already passed raises the line at once; the host
// mechanism follows whatever deadline is left.
void timer_program(u64 deadline_ns) {
    count(TANDEM_STAT_TIMER_ARM);
    g_vcpu.state.timer_deadline_ns = deadline_ns;
    check_deadline();
    if (g_host->arm_timer) g_host->arm_timer(g_vcpu.state.timer_deadline_ns);
}

// With the virtual IF clear the line waits (counted) until sti/popf/iretq
// lets it through.
bool check_deadline() {
    u64 deadline = g_vcpu.state.timer_deadline_ns;
    if (!deadline || deadline > guest_now_ns()) return false;
    g_vcpu.state.timer_deadline_ns = 0;
    g_vcpu.state.irq_pending |= TANDEM_IRQ_LINE_BIT(TANDEM_VEC_TIMER);
    if (!g_vcpu.vif) count(TANDEM_STAT_IRQ_DEFERRED);
    return true;
}

void take_raised_lines() {
    g_vcpu.state.irq_pending |= g_run.irq_raise;
    g_run.irq_raise = 0;
}

} // namespace vmlib
