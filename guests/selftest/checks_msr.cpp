// MSR checks: the syscall MSRs round-trip, an unimplemented MSR raises
// #GP in the kernel (recovered through a fixup), and swapgs swaps the GS
// bases that %gs: accesses use.
#include "selftest.h"

extern "C" uint64_t probe_rdmsr(uint32_t msr);
extern "C" void probe_wrmsr(uint32_t msr, uint64_t value);
extern "C" uint64_t probe_gs_read();
extern "C" const uint8_t probe_rdmsr_insn[], probe_rdmsr_after[], probe_wrmsr_insn[], probe_wrmsr_after[];

// An MSR number no x86 CPU implements.
constexpr uint32_t kBogusMsr = 0xdead0001u;

static uint64_t g_gs_a = 0x6a6a6a6a11111111ull, g_gs_b = 0x6b6b6b6b22222222ull;

// The MSRs syscall/sysret depend on keep what is written.
static void check_syscall_msrs() {
    const uint64_t star = (uint64_t(SEL_USER32) << 48) | (uint64_t(SEL_KCODE) << 32);
    const uint64_t lstar = 0x0000100000123450ull, fmask = 0x47700;
    x86::wrmsr(TANDEM_MSR_STAR, star);
    x86::wrmsr(TANDEM_MSR_LSTAR, lstar);
    x86::wrmsr(TANDEM_MSR_FMASK, fmask);
    bool ok = x86::rdmsr(TANDEM_MSR_STAR) == star && x86::rdmsr(TANDEM_MSR_LSTAR) == lstar &&
              x86::rdmsr(TANDEM_MSR_FMASK) == fmask;
    x86::wrmsr(TANDEM_MSR_LSTAR, lstar + 0x10);
    ok = ok && x86::rdmsr(TANDEM_MSR_LSTAR) == lstar + 0x10;
    tap::check(g_tap, ok, "wrmsr/rdmsr STAR, LSTAR, FMASK round trip");
}

// rdmsr/wrmsr of an unimplemented MSR: #GP(0) at the instruction, resumed after it.
static void check_bogus_msr() {
    arm_fixup(TANDEM_EXC_GP, addr_of(probe_rdmsr_insn), addr_of(probe_rdmsr_after) - 1, addr_of(probe_rdmsr_after));
    probe_rdmsr(kBogusMsr);
    bool ok = g_fixup.hit && g_last_trap.vector == TANDEM_EXC_GP && g_last_trap.error == 0 &&
              g_last_trap.cs == SEL_KCODE;
    if (!ok) tap::diag(g_tap, "trap rip", g_last_trap.rip);
    g_fixup.active = false;
    tap::check(g_tap, ok, "rdmsr of an unimplemented MSR raises #GP(0) in the kernel");

    arm_fixup(TANDEM_EXC_GP, addr_of(probe_wrmsr_insn), addr_of(probe_wrmsr_after) - 1, addr_of(probe_wrmsr_after));
    probe_wrmsr(kBogusMsr, 1);
    ok = g_fixup.hit && g_last_trap.vector == TANDEM_EXC_GP && g_last_trap.error == 0;
    g_fixup.active = false;
    tap::check(g_tap, ok, "wrmsr of an unimplemented MSR raises #GP(0) in the kernel");
}

// swapgs exchanges GS_BASE and KERNEL_GS_BASE, as %gs:0 and rdmsr both show.
static void check_swapgs() {
    x86::wrmsr(TANDEM_MSR_GS_BASE, uint64_t(&g_gs_a));
    x86::wrmsr(TANDEM_MSR_KERNEL_GS_BASE, uint64_t(&g_gs_b));
    uint64_t before = probe_gs_read();
    x86::swapgs();
    uint64_t after = probe_gs_read();
    uint64_t gs = x86::rdmsr(TANDEM_MSR_GS_BASE), kgs = x86::rdmsr(TANDEM_MSR_KERNEL_GS_BASE);
    x86::swapgs();
    uint64_t again = probe_gs_read();
    x86::wrmsr(TANDEM_MSR_GS_BASE, 0);
    x86::wrmsr(TANDEM_MSR_KERNEL_GS_BASE, 0);
    tap::check(g_tap, before == g_gs_a && after == g_gs_b && again == g_gs_a && gs == uint64_t(&g_gs_b) &&
                    kgs == uint64_t(&g_gs_a),
                "swapgs swaps GS_BASE and KERNEL_GS_BASE (%gs:0 follows)");
}

// Entry of this file.
void checks_msr() {
    check_syscall_msrs();
    check_bogus_msr();
    check_swapgs();
}
