// Site dispatch (vmlib_site_dispatch), operand addressing, the resume paths
// and the sti shadow.
#include "fixture.h"

using namespace testenv;
using vmlib::g_vcpu;

namespace {

class Sites : public EmuTest {
protected:
    // Registers as __vmlib_site saves them for the table site at `addr`.
    tandem_regs frame_for(u64 addr) {
        tandem_regs f{};
        for (int i = 0; i < TANDEM_GPR_COUNT; i++) f.gpr[i] = 0x2000 + i;
        f.gpr[TANDEM_RSP] = DM + kStackTop;
        f.rip = addr + TANDEM_SITE_CALL_LEN;
        f.rflags = TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_CF;
        return f;
    }
    // Calls vmlib_site_dispatch on a copy of `f`.
    Outcome dispatch(tandem_regs f) {
        frame_ = f;
        return run_vmlib([&] { vmlib_site_dispatch(&frame_); });
    }
    tandem_regs frame_{};
};

TEST_F(Sites, DispatchRunsTheHandlerAndResumesAfterTheCall) {
    g_vcpu.state.star = 0x0023001000000000ull;
    tandem_regs f = frame_for(kTableSiteRdmsr);
    f.gpr[TANDEM_RCX] = TANDEM_MSR_STAR;
    ASSERT_EQ(dispatch(f), Outcome::kResumedKernel);
    EXPECT_EQ(table_site(kTableSiteRdmsr)->count, 1u);
    EXPECT_EQ(vmlib::g_stats.sites[TANDEM_SITE_RDMSR], 1u);
    // rax..r15 (without rsp), real flags, rsp, rip; nothing written below rsp.
    const int order[15] = {TANDEM_RAX, TANDEM_RCX, TANDEM_RDX, TANDEM_RBX, TANDEM_RBP, TANDEM_RSI, TANDEM_RDI, TANDEM_R8,
                           TANDEM_R9,  TANDEM_R10, TANDEM_R11, TANDEM_R12, TANDEM_R13, TANDEM_R14, TANDEM_R15};
    u64 expect_gpr[TANDEM_GPR_COUNT];
    for (int i = 0; i < TANDEM_GPR_COUNT; i++) expect_gpr[i] = f.gpr[i];
    expect_gpr[TANDEM_RAX] = 0;
    expect_gpr[TANDEM_RDX] = 0x00230010;
    for (int i = 0; i < 15; i++) EXPECT_EQ(g_kernel_area[i], expect_gpr[order[i]]) << i;
    EXPECT_EQ(g_kernel_area[15], TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_CF);
    EXPECT_EQ(g_kernel_area[16], DM + kStackTop);
    EXPECT_EQ(g_kernel_area[17], kTableSiteRdmsr + TANDEM_SITE_CALL_LEN);
    EXPECT_EQ(read64(DM + kStackTop - 8), 0u);
}

TEST_F(Sites, FaultInADispatchedSiteReportsTheSiteAddress) {
    tandem_regs f = frame_for(kTableSiteRdmsr);
    f.gpr[TANDEM_RCX] = 0x1b;
    ASSERT_EQ(dispatch(f), Outcome::kResumedKernel);
    EXPECT_EQ(read64(DM + kStackTop - 48), 0u);                // error code
    EXPECT_EQ(read64(DM + kStackTop - 40), kTableSiteRdmsr);  // faulting RIP
    EXPECT_EQ(g_kernel_area[17], handler_for(TANDEM_EXC_GP));
}

TEST_F(Sites, UnrecordedSiteIsAnInternalError) {
    tandem_regs f = frame_for(kTableSiteRdmsr + 1);
    ASSERT_EQ(dispatch(f), Outcome::kFatal);
    EXPECT_EQ(g_calls.fatal_reason, TANDEM_EXIT_INTERNAL);
    EXPECT_EQ(g_calls.fatal_rip, kTableSiteRdmsr + 1 + TANDEM_SITE_CALL_LEN);
}

TEST_F(Sites, StiShadowHoldsTheInterruptUntilAfterHlt) {
    g_vcpu.vif = false;
    g_vcpu.state.irq_pending = 1;
    ASSERT_EQ(dispatch(frame_for(kTableSiteSti)), Outcome::kResumedKernel);
    EXPECT_TRUE(g_vcpu.vif);
    EXPECT_EQ(g_vcpu.state.irq_pending, 1u);  // not yet: the next instruction is the hlt site
    EXPECT_EQ(g_kernel_area[17], kTableSiteHlt);

    ASSERT_EQ(dispatch(frame_for(kTableSiteHlt)), Outcome::kResumedKernel);
    EXPECT_TRUE(g_calls.exits.empty());  // an interrupt is pending: hlt does not wait
    EXPECT_EQ(g_vcpu.state.irq_pending, 0u);
    EXPECT_FALSE(g_vcpu.vif);
    // The interrupt frame returns to the instruction after hlt.
    expect_words(DM + kStackTop - 40, {kTableSiteHlt + TANDEM_SITE_CALL_LEN, kKernelCs,
                                       TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_CF, DM + kStackTop,
                                       kKernelDs});
    EXPECT_EQ(g_kernel_area[17], handler_for(32));
    EXPECT_EQ(g_kernel_area[16], DM + kStackTop - 40);
}

TEST_F(Sites, CliKeepsInterruptsPending) {
    g_vcpu.vif = true;
    ASSERT_EQ(dispatch(frame_for(kTableSiteCli)), Outcome::kResumedKernel);
    g_vcpu.state.irq_pending = 1;
    ASSERT_EQ(dispatch(frame_for(kTableSiteCli)), Outcome::kResumedKernel);
    EXPECT_EQ(g_vcpu.state.irq_pending, 1u);
    EXPECT_EQ(g_kernel_area[17], kTableSiteCli + TANDEM_SITE_CALL_LEN);
    EXPECT_EQ(table_site(kTableSiteCli)->count, 2u);
}

TEST_F(Sites, ResumeKernelDeliversPendingInterrupt) {
    g_vcpu.vif = true;
    g_vcpu.state.irq_pending = 1ull << 3;
    regs.rip = DM + 0x260000;
    ASSERT_EQ(run_vmlib([&] { vmlib::resume_kernel(regs); }), Outcome::kResumedKernel);
    EXPECT_EQ(g_kernel_area[17], handler_for(35));
    EXPECT_EQ(read64(DM + kStackTop - 40), DM + 0x260000);
}

// Returning to the kernel writes nothing on the guest's stack, so any RSP
// (even a user stack pointer after swapgs) is resumed as it is.
TEST_F(Sites, ResumeKernelTakesAnyStackPointer) {
    regs.gpr[TANDEM_RSP] = 0x7ffffffde000ull;
    regs.rip = DM + 0x260000;
    ASSERT_EQ(run_vmlib([&] { vmlib::resume_kernel(regs); }), Outcome::kResumedKernel);
    EXPECT_EQ(g_kernel_area[16], 0x7ffffffde000ull);
    EXPECT_EQ(g_kernel_area[17], DM + 0x260000);
}

// A swapgs site runs on vmlib's private stack: the guest RSP comes from the
// slot the site's xchg filled, and the slot gets the stack top back.
TEST_F(Sites, PrivateStackSiteTakesTheGuestRspFromTheSlot) {
    g_vcpu.state.gs_base = 0x7fff00001000ull;
    g_vcpu.state.kernel_gs_base = DM + 0x2000;
    const u64 user_rsp = 0x7ffffffde008ull;
    __vmlib_private_rsp = user_rsp;
    tandem_regs f = frame_for(kTableSiteSwapgs);
    f.gpr[TANDEM_RSP] = u64(kPrivateTop) - 8;  // what __vmlib_site saw
    ASSERT_EQ(dispatch(f), Outcome::kResumedKernel);
    EXPECT_EQ(g_kernel_area[16], user_rsp);
    EXPECT_EQ(g_kernel_area[17], kTableSiteSwapgs + TANDEM_SITE_CALL_LEN);
    EXPECT_EQ(__vmlib_private_rsp, u64(kPrivateTop));
    EXPECT_EQ(g_vcpu.state.gs_base, DM + 0x2000);
    EXPECT_TRUE(vmlib::in_private_stack_window(u64(kPrivateTop)));
    EXPECT_FALSE(vmlib::in_private_stack_window(user_rsp));
}

// A fault at a private-stack site reports the xchg before the call, so that
// returning from the handler runs the whole site again.
TEST_F(Sites, FaultAtPrivateStackSiteReportsTheXchg) {
    tandem_site* s = table_site(kTableSiteSwapgs);
    EXPECT_EQ(vmlib::site_insn_addr(*s), kTableSiteSwapgs - TANDEM_SITE_PRIVATE_PREFIX_LEN);
    ASSERT_EQ(run_vmlib([&] { vmlib::fault_at_site(*s, regs, TANDEM_EXC_GP, 0); }), Outcome::kResumedKernel);
    EXPECT_EQ(read64(regs.gpr[TANDEM_RSP] + 8), kTableSiteSwapgs - TANDEM_SITE_PRIVATE_PREFIX_LEN);
}

TEST_F(Sites, ResumeFollowsTheCpl) {
    g_vcpu.state.cpl = 3;
    regs.rip = 0x401000;
    regs.gpr[TANDEM_RSP] = 0x7fff0000;
    ASSERT_EQ(run_vmlib([&] { vmlib::resume(regs); }), Outcome::kResumedUser);
    EXPECT_EQ(g_user_area[18], 0x401000u);
    g_vcpu.state.cpl = 0;
    regs.rip = DM + 0x200000;
    regs.gpr[TANDEM_RSP] = DM + kStackTop;
    ASSERT_EQ(run_vmlib([&] { vmlib::resume(regs); }), Outcome::kResumedKernel);
}

TEST_F(Sites, FaultWithoutIdtIsTripleFault) {
    g_vcpu.state.idtr = tandem_dtr{};
    tandem_site s = make_site(TANDEM_SITE_RDMSR);
    ASSERT_EQ(run_vmlib([&] { vmlib::fault_at_site(s, regs, TANDEM_EXC_GP, 0x10); }), Outcome::kFatal);
    EXPECT_EQ(g_calls.fatal_reason, TANDEM_EXIT_SHUTDOWN);
    EXPECT_EQ(g_calls.fatal_rip, kSiteAddr);
    EXPECT_EQ(g_calls.fatal_vector, u32(TANDEM_EXC_GP));
    EXPECT_EQ(g_calls.fatal_error, 0x10u);
}

TEST_F(Sites, OperandAddress) {
    regs.gpr[TANDEM_RBX] = 0x1000;
    regs.gpr[TANDEM_RSI] = 3;
    EXPECT_EQ(vmlib::operand_address(mem_site(TANDEM_SITE_LGDT, TANDEM_RBX, TANDEM_RSI, 8, -0x10), regs), 0x1000u + 24 - 16);
    EXPECT_EQ(vmlib::operand_address(mem_site(TANDEM_SITE_LGDT, TANDEM_RBX, TANDEM_REG_NONE, 1, 0x20), regs), 0x1020u);
    EXPECT_EQ(vmlib::operand_address(mem_site(TANDEM_SITE_LGDT, TANDEM_REG_NONE, TANDEM_RSI, 4, 0x20), regs), 0x2cu);
    EXPECT_EQ(vmlib::operand_address(mem_site(TANDEM_SITE_LGDT, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(DM + 0x1234)), regs),
              DM + 0x1234);
    EXPECT_EQ(vmlib::operand_address(mem_site(TANDEM_SITE_LGDT, TANDEM_REG_NONE, TANDEM_RSI, 0, 0), regs), 3u);
    // RSP as base is the stack pointer of the instruction (before the call).
    EXPECT_EQ(vmlib::operand_address(mem_site(TANDEM_SITE_LGDT, TANDEM_RSP, TANDEM_REG_NONE, 1, 8), regs), DM + kStackTop + 8);
}

TEST(SiteHandlers, EveryKindHasAHandler) {
    EXPECT_EQ(vmlib::site_handler(TANDEM_SITE_INVALID), nullptr);
    EXPECT_EQ(vmlib::site_handler(TANDEM_SITE_KIND_COUNT), nullptr);
    for (u16 k = 1; k < TANDEM_SITE_KIND_COUNT; k++) EXPECT_NE(vmlib::site_handler(k), nullptr) << k;
    EXPECT_EQ(vmlib::site_handler(TANDEM_SITE_IRETQ), &vmlib::emulate_iretq);
    EXPECT_EQ(vmlib::site_handler(TANDEM_SITE_MWAIT), &vmlib::emulate_mwait);
}

} // namespace
