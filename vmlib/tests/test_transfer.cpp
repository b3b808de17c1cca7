// Privilege transfers (iretq, sysretq, lretq) and segment-register moves.
#include "fixture.h"

using namespace testenv;
using vmlib::g_vcpu;

namespace {

constexpr u64 kFixed = TANDEM_RFLAGS_FIXED, kIF = TANDEM_RFLAGS_IF, kAC = TANDEM_RFLAGS_AC,
              kCF = TANDEM_RFLAGS_CF, kDF = TANDEM_RFLAGS_DF;
constexpr u64 kUserRip = 0x401234;
constexpr u64 kUserRsp = 0x7fff0000;
// resume_user/resume_kernel register order: rax..r15 without rsp.
constexpr int kAreaOrder[15] = {TANDEM_RAX, TANDEM_RCX, TANDEM_RDX, TANDEM_RBX, TANDEM_RBP,
                                TANDEM_RSI, TANDEM_RDI, TANDEM_R8,  TANDEM_R9,  TANDEM_R10,
                                TANDEM_R11, TANDEM_R12, TANDEM_R13, TANDEM_R14, TANDEM_R15};

class Transfer : public EmuTest {
protected:
    // Distinct values in every general register but RSP.
    void SetUp() override {
        EmuTest::SetUp();
        for (int i = 0; i < TANDEM_GPR_COUNT; i++)
            if (i != TANDEM_RSP) regs.gpr[i] = 0x1000 + i;
    }
    // Pushes a 5-word iretq frame on the kernel stack.
    void push_iret_frame(u64 rip, u64 cs, u64 flags, u64 rsp, u64 ss) {
        u64 sp = DM + kStackTop - 40;
        write64(sp, rip);
        write64(sp + 8, cs);
        write64(sp + 16, flags);
        write64(sp + 24, rsp);
        write64(sp + 32, ss);
        regs.gpr[TANDEM_RSP] = sp;
    }
    // Checks that user mode is entered with `regs`' general registers.
    void expect_user_area(u64 rip, u64 rsp, u64 real_flags) {
        for (int i = 0; i < 15; i++) EXPECT_EQ(g_user_area[i], regs.gpr[kAreaOrder[i]]) << i;
        EXPECT_EQ(g_user_area[15], real_flags);
        EXPECT_EQ(g_user_area[16], rsp);
        EXPECT_EQ(g_user_area[18], rip);
        EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_USER_ENTRY], 1u);
    }
    Outcome run(void (*h)(const tandem_site&, tandem_regs&), const tandem_site& s) {
        return run_vmlib([&] { h(s, regs); });
    }
};

TEST_F(Transfer, IretqToCpl0PopsTheFrame) {
    g_vcpu.state.ss = 0;  // as after an entry from user mode
    push_iret_frame(DM + 0x201234, kKernelCs, kCF | kIF | (1ull << 12) | kAC | kFixed, DM + 0x70000, kKernelDs);
    ASSERT_EQ(run(vmlib::emulate_iretq, make_site(TANDEM_SITE_IRETQ)), Outcome::kReturned);
    EXPECT_EQ(regs.rip, DM + 0x201234);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + 0x70000);
    EXPECT_EQ(regs.rflags, kCF | kFixed | kIF);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
    EXPECT_EQ(g_vcpu.state.ss, kKernelDs);
    EXPECT_EQ(g_vcpu.state.cpl, 0);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.viopl, 1);
    EXPECT_TRUE(g_vcpu.vac);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0x1000u);
}

TEST_F(Transfer, IretqToCpl0WithIfClear) {
    g_vcpu.vif = true;
    push_iret_frame(DM + 0x201234, kKernelCs, kFixed | kDF, DM + 0x70008, kKernelDs);
    ASSERT_EQ(run(vmlib::emulate_iretq, make_site(TANDEM_SITE_IRETQ)), Outcome::kReturned);
    EXPECT_FALSE(g_vcpu.vif);
    EXPECT_EQ(regs.rflags, kDF | kFixed | kIF);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + 0x70008);
}

TEST_F(Transfer, IretqUndoesDelivery) {
    // deliver + iretq returns to exactly the interrupted state.
    g_vcpu.vif = true;
    regs.rip = DM + 0x250000;
    regs.gpr[TANDEM_RSP] = DM + kStackTop - 0x100;
    regs.rflags = kCF | kFixed | kIF;
    tandem_regs before = regs;
    ASSERT_EQ(vmlib::deliver(regs, 32, false, 0), vmlib::Delivery::kOk);
    ASSERT_EQ(run(vmlib::emulate_iretq, make_site(TANDEM_SITE_IRETQ)), Outcome::kReturned);
    EXPECT_EQ(0, std::memcmp(&before, &regs, sizeof regs));
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
    EXPECT_EQ(g_vcpu.state.ss, kKernelDs);
}

