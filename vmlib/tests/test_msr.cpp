// rdmsr/wrmsr, swapgs, rd/wr{fs,gs}base, rdpmc, and the register-operand helpers.
#include "fixture.h"

using namespace testenv;
using vmlib::g_vcpu;

namespace {

constexpr u64 kGarbageHigh = 0xdead000000000000ull;

class Msr : public EmuTest {
protected:
    // rdmsr of `msr`; returns EDX:EAX (and checks the upper halves are clear).
    u64 rdmsr(u32 msr) {
        regs.gpr[TANDEM_RCX] = kGarbageHigh | msr;
        regs.gpr[TANDEM_RAX] = ~0ull;
        regs.gpr[TANDEM_RDX] = ~0ull;
        tandem_site s = make_site(TANDEM_SITE_RDMSR);
        EXPECT_EQ(run_vmlib([&] { vmlib::emulate_rdmsr(s, regs); }), Outcome::kReturned);
        EXPECT_EQ(regs.gpr[TANDEM_RAX] >> 32, 0u);
        EXPECT_EQ(regs.gpr[TANDEM_RDX] >> 32, 0u);
        return (regs.gpr[TANDEM_RDX] << 32) | regs.gpr[TANDEM_RAX];
    }
    // wrmsr of `value` to `msr`, with garbage in the ignored upper halves.
    Outcome wrmsr(u32 msr, u64 value) {
        regs.gpr[TANDEM_RCX] = kGarbageHigh | msr;
        regs.gpr[TANDEM_RAX] = kGarbageHigh | (value & 0xffffffff);
        regs.gpr[TANDEM_RDX] = kGarbageHigh | (value >> 32);
        tandem_site s = make_site(TANDEM_SITE_WRMSR);
        return run_vmlib([&] { vmlib::emulate_wrmsr(s, regs); });
    }
};

TEST_F(Msr, RdmsrOfEachImplementedMsr) {
    tandem_vcpu_state& s = g_vcpu.state;
    s.efer = 0xd01;
    s.star = 0x0023001000000000ull;
    s.lstar = DM + 0x201000;
    s.cstar = DM + 0x202000;
    s.fmask = 0x47700;
    s.fs_base = 0x7fff12345678ull;
    s.gs_base = DM + 0x1000;
    s.kernel_gs_base = 0x7ffe00000000ull;
    s.tsc_aux = 0xabcdef12;
    EXPECT_EQ(rdmsr(TANDEM_MSR_EFER), 0xd01u);
    EXPECT_EQ(rdmsr(TANDEM_MSR_STAR), 0x0023001000000000ull);
    EXPECT_EQ(rdmsr(TANDEM_MSR_LSTAR), DM + 0x201000);
    EXPECT_EQ(rdmsr(TANDEM_MSR_CSTAR), DM + 0x202000);
    EXPECT_EQ(rdmsr(TANDEM_MSR_FMASK), 0x47700u);
    EXPECT_EQ(rdmsr(TANDEM_MSR_FS_BASE), 0x7fff12345678ull);
    EXPECT_EQ(rdmsr(TANDEM_MSR_GS_BASE), DM + 0x1000);
    EXPECT_EQ(rdmsr(TANDEM_MSR_KERNEL_GS_BASE), 0x7ffe00000000ull);
    EXPECT_EQ(rdmsr(TANDEM_MSR_TSC_AUX), 0xabcdef12u);
}

TEST_F(Msr, WrmsrOfEachImplementedMsr) {
    tandem_vcpu_state& s = g_vcpu.state;
    ASSERT_EQ(wrmsr(TANDEM_MSR_STAR, 0x0023001000000000ull), Outcome::kReturned);
    EXPECT_EQ(s.star, 0x0023001000000000ull);
    ASSERT_EQ(wrmsr(TANDEM_MSR_LSTAR, DM + 0x201000), Outcome::kReturned);
    EXPECT_EQ(s.lstar, DM + 0x201000);
    ASSERT_EQ(wrmsr(TANDEM_MSR_CSTAR, 0xffff800000001000ull), Outcome::kReturned);
    EXPECT_EQ(s.cstar, 0xffff800000001000ull);
    ASSERT_EQ(wrmsr(TANDEM_MSR_FMASK, 0x1234000047700ull), Outcome::kReturned);
    EXPECT_EQ(s.fmask, 0x47700u);
    ASSERT_EQ(wrmsr(TANDEM_MSR_KERNEL_GS_BASE, 0x7ffe00000000ull), Outcome::kReturned);
    EXPECT_EQ(s.kernel_gs_base, 0x7ffe00000000ull);
    ASSERT_EQ(wrmsr(TANDEM_MSR_TSC_AUX, 0x1200000034ull), Outcome::kReturned);
    EXPECT_EQ(s.tsc_aux, 0x34u);
    EXPECT_TRUE(g_calls.fs_loads.empty());
    EXPECT_TRUE(g_calls.gs_loads.empty());

    ASSERT_EQ(wrmsr(TANDEM_MSR_FS_BASE, 0x7fff12345678ull), Outcome::kReturned);
    EXPECT_EQ(s.fs_base, 0x7fff12345678ull);
    EXPECT_EQ(g_calls.fs_loads, std::vector<u64>{0x7fff12345678ull});
    ASSERT_EQ(wrmsr(TANDEM_MSR_GS_BASE, DM + 0x1000), Outcome::kReturned);
    EXPECT_EQ(s.gs_base, DM + 0x1000);
    EXPECT_EQ(g_calls.gs_loads, std::vector<u64>{DM + 0x1000});
}

TEST_F(Msr, EferWriteKeepsLongModeAndChangesOnlySceNxe) {
    u64 lm = TANDEM_EFER_LME | TANDEM_EFER_LMA;
    ASSERT_EQ(wrmsr(TANDEM_MSR_EFER, 0), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.efer, lm);
    ASSERT_EQ(wrmsr(TANDEM_MSR_EFER, TANDEM_EFER_SCE), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.efer, lm | TANDEM_EFER_SCE);
    ASSERT_EQ(wrmsr(TANDEM_MSR_EFER, TANDEM_EFER_NXE | lm), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.efer, lm | TANDEM_EFER_NXE);
    EXPECT_EQ(rdmsr(TANDEM_MSR_EFER), lm | TANDEM_EFER_NXE);
}

TEST_F(Msr, NonCanonicalBasesAreGp) {
    for (u32 msr : {TANDEM_MSR_LSTAR, TANDEM_MSR_CSTAR, TANDEM_MSR_KERNEL_GS_BASE, TANDEM_MSR_FS_BASE,
                    TANDEM_MSR_GS_BASE}) {
        SCOPED_TRACE(msr);
        reset_regs();
        Outcome o = wrmsr(msr, 0x0000800000000000ull);
        expect_fault_at_site(o, TANDEM_EXC_GP, 0);
    }
    EXPECT_EQ(g_vcpu.state.lstar, 0u);
    EXPECT_EQ(g_vcpu.state.fs_base, 0u);
    EXPECT_TRUE(g_calls.fs_loads.empty());
    EXPECT_TRUE(g_calls.gs_loads.empty());
}

TEST_F(Msr, UnknownMsrReadIsGpAtTheSite) {
    regs.gpr[TANDEM_RCX] = 0x1b;  // IA32_APIC_BASE: not implemented
    regs.gpr[TANDEM_RAX] = 0x1111;
    regs.gpr[TANDEM_RDX] = 0x2222;
    tandem_site s = make_site(TANDEM_SITE_RDMSR);
    Outcome o = run_vmlib([&] { vmlib::emulate_rdmsr(s, regs); });
    expect_fault_at_site(o, TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_kernel_area[0], 0x1111u);  // rax
    EXPECT_EQ(g_kernel_area[2], 0x2222u);  // rdx
}

TEST_F(Msr, UnknownMsrWriteIsGpAtTheSite) {
    expect_fault_at_site(wrmsr(0xc0000104, 5), TANDEM_EXC_GP, 0);
}

TEST_F(Msr, SwapgsSwapsAndLoadsGsBase) {
    g_vcpu.state.gs_base = 0x7fff00001000ull;
    g_vcpu.state.kernel_gs_base = DM + 0x2000;
    vmlib::emulate_swapgs(make_site(TANDEM_SITE_SWAPGS), regs);
    EXPECT_EQ(g_vcpu.state.gs_base, DM + 0x2000);
    EXPECT_EQ(g_vcpu.state.kernel_gs_base, 0x7fff00001000ull);
    EXPECT_EQ(g_calls.gs_loads, std::vector<u64>{DM + 0x2000});
    vmlib::emulate_swapgs(make_site(TANDEM_SITE_SWAPGS), regs);
    EXPECT_EQ(g_vcpu.state.gs_base, 0x7fff00001000ull);
    EXPECT_EQ(g_calls.gs_loads, (std::vector<u64>{DM + 0x2000, 0x7fff00001000ull}));
}

TEST_F(Msr, FsGsBaseInstructions) {
    regs.gpr[TANDEM_R8] = 0xffffffff00401000ull;
    vmlib::emulate_wrfsbase(reg_site(TANDEM_SITE_WRFSBASE, TANDEM_R8, 4), regs);
    EXPECT_EQ(g_vcpu.state.fs_base, 0x401000u);  // 32-bit operand: zero-extended
    EXPECT_EQ(g_calls.fs_loads, std::vector<u64>{0x401000});
    regs.gpr[TANDEM_R8] = 0x7fff00002000ull;
    vmlib::emulate_wrgsbase(reg_site(TANDEM_SITE_WRGSBASE, TANDEM_R8, 8), regs);
    EXPECT_EQ(g_vcpu.state.gs_base, 0x7fff00002000ull);
    EXPECT_EQ(g_calls.gs_loads, std::vector<u64>{0x7fff00002000ull});

    regs.gpr[TANDEM_R9] = ~0ull;
    vmlib::emulate_rdfsbase(reg_site(TANDEM_SITE_RDFSBASE, TANDEM_R9, 8), regs);
    EXPECT_EQ(regs.gpr[TANDEM_R9], 0x401000u);
    vmlib::emulate_rdgsbase(reg_site(TANDEM_SITE_RDGSBASE, TANDEM_R9, 4), regs);
    EXPECT_EQ(regs.gpr[TANDEM_R9], 0x2000u);

    regs.gpr[TANDEM_R8] = 0x0001000000000000ull;
    tandem_site s = reg_site(TANDEM_SITE_WRGSBASE, TANDEM_R8, 8);
    expect_fault_at_site(run_vmlib([&] { vmlib::emulate_wrgsbase(s, regs); }), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.gs_base, 0x7fff00002000ull);
}

TEST_F(Msr, RdpmcReadsZero) {
    regs.gpr[TANDEM_RAX] = regs.gpr[TANDEM_RDX] = ~0ull;
    vmlib::emulate_rdpmc(make_site(TANDEM_SITE_RDPMC), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0u);
    EXPECT_EQ(regs.gpr[TANDEM_RDX], 0u);
}

TEST(RegisterOperands, WriteRegMergesNarrowAndZeroExtends32) {
    tandem_regs r{};
    r.gpr[TANDEM_R12] = 0x1122334455667788ull;
    vmlib::write_reg(r, TANDEM_R12, 1, 0xabcd);
    EXPECT_EQ(r.gpr[TANDEM_R12], 0x11223344556677cdull);
    vmlib::write_reg(r, TANDEM_R12, 2, 0x12345678);
    EXPECT_EQ(r.gpr[TANDEM_R12], 0x1122334455665678ull);
    vmlib::write_reg(r, TANDEM_R12, 4, 0xffffffff87654321ull);
    EXPECT_EQ(r.gpr[TANDEM_R12], 0x87654321ull);
    vmlib::write_reg(r, TANDEM_R12, 8, 0xfedcba9876543210ull);
    EXPECT_EQ(r.gpr[TANDEM_R12], 0xfedcba9876543210ull);
    for (int i = 0; i < TANDEM_GPR_COUNT; i++) {
        if (i != TANDEM_R12) {
            EXPECT_EQ(r.gpr[i], 0u) << i;
        }
    }
}

TEST(RegisterOperands, ReadRegTruncates) {
    tandem_regs r{};
    r.gpr[TANDEM_RSI] = 0xfedcba9876543210ull;
    EXPECT_EQ(vmlib::read_reg(r, TANDEM_RSI, 1), 0x10u);
    EXPECT_EQ(vmlib::read_reg(r, TANDEM_RSI, 2), 0x3210u);
    EXPECT_EQ(vmlib::read_reg(r, TANDEM_RSI, 4), 0x76543210u);
    EXPECT_EQ(vmlib::read_reg(r, TANDEM_RSI, 8), 0xfedcba9876543210ull);
}

} // namespace
