// RFLAGS virtualisation (IF, IOPL, AC) and cli/sti/pushf/popf/stac/clac.
#include "fixture.h"

using namespace testenv;
using vmlib::g_vcpu;

namespace {

constexpr u64 kFixed = TANDEM_RFLAGS_FIXED, kIF = TANDEM_RFLAGS_IF, kAC = TANDEM_RFLAGS_AC,
              kIOPL = TANDEM_RFLAGS_IOPL, kTF = TANDEM_RFLAGS_TF, kNT = TANDEM_RFLAGS_NT, kDF = TANDEM_RFLAGS_DF,
              kCF = TANDEM_RFLAGS_CF, kID = TANDEM_RFLAGS_ID;
constexpr u64 kArith = 0x8d5;  // CF PF AF ZF SF OF

using Flags = EmuTest;

TEST_F(Flags, VirtualFlagsInKernelTakeIfIoplAcFromTheVcpu) {
    g_vcpu.vif = true;
    g_vcpu.viopl = 2;
    g_vcpu.vac = true;
    EXPECT_EQ(vmlib::virtual_flags(kArith | kDF | kFixed), kArith | kDF | kFixed | kIF | (2ull << 12) | kAC);
    // Real IF/IOPL/AC/TF/NT/ID of the host context never show through.
    g_vcpu.vif = false;
    g_vcpu.viopl = 0;
    g_vcpu.vac = false;
    EXPECT_EQ(vmlib::virtual_flags(kIF | kIOPL | kAC | kTF | kNT | kID | kCF), kCF | kFixed);
}

TEST_F(Flags, VirtualFlagsInUserTakeAcFromTheRealFlags) {
    g_vcpu.state.cpl = 3;
    g_vcpu.vif = true;
    g_vcpu.viopl = 0;
    g_vcpu.vac = true;
    EXPECT_EQ(vmlib::virtual_flags(kFixed | kIF), kFixed | kIF);
    EXPECT_EQ(vmlib::virtual_flags(kFixed | kIF | kAC | kCF), kFixed | kIF | kAC | kCF);
}

TEST_F(Flags, LoadVirtualFlagsSplitsVirtualFromReal) {
    u64 real = vmlib::load_virtual_flags(kCF | kDF | (1ull << 12) | kAC | kTF | kNT);
    EXPECT_EQ(real, kCF | kDF | kFixed | kIF);
    EXPECT_FALSE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.viopl, 1);
    EXPECT_TRUE(g_vcpu.vac);

    real = vmlib::load_virtual_flags(kIF | kIOPL);
    EXPECT_EQ(real, kFixed | kIF);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.viopl, 3);
    EXPECT_FALSE(g_vcpu.vac);
}

TEST_F(Flags, RealUserFlagsKeepArithmeticDfAcAndForceIf) {
    EXPECT_EQ(vmlib::real_user_flags(kArith | kDF | kAC | kIOPL | kNT | kID), kArith | kDF | kAC | kFixed | kIF);
    EXPECT_EQ(vmlib::real_user_flags(0), kFixed | kIF);
}

TEST_F(Flags, TrapFlagIsRealInUserMode) {
    // vmlib.h documents real_user_flags as "AC/TF are real there": a guest
    // kernel that iretqs/sysretqs to user with TF set (single step) expects #DB.
    u64 got = vmlib::real_user_flags(kTF | kIF);
    EXPECT_EQ(got, kTF | kIF | kFixed);
}

TEST_F(Flags, Cli) {
    g_vcpu.vif = true;
    tandem_regs before = regs;
    vmlib::emulate_cli(make_site(TANDEM_SITE_CLI), regs);
    EXPECT_FALSE(g_vcpu.vif);
    EXPECT_EQ(0, std::memcmp(&before, &regs, sizeof regs));
}

TEST_F(Flags, StiSetsIfAndShadowOnlyWhenIfWasClear) {
    vmlib::emulate_sti(make_site(TANDEM_SITE_STI), regs);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_TRUE(g_vcpu.sti_shadow);
    g_vcpu.sti_shadow = false;
    vmlib::emulate_sti(make_site(TANDEM_SITE_STI), regs);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_FALSE(g_vcpu.sti_shadow);
}

