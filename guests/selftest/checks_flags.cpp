// Interrupt-flag checks: cli/sti/popf as seen through pushf.
#include "selftest.h"

static bool if_set() { return x86::save_flags() & TANDEM_RFLAGS_IF; }

// Entry of this file: IF through cli, sti and popf, read back with pushf.
void checks_flags() {
    // No timer may fire in the windows below.
    x86::outl(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_LO, 0);
    x86::outl(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_HI, 0);

    x86::cli();
    bool off = !if_set();
    tap::check(g_tap, off, "cli clears IF (pushf shows IF=0)");

    x86::sti();
    bool on = if_set();
    x86::cli();
    tap::check(g_tap, on, "sti sets IF (pushf shows IF=1)");

    uint64_t f = x86::save_flags();
    x86::restore_flags(f | TANDEM_RFLAGS_IF);
    bool popf_on = if_set();
    x86::restore_flags(f & ~TANDEM_RFLAGS_IF);
    bool popf_off = !if_set();
    tap::check(g_tap, popf_on && popf_off, "popf sets and clears IF");

    // popf also keeps the arithmetic flags it is given (one asm block, so
    // no compiler-generated arithmetic sits between popf and pushf).
    uint64_t in_cf = (f & ~TANDEM_RFLAGS_IF) | TANDEM_RFLAGS_CF, out_cf, in_nocf = f & ~(TANDEM_RFLAGS_IF | TANDEM_RFLAGS_CF), out_nocf;
    asm volatile("pushq %1\n\tpopfq\n\tpushfq\n\tpopq %0" : "=r"(out_cf) : "r"(in_cf) : "memory", "cc");
    asm volatile("pushq %1\n\tpopfq\n\tpushfq\n\tpopq %0" : "=r"(out_nocf) : "r"(in_nocf) : "memory", "cc");
    tap::check(g_tap, (out_cf & TANDEM_RFLAGS_CF) && !(out_nocf & TANDEM_RFLAGS_CF), "pushf/popf carry the arithmetic flags");
}
