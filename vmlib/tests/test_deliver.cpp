// vmlib::deliver and deliver_pending_irq: events delivered through the guest
// IDT and TSS with hardware-format frames.
#include "fixture.h"

using namespace testenv;
using vmlib::deliver;
using vmlib::deliver_pending_irq;
using vmlib::Delivery;
using vmlib::g_vcpu;

namespace {

constexpr u64 kRip = DM + 0x345678;
constexpr u64 kUserRip = 0x401000;
constexpr u64 kUserRsp = 0x7fff0008;
constexpr u64 kArith = TANDEM_RFLAGS_CF | (1ull << 6) /* ZF */ | TANDEM_RFLAGS_DF;

class Deliver : public VmlibTest {
protected:
    // Descriptor tables with an interrupt gate for every vector.
    void SetUp() override {
        VmlibTest::SetUp();
        setup_descriptor_tables();
        set_all_gates();
        regs.rip = kRip;
        regs.gpr[TANDEM_RAX] = 0x1111;
    }
    // The vCPU in guest user mode, as after sysretq.
    void enter_user(u64 real_flags) {
        g_vcpu.state.cpl = 3;
        g_vcpu.state.cs = kUserCs;
        g_vcpu.state.ss = kUserDs;
        g_vcpu.vif = true;
        regs.rip = kUserRip;
        regs.gpr[TANDEM_RSP] = kUserRsp;
        regs.rflags = real_flags;
    }
};

TEST_F(Deliver, FromCpl0OnCurrentStackAligned) {
    g_vcpu.vif = true;
    regs.gpr[TANDEM_RSP] = DM + kStackTop - 0x18;  // 8 mod 16
    regs.rflags = kArith | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
    ASSERT_EQ(deliver(regs, 3, false, 0), Delivery::kOk);

    u64 aligned = DM + kStackTop - 0x20;
    EXPECT_EQ(regs.gpr[TANDEM_RSP], aligned - 40);
    expect_words(aligned - 40, {kRip, kKernelCs, kArith | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF,
                                DM + kStackTop - 0x18, kKernelDs});
    EXPECT_EQ(regs.rip, handler_for(3));
    EXPECT_EQ(regs.rflags, kArith | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0x1111u);
    EXPECT_FALSE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.state.cpl, 0);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
    EXPECT_EQ(g_vcpu.state.ss, kKernelDs);
    EXPECT_EQ(vmlib::g_stats.exceptions[3], 1u);
}

TEST_F(Deliver, ErrorCodeIsPushedBelowRip) {
    g_vcpu.vif = false;
    regs.gpr[TANDEM_RSP] = DM + kStackTop;
    ASSERT_EQ(deliver(regs, TANDEM_EXC_GP, true, 0x1234), Delivery::kOk);
    u64 top = DM + kStackTop;
    EXPECT_EQ(regs.gpr[TANDEM_RSP], top - 48);
    expect_words(top - 48, {0x1234, kRip, kKernelCs, TANDEM_RFLAGS_FIXED, top, kKernelDs});
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_GP));
    EXPECT_EQ(vmlib::g_stats.exceptions[TANDEM_EXC_GP], 1u);
}

TEST_F(Deliver, FrameCarriesVirtualIoplAndAcFromKernel) {
    g_vcpu.vif = true;
    g_vcpu.viopl = 3;
    g_vcpu.vac = true;
    regs.rflags = TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;  // real AC is never set in the kernel
    ASSERT_EQ(deliver(regs, 32, false, 0), Delivery::kOk);
    expect_words(regs.gpr[TANDEM_RSP] + 16,
                 {TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_IOPL | TANDEM_RFLAGS_AC});
    EXPECT_TRUE(g_vcpu.vac);  // delivery does not clear AC
    EXPECT_EQ(g_vcpu.viopl, 3);
    EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_IRQ_DELIVERED], 1u);
}

TEST_F(Deliver, FromCpl3SwitchesToTssRsp0) {
    enter_user(TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_AC | TANDEM_RFLAGS_CF);
    ASSERT_EQ(deliver(regs, TANDEM_EXC_PF, true, 6), Delivery::kOk);
    u64 top = DM + kRsp0Top;
    EXPECT_EQ(regs.gpr[TANDEM_RSP], top - 48);
    expect_words(top - 48, {6, kUserRip, kUserCs,
                            TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_AC | TANDEM_RFLAGS_CF,
                            kUserRsp, kUserDs});
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_PF));
    EXPECT_EQ(regs.rflags, TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_CF);
    EXPECT_EQ(g_vcpu.state.cpl, 0);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
    EXPECT_EQ(g_vcpu.state.ss, 0);  // null SS on a privilege change
    EXPECT_TRUE(g_vcpu.vac);        // the user's AC, now virtual
    EXPECT_FALSE(g_vcpu.vif);
}

TEST_F(Deliver, Rsp0IsAlignedTo16) {
    u64 rsp0 = DM + kRsp0Top - 8;
    std::memcpy(phys(kTssPhys) + 4, &rsp0, 8);
    enter_user(TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF);
    ASSERT_EQ(deliver(regs, 32, false, 0), Delivery::kOk);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kRsp0Top - 16 - 40);
}