TEST_F(Transfer, IretqToCpl3EntersUserMode) {
    push_iret_frame(kUserRip, kUserCs, kCF | kIF | kAC | kFixed, kUserRsp, kUserDs);
    ASSERT_EQ(run(vmlib::emulate_iretq, make_site(TANDEM_SITE_IRETQ)), Outcome::kResumedUser);
    EXPECT_EQ(g_vcpu.state.cpl, 3);
    EXPECT_EQ(g_vcpu.state.cs, kUserCs);
    EXPECT_EQ(g_vcpu.state.ss, kUserDs);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.viopl, 0);
    expect_user_area(kUserRip, kUserRsp, kCF | kAC | kFixed | kIF);
    EXPECT_EQ(vmlib::virtual_flags(g_user_area[15]), kCF | kAC | kFixed | kIF);
}

TEST_F(Transfer, IretqToCpl3WithTsDeliversNmFirst) {
    g_vcpu.state.cr0 |= TANDEM_CR0_TS;
    push_iret_frame(kUserRip, kUserCs, kIF | kFixed, kUserRsp, kUserDs);
    ASSERT_EQ(run(vmlib::emulate_iretq, make_site(TANDEM_SITE_IRETQ)), Outcome::kResumedKernel);
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_NM));
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kRsp0Top - 40);
    expect_words(DM + kRsp0Top - 40, {kUserRip, kUserCs, kIF | kFixed, kUserRsp, kUserDs});
    EXPECT_EQ(g_vcpu.state.cpl, 0);
    EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_NM_EAGER], 1u);
    EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_USER_ENTRY], 0u);
    EXPECT_EQ(g_kernel_area[17], handler_for(TANDEM_EXC_NM));
}

TEST_F(Transfer, IretqToCpl3DeliversPendingIrqFromUser) {
    g_vcpu.state.irq_pending = 1ull << 1;
    push_iret_frame(kUserRip, kUserCs, kIF | kFixed, kUserRsp, kUserDs);
    ASSERT_EQ(run(vmlib::emulate_iretq, make_site(TANDEM_SITE_IRETQ)), Outcome::kResumedKernel);
    EXPECT_EQ(regs.rip, handler_for(33));
    expect_words(DM + kRsp0Top - 40, {kUserRip, kUserCs, kIF | kFixed, kUserRsp, kUserDs});
    EXPECT_EQ(g_vcpu.state.irq_pending, 0u);
}

TEST_F(Transfer, IretqToRpl1IsGp) {
    push_iret_frame(kUserRip, 0x18 | 1, kIF | kFixed, kUserRsp, kUserDs);
    u64 frame = regs.gpr[TANDEM_RSP];
    Outcome o = run(vmlib::emulate_iretq, make_site(TANDEM_SITE_IRETQ));
    expect_fault_at_site(o, TANDEM_EXC_GP, 0x18);
    EXPECT_EQ(g_vcpu.state.cpl, 0);
    EXPECT_EQ(read64(regs.gpr[TANDEM_RSP] + 32), frame);  // RSP at the fault: the frame is still there
}

TEST_F(Transfer, SysretqUsesStarAndR11) {
    g_vcpu.state.star = (u64(kUser32Cs) << 48) | (u64(kKernelCs) << 32);
    regs.gpr[TANDEM_RCX] = kUserRip;
    regs.gpr[TANDEM_R11] = kCF | kIF | kAC | kFixed | (3ull << 12);
    regs.gpr[TANDEM_RSP] = kUserRsp;
    ASSERT_EQ(run(vmlib::emulate_sysretq, make_site(TANDEM_SITE_SYSRETQ)), Outcome::kResumedUser);
    EXPECT_EQ(g_vcpu.state.cpl, 3);
    EXPECT_EQ(g_vcpu.state.cs, kUserCs);  // STAR[63:48] + 16, RPL 3
    EXPECT_EQ(g_vcpu.state.ss, kUserDs);  // STAR[63:48] + 8, RPL 3
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.viopl, 3);
    expect_user_area(kUserRip, kUserRsp, kCF | kAC | kFixed | kIF);
}

TEST_F(Transfer, SysretqToNonCanonicalRipIsGp) {
    regs.gpr[TANDEM_RCX] = 0x0000800000000000ull;
    Outcome o = run(vmlib::emulate_sysretq, make_site(TANDEM_SITE_SYSRETQ));
    expect_fault_at_site(o, TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.cpl, 0);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
}

TEST_F(Transfer, LretqReloadsCs) {
    g_vcpu.state.cs = 0x10;
    u64 sp = DM + kStackTop - 16;
    write64(sp, DM + 0x200abc);
    write64(sp + 8, 0xffff0000 | kKernelCs);
    regs.gpr[TANDEM_RSP] = sp;
    ASSERT_EQ(run(vmlib::emulate_lretq, make_site(TANDEM_SITE_LRETQ)), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
    EXPECT_EQ(regs.rip, DM + 0x200abc);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kStackTop);
    EXPECT_EQ(g_vcpu.state.cpl, 0);
}

