// User-mode exceptions: each arrives on TSS.RSP0 with the user CS/SS and
// the architectural RIP and error code, and ends the user run.
#include "selftest.h"

// Runs user code expected to fault; checks vector, RIP, error code and frame.
static bool expect_fault(uint64_t rip, uint64_t vector, uint64_t fault_rip, uint64_t error) {
    int r = run_user(rip);
    volatile TrapRecord& t = g_last_trap;
    bool ok = r == RUN_EXCEPTION && t.vector == vector && t.rip == fault_rip && t.error == error &&
              t.cs == (SEL_UCODE | 3) && t.ss == (SEL_UDATA | 3) && t.rsp == kUserStackTop;
    if (!ok) {
        g_tap.diag("run result", r);
        g_tap.diag("vector", t.vector);
        g_tap.diag("error", t.error);
        g_tap.diag("rip - expected", t.rip - fault_rip);
        g_tap.diag("cs", t.cs);
    }
    return ok;
}

void checks_user_faults() {
    bool ok = expect_fault(user_va(u_ud2), TANDEM_EXC_UD, user_va(u_ud2), 0);
    g_tap.check(ok, "user #UD (ud2) with RIP at ud2");
    g_tap.check(ok && g_last_trap.frame_top == g_tss.rsp[0], "user exceptions are delivered on TSS.RSP0");

    g_tap.check(expect_fault(user_va(u_div0), TANDEM_EXC_DE, user_va(u_div0_insn), 0), "user #DE (divide by zero)");
    g_tap.check(expect_fault(user_va(u_int3), TANDEM_EXC_BP, user_va(u_int3_after), 0),
                "user #BP (int3), saved RIP after int3");
    g_tap.check(expect_fault(kUserCode + kUserCliOff, TANDEM_EXC_GP, kUserCode + kUserCliOff, 0),
                "user #GP on a privileged instruction (cli)");
    g_tap.check(expect_fault(kUserCode + kUserHltOff, TANDEM_EXC_GP, kUserCode + kUserHltOff, 0),
                "user #GP on a privileged instruction (hlt)");
    g_tap.check(expect_fault(user_va(u_noncanon), TANDEM_EXC_GP, user_va(u_noncanon_insn), 0),
                "user #GP on a non-canonical access");
}