TEST_F(Deliver, IstStackFromCpl0) {
    set_gate(TANDEM_EXC_NMI, kIntGate, 0, 1);
    ASSERT_EQ(deliver(regs, TANDEM_EXC_NMI, false, 0), Delivery::kOk);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kIst1Top - 40);
    expect_words(DM + kIst1Top - 40, {kRip, kKernelCs, TANDEM_RFLAGS_FIXED, DM + kStackTop, kKernelDs});
}

TEST_F(Deliver, IstStackWinsOverRsp0FromCpl3) {
    set_gate(TANDEM_EXC_DB, kIntGate, 0, 2);
    enter_user(TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF);
    ASSERT_EQ(deliver(regs, TANDEM_EXC_DB, false, 0), Delivery::kOk);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kIst2Top - 40);
    expect_words(DM + kIst2Top - 40, {kUserRip, kUserCs, TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF, kUserRsp, kUserDs});
}

TEST_F(Deliver, InterruptGateClearsIfTrapGateDoesNot) {
    g_vcpu.vif = true;
    set_gate(40, kIntGate);
    ASSERT_EQ(deliver(regs, 40, false, 0), Delivery::kOk);
    EXPECT_FALSE(g_vcpu.vif);

    g_vcpu.vif = true;
    set_gate(41, kTrapGate);
    ASSERT_EQ(deliver(regs, 41, false, 0), Delivery::kOk);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(regs.rip, handler_for(41));

    g_vcpu.vif = false;
    ASSERT_EQ(deliver(regs, 41, false, 0), Delivery::kOk);
    EXPECT_FALSE(g_vcpu.vif);
}

TEST_F(Deliver, GateSelectorBecomesCs) {
    u64* g = phys<u64>(kIdtPhys + 50 * 16);
    g[0] = (g[0] & ~(0xffffull << 16)) | (0x18ull << 16);
    ASSERT_EQ(deliver(regs, 50, false, 0), Delivery::kOk);
    EXPECT_EQ(g_vcpu.state.cs, 0x18);
}

TEST_F(Deliver, SoftwareInterruptFromCpl3ThroughDpl0GateIsGp) {
    set_gate(0x80, kTrapGate, 0);
    enter_user(TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF);
    ASSERT_EQ(deliver(regs, 0x80, false, 0, 2), Delivery::kOk);
    u64 top = DM + kRsp0Top;
    EXPECT_EQ(regs.gpr[TANDEM_RSP], top - 48);
    expect_words(top - 48, {0x80 * 8 + 2, kUserRip, kUserCs, TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF, kUserRsp,
                            kUserDs});
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_GP));
    EXPECT_EQ(vmlib::g_stats.exceptions[TANDEM_EXC_GP], 1u);
    EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_IRQ_DELIVERED], 0u);
}

TEST_F(Deliver, SoftwareInterruptThroughDpl3GateIsDelivered) {
    set_gate(0x80, kTrapGate, 3);
    enter_user(TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF);
    ASSERT_EQ(deliver(regs, 0x80, false, 0, 2), Delivery::kOk);
    EXPECT_EQ(regs.rip, handler_for(0x80));
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kRsp0Top - 40);
    expect_words(DM + kRsp0Top - 40, {kUserRip + 2, kUserCs, TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF, kUserRsp,
                                      kUserDs});
    EXPECT_TRUE(g_vcpu.vif);  // trap gate
}

TEST_F(Deliver, SoftwareInterruptFromCpl0IgnoresDpl) {
    set_gate(0x81, kIntGate, 0);
    ASSERT_EQ(deliver(regs, 0x81, false, 0, 2), Delivery::kOk);
    EXPECT_EQ(regs.rip, handler_for(0x81));
}

TEST_F(Deliver, MissingGateBecomesDoubleFault) {
    set_gate(5, kIntGate, 0, 0, /*present=*/false);
    ASSERT_EQ(deliver(regs, 5, false, 0), Delivery::kOk);
    u64 top = DM + kStackTop;
    expect_words(top - 48, {0, kRip, kKernelCs, TANDEM_RFLAGS_FIXED, top, kKernelDs});
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_DF));
    EXPECT_EQ(vmlib::g_stats.exceptions[5], 0u);
    EXPECT_EQ(vmlib::g_stats.exceptions[TANDEM_EXC_DF], 1u);
}

TEST_F(Deliver, NonGateTypeBecomesDoubleFault) {
    set_gate(6, 0xc /* call gate */);
    ASSERT_EQ(deliver(regs, 6, false, 0), Delivery::kOk);
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_DF));
}

TEST_F(Deliver, VectorBeyondIdtLimitBecomesDoubleFault) {
    g_vcpu.state.idtr.limit = 16 * 33 - 1;  // vectors 0..32
    ASSERT_EQ(deliver(regs, 32, false, 0), Delivery::kOk);
    EXPECT_EQ(regs.rip, handler_for(32));
    ASSERT_EQ(deliver(regs, 33, false, 0), Delivery::kOk);
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_DF));
}

