// Timer-interrupt checks: delivery with sti;hlt, the interrupt frame, the
// cli window (pending until sti, then at once), no redelivery, cancel,
// and the clock across the waits.
#include "selftest.h"

extern "C" void probe_sti_hlt(uint64_t* rsp_out);
extern "C" uint32_t probe_sti_window(const volatile uint32_t* counter);
extern "C" const uint8_t probe_hlt_insn[], probe_hlt_after[];

// Programs the one-shot timer for an absolute guest time (0 cancels).
static void arm_timer(uint64_t deadline_ns) {
    x86::outl(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_LO, uint32_t(deadline_ns));
    x86::outl(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_HI, uint32_t(deadline_ns >> 32));
}

// Busy-waits with the current IF until the guest clock passes `t`.
static void spin_until(uint64_t t) {
    while (now_ns() < t) asm volatile("pause");
}

// Entry of this file: the timer checks, in an order where each starts with IF=0.
void checks_irq() {
    x86::cli();
    // 1. sti;hlt wakes up on the timer, at vector 32, after the deadline.
    uint32_t c0 = g_timer_count;
    uint64_t t0 = now_ns();
    uint64_t deadline = t0 + 2000000;
    arm_timer(deadline);
    uint64_t rsp = 0;
    probe_sti_hlt(&rsp);
    uint64_t t1 = now_ns();
    tap::check(g_tap, g_timer_count == c0 + 1, "timer interrupt delivered with IF=1 (sti; hlt)");

    volatile TrapRecord& f = g_last_timer;
    bool frame_ok = f.vector == TANDEM_VEC_TIMER && f.cs == SEL_KCODE && (f.rflags & TANDEM_RFLAGS_IF) &&
                    f.ss == SEL_KDATA && f.rsp == rsp && f.frame_top == (rsp & ~15ull) &&
                    f.rip >= uint64_t(probe_hlt_insn) && f.rip <= uint64_t(probe_hlt_after);
    if (!frame_ok) {
        tap::diag(g_tap, "cs", f.cs);
        tap::diag(g_tap, "ss", f.ss);
        tap::diag(g_tap, "rflags", f.rflags);
        tap::diag(g_tap, "saved rsp - rsp", f.rsp - rsp);
        tap::diag(g_tap, "frame top - rsp", f.frame_top - rsp);
    }
    tap::check(g_tap, frame_ok, "interrupt frame: kernel CS/SS, IF=1 in RFLAGS, RSP saved, 16-byte aligned");
    tap::check(g_tap, t1 >= deadline && t1 > t0, "clock advances past the deadline across a timer wait");

    // 2. An interrupt also arrives while the kernel runs with IF=1 (no hlt, no exit).
    c0 = g_timer_count;
    deadline = now_ns() + 1000000;
    arm_timer(deadline);
    x86::sti();
    while (g_timer_count == c0 && now_ns() < deadline + 500000000) asm volatile("pause");
    x86::cli();
    tap::check(g_tap, g_timer_count == c0 + 1, "timer interrupt delivered while running with IF=1 (no hlt)");

    // 3. The cli window: the timer expires while IF=0 and must wait for sti.
    c0 = g_timer_count;
    deadline = now_ns() + 200000;
    arm_timer(deadline);
    spin_until(deadline + 3000000);
    bool held = g_timer_count == c0;
    tap::check(g_tap, held, "timer interrupt held pending while IF=0");
    uint32_t seen = probe_sti_window(&g_timer_count);
    tap::check(g_tap, held && seen == c0 + 1, "pending timer interrupt delivered right after sti");

    // 4. Edge-triggered: once delivered it does not come again.
    x86::sti();
    spin_until(now_ns() + 2000000);
    x86::cli();
    tap::check(g_tap, g_timer_count == c0 + 1, "a delivered timer interrupt is not delivered again");

    // 5. Writing 0 cancels an armed deadline.
    c0 = g_timer_count;
    deadline = now_ns() + 500000;
    arm_timer(deadline);
    arm_timer(0);
    x86::sti();
    spin_until(deadline + 2000000);
    x86::cli();
    tap::check(g_tap, g_timer_count == c0, "a cancelled timer does not fire");
}