TEST_F(Transfer, LretqToOtherPrivilegeIsGp) {
    u64 sp = DM + kStackTop - 16;
    write64(sp, kUserRip);
    write64(sp + 8, kUserCs);
    regs.gpr[TANDEM_RSP] = sp;
    Outcome o = run(vmlib::emulate_lretq, make_site(TANDEM_SITE_LRETQ));
    expect_fault_at_site(o, TANDEM_EXC_GP, kUserCs & ~3);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
}

TEST_F(Transfer, MovToSegmentRegisters) {
    regs.gpr[TANDEM_RAX] = 0xabcd0000 | kUserDs;
    vmlib::emulate_mov_to_seg(reg_site(TANDEM_SITE_MOV_TO_SEG, TANDEM_RAX, 2, TANDEM_SREG_DS), regs);
    EXPECT_EQ(g_vcpu.state.ds, kUserDs);
    u16 sel = 0x18;
    std::memcpy(phys(kDataPhys), &sel, 2);
    tandem_site m = mem_site(TANDEM_SITE_MOV_TO_SEG, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(DM + kDataPhys), 2);
    m.aux = TANDEM_SREG_ES;
    ASSERT_EQ(run(vmlib::emulate_mov_to_seg, m), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.es, 0x18);
    regs.gpr[TANDEM_RBX] = 0;
    for (u8 sr : {TANDEM_SREG_SS, TANDEM_SREG_FS, TANDEM_SREG_GS})
        vmlib::emulate_mov_to_seg(reg_site(TANDEM_SITE_MOV_TO_SEG, TANDEM_RBX, 2, sr), regs);
    EXPECT_EQ(g_vcpu.state.ss, 0);
    EXPECT_EQ(g_vcpu.state.fs, 0);
    EXPECT_EQ(g_vcpu.state.gs, 0);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
}

TEST_F(Transfer, MovToCsIsUd) {
    regs.gpr[TANDEM_RAX] = kUserCs;
    Outcome o = run(vmlib::emulate_mov_to_seg, reg_site(TANDEM_SITE_MOV_TO_SEG, TANDEM_RAX, 2, TANDEM_SREG_CS));
    expect_fault_at_site(o, TANDEM_EXC_UD, -1);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
}

TEST_F(Transfer, MovFromSegmentRegisters) {
    g_vcpu.state.ds = kUserDs;
    regs.gpr[TANDEM_RDX] = 0xffffffffffffffffull;
    vmlib::emulate_mov_from_seg(reg_site(TANDEM_SITE_MOV_FROM_SEG, TANDEM_RDX, 2, TANDEM_SREG_DS), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RDX], 0xffffffffffff0000ull | kUserDs);
    vmlib::emulate_mov_from_seg(reg_site(TANDEM_SITE_MOV_FROM_SEG, TANDEM_RDX, 4, TANDEM_SREG_DS), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RDX], u64(kUserDs));
    vmlib::emulate_mov_from_seg(reg_site(TANDEM_SITE_MOV_FROM_SEG, TANDEM_RDX, 8, TANDEM_SREG_CS), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RDX], u64(kKernelCs));

    std::memset(phys(kDataPhys), 0xaa, 4);
    tandem_site m = mem_site(TANDEM_SITE_MOV_FROM_SEG, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(DM + kDataPhys), 2);
    m.aux = TANDEM_SREG_SS;
    ASSERT_EQ(run(vmlib::emulate_mov_from_seg, m), Outcome::kReturned);
    const u8 expect[4] = {u8(kKernelDs), 0, 0xaa, 0xaa};
    EXPECT_EQ(0, std::memcmp(phys(kDataPhys), expect, 4));
}

TEST_F(Transfer, PushPopSegment) {
    g_vcpu.state.fs = 0x2b;
    write64(DM + kStackTop - 8, ~0ull);
    tandem_site push = make_site(TANDEM_SITE_PUSH_SEG);
    push.aux = TANDEM_SREG_FS;
    ASSERT_EQ(run(vmlib::emulate_push_seg, push), Outcome::kReturned);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kStackTop - 8);
    EXPECT_EQ(read64(DM + kStackTop - 8), 0x2bu);  // zero-extended to 8 bytes

    write64(DM + kStackTop - 8, 0xffffffffffff0018ull);
    tandem_site pop = make_site(TANDEM_SITE_POP_SEG);
    pop.aux = TANDEM_SREG_GS;
    ASSERT_EQ(run(vmlib::emulate_pop_seg, pop), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.gs, 0x18);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kStackTop);
}

TEST_F(Transfer, PopCsIsUd) {
    tandem_site pop = make_site(TANDEM_SITE_POP_SEG);
    pop.aux = TANDEM_SREG_CS;
    write64(DM + kStackTop, kUserCs);
    expect_fault_at_site(run(vmlib::emulate_pop_seg, pop), TANDEM_EXC_UD, -1);
    EXPECT_EQ(g_vcpu.state.cs, kKernelCs);
}

} // namespace