TEST_F(Deliver, BadRsp0BecomesDoubleFaultOnItsIstStack) {
    u64 bad = DM + kMemSize + 0x1000;
    std::memcpy(phys(kTssPhys) + 4, &bad, 8);
    set_gate(TANDEM_EXC_DF, kIntGate, 0, 1);
    enter_user(TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF);
    ASSERT_EQ(deliver(regs, 32, false, 0), Delivery::kOk);
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_DF));
    expect_words(DM + kIst1Top - 48, {0, kUserRip, kUserCs, TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF, kUserRsp, kUserDs});
}

TEST_F(Deliver, KernelStackOutsideMemoryBecomesDoubleFault) {
    set_gate(TANDEM_EXC_DF, kIntGate, 0, 2);
    regs.gpr[TANDEM_RSP] = DM + 0x10;  // the frame would go below guest memory
    ASSERT_EQ(deliver(regs, 14, true, 2), Delivery::kOk);
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_DF));
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kIst2Top - 48);
    expect_words(DM + kIst2Top - 48, {0, kRip, kKernelCs, TANDEM_RFLAGS_FIXED, DM + 0x10, kKernelDs});
}

TEST_F(Deliver, FailureDeliveringDoubleFaultIsTripleFault) {
    set_gate(13, kIntGate, 0, 0, false);
    set_gate(TANDEM_EXC_DF, kIntGate, 0, 0, false);
    tandem_regs before = regs;
    g_vcpu.vif = true;
    EXPECT_EQ(deliver(regs, 13, true, 0), Delivery::kTripleFault);
    EXPECT_EQ(deliver(regs, TANDEM_EXC_DF, true, 0), Delivery::kTripleFault);
    EXPECT_EQ(0, std::memcmp(&before, &regs, sizeof regs));
    EXPECT_EQ(g_vcpu.state.cpl, 0);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(vmlib::g_stats.exceptions[TANDEM_EXC_DF], 0u);
}

TEST_F(Deliver, NoIdtIsTripleFault) {
    g_vcpu.state.idtr = tandem_dtr{};
    EXPECT_EQ(deliver(regs, 0, false, 0), Delivery::kTripleFault);
}

TEST_F(Deliver, DoubleFaultGateFailingDirectlyIsTripleFaultEvenIfOtherGatesWork) {
    set_gate(TANDEM_EXC_DF, kIntGate, 0, 3);  // IST3 is zero in the TSS: outside memory
    EXPECT_EQ(deliver(regs, TANDEM_EXC_DF, true, 0), Delivery::kTripleFault);
}

TEST_F(Deliver, PendingIrqLowestVectorFirst) {
    g_vcpu.vif = true;
    g_vcpu.state.irq_pending = (1ull << 5) | (1ull << 1) | (1ull << 63);
    EXPECT_TRUE(vmlib::irq_deliverable());
    ASSERT_TRUE(deliver_pending_irq(regs));
    EXPECT_EQ(regs.rip, handler_for(33));
    EXPECT_EQ(g_vcpu.state.irq_pending, (1ull << 5) | (1ull << 63));
    EXPECT_FALSE(g_vcpu.vif);

    // IF=0 now (interrupt gate): nothing more.
    tandem_regs before = regs;
    EXPECT_FALSE(vmlib::irq_deliverable());
    EXPECT_FALSE(deliver_pending_irq(regs));
    EXPECT_EQ(0, std::memcmp(&before, &regs, sizeof regs));

    g_vcpu.vif = true;
    ASSERT_TRUE(deliver_pending_irq(regs));
    EXPECT_EQ(regs.rip, handler_for(37));
    g_vcpu.vif = true;
    ASSERT_TRUE(deliver_pending_irq(regs));
    EXPECT_EQ(regs.rip, handler_for(95));
    EXPECT_EQ(g_vcpu.state.irq_pending, 0u);
    EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_IRQ_DELIVERED], 3u);
    g_vcpu.vif = true;
    EXPECT_FALSE(deliver_pending_irq(regs));
}

TEST_F(Deliver, NothingDeliveredWhileIfIsZero) {
    g_vcpu.vif = false;
    g_vcpu.state.irq_pending = 1;
    tandem_regs before = regs;
    EXPECT_FALSE(deliver_pending_irq(regs));
    EXPECT_EQ(g_vcpu.state.irq_pending, 1u);
    EXPECT_EQ(0, std::memcmp(&before, &regs, sizeof regs));
    EXPECT_EQ(read64(DM + kStackTop - 8), 0u);
}

TEST_F(Deliver, TripleFaultOnPendingIrqStopsTheVm) {
    g_vcpu.state.idtr = tandem_dtr{};
    g_vcpu.vif = true;
    g_vcpu.state.irq_pending = 1ull << 2;
    Outcome o = run_vmlib([&] { deliver_pending_irq(regs); });
    EXPECT_EQ(o, Outcome::kFatal);
    EXPECT_EQ(g_calls.fatal_reason, TANDEM_EXIT_SHUTDOWN);
    EXPECT_EQ(g_calls.fatal_vector, 34u);
    EXPECT_EQ(g_calls.fatal_rip, kRip);
}

} // namespace