TEST_F(Flags, PushfWritesTheVirtualImage) {
    g_vcpu.vif = false;  // the real IF in regs is 1: it must not leak
    g_vcpu.viopl = 3;
    g_vcpu.vac = true;
    regs.rflags = kCF | kDF | kFixed | kIF;
    write64(DM + kStackTop, 0x5555);
    ASSERT_EQ(run_vmlib([&] { vmlib::emulate_pushf(make_site(TANDEM_SITE_PUSHF), regs); }), Outcome::kReturned);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kStackTop - 8);
    EXPECT_EQ(read64(DM + kStackTop - 8), kCF | kDF | kFixed | kIOPL | kAC);
    EXPECT_EQ(read64(DM + kStackTop), 0x5555u);
    EXPECT_EQ(regs.rflags, kCF | kDF | kFixed | kIF);

    g_vcpu.vif = true;
    g_vcpu.viopl = 0;
    g_vcpu.vac = false;
    vmlib::emulate_pushf(make_site(TANDEM_SITE_PUSHF), regs);
    EXPECT_EQ(read64(DM + kStackTop - 16), kCF | kDF | kFixed | kIF);
}

TEST_F(Flags, PushfToUnwritableStackIsStackFault) {
    regs.gpr[TANDEM_RSP] = DM + 4;
    Outcome o = run_vmlib([&] { vmlib::emulate_pushf(make_site(TANDEM_SITE_PUSHF), regs); });
    ASSERT_EQ(o, Outcome::kFatal) << "no stack for #SS either: the fault cannot be delivered";
    EXPECT_EQ(g_calls.fatal_rip, kSiteAddr);
    EXPECT_EQ(g_calls.fatal_vector, u32(TANDEM_EXC_SS));
    EXPECT_EQ(g_calls.fatal_reason, TANDEM_EXIT_SHUTDOWN);
}

TEST_F(Flags, PushfToUnwritableStackDeliversSsOnIst) {
    set_gate(TANDEM_EXC_SS, kIntGate, 0, 1);
    regs.gpr[TANDEM_RSP] = DM + 4;
    Outcome o = run_vmlib([&] { vmlib::emulate_pushf(make_site(TANDEM_SITE_PUSHF), regs); });
    expect_fault_at_site(o, TANDEM_EXC_SS, 0);
    EXPECT_EQ(read64(regs.gpr[TANDEM_RSP] + 32), DM + 4);  // the RSP in the frame is unchanged
}

TEST_F(Flags, PopfLoadsIfIoplAcAndArithmetic) {
    write64(DM + kStackTop, kCF | (1ull << 6) | kIF | kIOPL | kAC | kTF | kNT | kDF);
    ASSERT_EQ(run_vmlib([&] { vmlib::emulate_popf(make_site(TANDEM_SITE_POPF), regs); }), Outcome::kReturned);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kStackTop + 8);
    EXPECT_EQ(regs.rflags, kCF | (1ull << 6) | kDF | kFixed | kIF);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.viopl, 3);
    EXPECT_TRUE(g_vcpu.vac);

    write64(DM + kStackTop + 8, kFixed);
    vmlib::emulate_popf(make_site(TANDEM_SITE_POPF), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kStackTop + 16);
    EXPECT_EQ(regs.rflags, kFixed | kIF);  // the real IF stays on
    EXPECT_FALSE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.viopl, 0);
    EXPECT_FALSE(g_vcpu.vac);
}

TEST_F(Flags, PushfPopfRoundTrip) {
    g_vcpu.vif = true;
    g_vcpu.viopl = 1;
    regs.rflags = kCF | kFixed | kIF;
    vmlib::emulate_pushf(make_site(TANDEM_SITE_PUSHF), regs);
    g_vcpu.vif = false;
    g_vcpu.viopl = 0;
    regs.rflags = kFixed | kIF;
    vmlib::emulate_popf(make_site(TANDEM_SITE_POPF), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kStackTop);
    EXPECT_EQ(regs.rflags, kCF | kFixed | kIF);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.viopl, 1);
}

TEST_F(Flags, PopfFromUserWindowStackGoesThroughPageTables) {
    map(0x500000, kDataPhys, TANDEM_PTE_P | TANDEM_PTE_W);
    write64(DM + kDataPhys + 0x10, kIF | kCF);
    regs.gpr[TANDEM_RSP] = 0x500010;
    vmlib::emulate_popf(make_site(TANDEM_SITE_POPF), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], 0x500018u);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(regs.rflags, kCF | kFixed | kIF);
}

TEST_F(Flags, StacClac) {
    vmlib::emulate_stac(make_site(TANDEM_SITE_STAC), regs);
    EXPECT_TRUE(g_vcpu.vac);
    EXPECT_EQ(vmlib::virtual_flags(kFixed) & kAC, kAC);
    vmlib::emulate_clac(make_site(TANDEM_SITE_CLAC), regs);
    EXPECT_FALSE(g_vcpu.vac);
    EXPECT_EQ(vmlib::virtual_flags(kFixed) & kAC, 0u);
    EXPECT_EQ(regs.rflags, kFixed | kIF);
}

} // namespace
