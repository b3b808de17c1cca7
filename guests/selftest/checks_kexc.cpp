// Kernel-mode exceptions: #UD and #BP arrive on the current stack with the
// right saved RIP, and an IST gate switches to its IST stack.
#include "selftest.h"

extern "C" void probe_ud2(uint64_t* rsp_out);
extern "C" void probe_int3(uint64_t* rsp_out);
extern "C" const uint8_t probe_ud2_insn[], probe_ud2_after[], probe_int3_after[];

// True when the last trap was `vector` from the kernel, pushed on the stack
// that was current at `rsp` (aligned down to 16 bytes, as the CPU does).
static bool on_current_stack(uint64_t vector, uint64_t rsp) {
    bool ok = g_fixup.hit && g_last_trap.vector == vector && g_last_trap.cs == SEL_KCODE &&
              g_last_trap.rsp == rsp && g_last_trap.frame_top == (rsp & ~15ull);
    if (!ok) {
        tap::diag(g_tap, "vector", g_last_trap.vector);
        tap::diag(g_tap, "cs", g_last_trap.cs);
        tap::diag(g_tap, "saved rsp - rsp", g_last_trap.rsp - rsp);
        tap::diag(g_tap, "frame top - rsp", g_last_trap.frame_top - rsp);
    }
    return ok;
}

// Entry of this file: #UD, #BP and an IST gate, each provoked by a probe.
void checks_kernel_exceptions() {
    uint64_t rsp = 0;
    arm_fixup(TANDEM_EXC_UD, addr_of(probe_ud2_insn), addr_of(probe_ud2_insn), addr_of(probe_ud2_after));
    probe_ud2(&rsp);
    bool ok = on_current_stack(TANDEM_EXC_UD, rsp) && g_last_trap.rip == uint64_t(probe_ud2_insn);
    g_fixup.active = false;
    tap::check(g_tap, ok, "kernel #UD (ud2) on the current stack, RIP at ud2");

    arm_fixup(TANDEM_EXC_BP, addr_of(probe_int3_after), addr_of(probe_int3_after), addr_of(probe_int3_after));
    probe_int3(&rsp);
    ok = on_current_stack(TANDEM_EXC_BP, rsp) && g_last_trap.rip == uint64_t(probe_int3_after);
    g_fixup.active = false;
    tap::check(g_tap, ok, "kernel #BP (int3) on the current stack, RIP after int3");

    set_gate_ist(TANDEM_EXC_UD, 1);
    arm_fixup(TANDEM_EXC_UD, addr_of(probe_ud2_insn), addr_of(probe_ud2_insn), addr_of(probe_ud2_after));
    probe_ud2(&rsp);
    ok = g_fixup.hit && g_last_trap.frame_top == g_tss.ist[0] && g_last_trap.rsp == rsp;
    g_fixup.active = false;
    set_gate_ist(TANDEM_EXC_UD, 0);
    if (!ok) tap::diag(g_tap, "frame top - ist1", g_last_trap.frame_top - g_tss.ist[0]);
    tap::check(g_tap, ok, "an IST gate delivers on its IST stack");
}
