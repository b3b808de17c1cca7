// User-mode exceptions and interrupts: each arrives on TSS.RSP0 with the
// user CS/SS and the architectural RIP and error code, and ends the user run.
#include "selftest.h"

// Runs user code expected to fault; checks vector, RIP, error code and frame.
static bool expect_fault(uint64_t rip, uint64_t vector, uint64_t fault_rip, uint64_t error,
                         int reason = RUN_EXCEPTION) {
    int r = run_user(rip);
    volatile TrapRecord& t = g_last_trap;
    bool ok = r == reason && t.vector == vector && t.rip == fault_rip && t.error == error &&
              t.cs == (SEL_UCODE | 3) && t.ss == (SEL_UDATA | 3) && t.rsp == kUserStackTop;
    if (!ok) {
        tap::diag(g_tap, "run result", r);
        tap::diag(g_tap, "vector", t.vector);
        tap::diag(g_tap, "error", t.error);
        tap::diag(g_tap, "rip - expected", t.rip - fault_rip);
        tap::diag(g_tap, "cs", t.cs);
    }
    return ok;
}

static void check_user_preemption();

// iretq to user mode with TF set: #DB after exactly one user instruction.
static bool expect_single_step() {
    UserRegs r = user_regs_at(user_va(u_step));
    r.rflags |= TANDEM_RFLAGS_TF;
    g_trap_count = 0;
    int run = user_enter(&r);
    volatile TrapRecord& t = g_last_trap;
    bool ok = run == RUN_EXCEPTION && t.vector == TANDEM_EXC_DB && t.rip == user_va(u_step_after) &&
              (t.rflags & TANDEM_RFLAGS_TF) && t.cs == (SEL_UCODE | 3);
    if (!ok) {
        tap::diag(g_tap, "run result", run);
        tap::diag(g_tap, "vector", t.vector);
        tap::diag(g_tap, "rip - expected", t.rip - user_va(u_step_after));
    }
    return ok;
}

// Entry of this file: one user run per exception kind, then timer preemption.
void checks_user_faults() {
    bool ok = expect_fault(user_va(u_ud2), TANDEM_EXC_UD, user_va(u_ud2), 0);
    tap::check(g_tap, ok, "user #UD (ud2) with RIP at ud2");
    tap::check(g_tap, ok && g_last_trap.frame_top == g_tss.rsp[0], "user exceptions are delivered on TSS.RSP0");

    tap::check(g_tap, expect_fault(user_va(u_div0), TANDEM_EXC_DE, user_va(u_div0_insn), 0), "user #DE (divide by zero)");
    tap::check(g_tap, expect_fault(user_va(u_int3), TANDEM_EXC_BP, user_va(u_int3_after), 0),
                "user #BP (int3), saved RIP after int3");
    tap::check(g_tap, expect_fault(kUserCode + kUserCliOff, TANDEM_EXC_GP, kUserCode + kUserCliOff, 0),
                "user #GP on a privileged instruction (cli)");
    tap::check(g_tap, expect_fault(kUserCode + kUserHltOff, TANDEM_EXC_GP, kUserCode + kUserHltOff, 0),
                "user #GP on a privileged instruction (hlt)");
    tap::check(g_tap, expect_fault(user_va(u_noncanon), TANDEM_EXC_GP, user_va(u_noncanon_insn), 0),
                "user #GP on a non-canonical access");
    tap::check(g_tap, expect_fault(kUserCode + kUserIntUserOff, VEC_USER_INT, kUserCode + kUserIntUserOff + 2, 0,
                                   RUN_INTERRUPT),
                "user int $n through a DPL3 gate, saved RIP after it");
    tap::check(g_tap, expect_fault(kUserCode + kUserIntKernelOff, TANDEM_EXC_GP, kUserCode + kUserIntKernelOff,
                                   VEC_KERNEL_INT * 8 + 2),
                "user int $n through a DPL0 gate raises #GP(n*8+2)");
    tap::check(g_tap, expect_single_step(), "user single step (TF) raises #DB after one instruction");
    check_user_preemption();
}

// The timer preempts user code that spins with IF=1.
static void check_user_preemption() {
    uint64_t deadline = now_ns() + 1000000;
    x86::outl(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_LO, uint32_t(deadline));
    x86::outl(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_HI, uint32_t(deadline >> 32));
    uint32_t c0 = g_timer_count;
    int r = run_user(user_va(u_spin), 1ull << 32);
    volatile TrapRecord& t = g_last_trap;
    bool ok = r == RUN_INTERRUPT && t.vector == TANDEM_VEC_TIMER && g_timer_count == c0 + 1 &&
              t.cs == (SEL_UCODE | 3) && (t.rflags & TANDEM_RFLAGS_IF) && t.frame_top == g_tss.rsp[0] &&
              t.rip >= user_va(u_spin) && t.rip <= user_va(u_spin_end);
    if (!ok) {
        tap::diag(g_tap, "run result", r);
        tap::diag(g_tap, "vector", t.vector);
    }
    tap::check(g_tap, ok, "timer interrupt preempts user mode (frame on TSS.RSP0, user CS)");
}
