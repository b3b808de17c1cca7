// MSR checks: the syscall MSRs round-trip, an unimplemented MSR raises
// #GP in the kernel (recovered through a fixup), and swapgs swaps the GS
// bases that %gs: accesses use.
#include "selftest.h"

extern "C" uint64_t probe_rdmsr(uint32_t msr);
extern "C" void probe_wrmsr(uint32_t msr, uint64_t value);
extern "C" uint64_t probe_gs_read();
extern "C" void probe_preserve();
extern "C" uint64_t g_preserve_after[17], g_preserve_rsp;
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
// Rewritten sites keep every register and flag their instruction does not
// define, on the stack they were reached with; rdmsr defines exactly RDX:EAX.
static void check_register_preservation() {
    probe_preserve();
    uint64_t star = x86::rdmsr(TANDEM_MSR_STAR);
    static const uint64_t kPattern[16] = {
        0, 0xc0000081, 0, 0x4444444444444403, 0, 0x6666666666666605, 0x7777777777777706, 0x8888888888888807,
        0x9999999999999908, 0xaaaaaaaaaaaaaa09, 0xbbbbbbbbbbbbbb0a, 0xcccccccccccccc0b, 0xdddddddddddddd0c,
        0xeeeeeeeeeeeeee0d, 0xffffffffffffff0e, 0x123456789abcde0f};
    bool regs_ok = g_preserve_rsp == 0;
    for (int i = 0; i < 16; i++) {
        if (i == TANDEM_RAX || i == TANDEM_RDX || i == TANDEM_RSP) continue;
        if (g_preserve_after[i] != kPattern[i]) {
            tap::diag(g_tap, "register (tandem_gpr order) changed by a site", uint64_t(i));
            regs_ok = false;
        }
    }
    if (g_preserve_rsp != 0) tap::diag(g_tap, "RSP drift", g_preserve_rsp);
    tap::check(g_tap, regs_ok, "rewritten sites (cli, wbinvd, swapgs, sgdt, sidt, invlpg, pushf/popf) keep all GPRs");
    uint64_t f = g_preserve_after[16];
    uint64_t want = TANDEM_RFLAGS_CF | TANDEM_RFLAGS_OF | TANDEM_RFLAGS_DF;
    uint64_t mask = want | TANDEM_RFLAGS_ZF | TANDEM_RFLAGS_SF | TANDEM_RFLAGS_IF;
    if ((f & mask) != want) tap::diag(g_tap, "flags", f);
    tap::check(g_tap, (f & mask) == want, "rewritten sites keep CF/OF/ZF/SF/DF (IF as cli left it)");
    bool rdmsr_ok = g_preserve_after[TANDEM_RAX] == (star & 0xffffffffu) && g_preserve_after[TANDEM_RDX] == (star >> 32);
    tap::check(g_tap, rdmsr_ok, "rdmsr in a rewritten string defines exactly EDX:EAX (zero-extended)");
}

void checks_msr() {
    check_syscall_msrs();
    check_bogus_msr();
    check_swapgs();
    check_register_preservation();
}
