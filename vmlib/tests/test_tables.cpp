// Descriptor-table registers and the machine status word: lgdt, lidt, sgdt,
// sidt, lldt, ltr, sldt, str, smsw, lmsw, clts.
#include "fixture.h"

using namespace testenv;
using vmlib::g_vcpu;

namespace {

constexpr u64 kOperand = DM + kDataPhys + 0x100;

class Tables : public EmuTest {
protected:
    // Writes a 10-byte pseudo-descriptor at `va`.
    void put_pseudo(u64 va, u16 limit, u64 base) {
        std::memcpy(reinterpret_cast<void*>(va), &limit, 2);
        std::memcpy(reinterpret_cast<void*>(va + 2), &base, 8);
    }
    // Type field of the TSS descriptor in the GDT.
    u8 tss_type() { return u8((phys<u64>(kGdtPhys)[kTssSel / 8] >> 40) & 0xf); }
    // Runs one handler on `site` with the fixture's registers.
    Outcome run(void (*h)(const tandem_site&, tandem_regs&), const tandem_site& s) {
        return run_vmlib([&] { h(s, regs); });
    }
};

TEST_F(Tables, LgdtWithBaseIndexScaleDisp) {
    put_pseudo(kOperand, 0x7f, 0x123456789abcdef0ull);
    regs.gpr[TANDEM_RBX] = kOperand - 0x40;
    regs.gpr[TANDEM_RCX] = 4;
    tandem_site s = mem_site(TANDEM_SITE_LGDT, TANDEM_RBX, TANDEM_RCX, 8, 0x20);  // -0x40 + 4*8 + 0x20
    ASSERT_EQ(run(vmlib::emulate_lgdt, s), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.gdtr.limit, 0x7f);
    EXPECT_EQ(g_vcpu.state.gdtr.base, 0x123456789abcdef0ull);

    // Negative displacement.
    put_pseudo(kOperand + 0x40, 0x1f, DM + 0x5000);
    regs.gpr[TANDEM_RBX] = kOperand + 0x50;
    regs.gpr[TANDEM_RCX] = 2;
    tandem_site n = mem_site(TANDEM_SITE_LGDT, TANDEM_RBX, TANDEM_RCX, 4, -0x18);
    ASSERT_EQ(run(vmlib::emulate_lgdt, n), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.gdtr.limit, 0x1f);
    EXPECT_EQ(g_vcpu.state.gdtr.base, DM + 0x5000);
}

TEST_F(Tables, LidtRipBaseMeansAbsoluteDisp) {
    put_pseudo(kOperand, 0x0fff, DM + 0x7000);
    tandem_site s = mem_site(TANDEM_SITE_LIDT, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(kOperand));
    ASSERT_EQ(run(vmlib::emulate_lidt, s), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.idtr.limit, 0x0fff);
    EXPECT_EQ(g_vcpu.state.idtr.base, DM + 0x7000);
}

TEST_F(Tables, SgdtSidtStoreTenBytes) {
    g_vcpu.state.gdtr.limit = 0x4f;
    g_vcpu.state.gdtr.base = 0x1122334455667788ull;
    g_vcpu.state.idtr.limit = 0xabc;
    g_vcpu.state.idtr.base = DM + 0x3000;
    std::memset(reinterpret_cast<void*>(kOperand), 0xaa, 32);

    regs.gpr[TANDEM_RSP] = kOperand + 0x10;
    tandem_site sg = mem_site(TANDEM_SITE_SGDT, TANDEM_RSP, TANDEM_REG_NONE, 1, -0x10);
    ASSERT_EQ(run(vmlib::emulate_sgdt, sg), Outcome::kReturned);
    const u8 expect_g[11] = {0x4f, 0x00, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0xaa};
    EXPECT_EQ(0, std::memcmp(reinterpret_cast<void*>(kOperand), expect_g, 11));

    tandem_site si = mem_site(TANDEM_SITE_SIDT, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(kOperand + 16));
    ASSERT_EQ(run(vmlib::emulate_sidt, si), Outcome::kReturned);
    u16 limit;
    u64 base;
    std::memcpy(&limit, reinterpret_cast<void*>(kOperand + 16), 2);
    std::memcpy(&base, reinterpret_cast<void*>(kOperand + 18), 8);
    EXPECT_EQ(limit, 0xabc);
    EXPECT_EQ(base, DM + 0x3000);
    EXPECT_EQ(*reinterpret_cast<u8*>(kOperand + 26), 0xaa);
}

TEST_F(Tables, LgdtSgdtRoundTrip) {
    put_pseudo(kOperand, 0x37, DM + 0x9000);
    tandem_site l = mem_site(TANDEM_SITE_LGDT, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(kOperand));
    tandem_site st = mem_site(TANDEM_SITE_SGDT, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(kOperand + 0x20));
    ASSERT_EQ(run(vmlib::emulate_lgdt, l), Outcome::kReturned);
    ASSERT_EQ(run(vmlib::emulate_sgdt, st), Outcome::kReturned);
    EXPECT_EQ(0, std::memcmp(reinterpret_cast<void*>(kOperand), reinterpret_cast<void*>(kOperand + 0x20), 10));
}

TEST_F(Tables, LgdtFromUnreadableMemoryIsGp) {
    tandem_dtr before = g_vcpu.state.gdtr;
    tandem_site s = mem_site(TANDEM_SITE_LGDT, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(DM + kMemSize - 4));
    Outcome o = run(vmlib::emulate_lgdt, s);
    expect_fault_at_site(o, TANDEM_EXC_GP, 0);
    EXPECT_EQ(0, std::memcmp(&before, &g_vcpu.state.gdtr, sizeof before));
}

TEST_F(Tables, LtrLoadsTrAndMarksTheTssBusy) {
    g_vcpu.state.tr = 0;
    ASSERT_EQ(tss_type(), 0x9);
    regs.gpr[TANDEM_RAX] = 0xffff0000 | kTssSel;
    ASSERT_EQ(run(vmlib::emulate_ltr, reg_site(TANDEM_SITE_LTR, TANDEM_RAX, 2)), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.tr, kTssSel);
    EXPECT_EQ(tss_type(), 0xb);

    // Event delivery still finds the (now busy) TSS.
    g_vcpu.state.cpl = 3;
    ASSERT_EQ(vmlib::deliver(regs, 32, false, 0), vmlib::Delivery::kOk);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kRsp0Top - 40);
}

TEST_F(Tables, LtrFromMemory) {
    g_vcpu.state.tr = 0;
    u16 sel = kTssSel;
    std::memcpy(reinterpret_cast<void*>(kOperand), &sel, 2);
    tandem_site s = mem_site(TANDEM_SITE_LTR, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(kOperand), 2);
    ASSERT_EQ(run(vmlib::emulate_ltr, s), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.tr, kTssSel);
}

TEST_F(Tables, LtrOfBusyTssIsGp) {
    phys<u64>(kGdtPhys)[kTssSel / 8] |= 2ull << 40;
    g_vcpu.state.tr = 0;
    regs.gpr[TANDEM_RAX] = kTssSel;
    Outcome o = run(vmlib::emulate_ltr, reg_site(TANDEM_SITE_LTR, TANDEM_RAX, 2));
    expect_fault_at_site(o, TANDEM_EXC_GP, kTssSel);
    EXPECT_EQ(g_vcpu.state.tr, 0);
}

TEST_F(Tables, LtrOfNonTssSelectorIsGp) {
    g_vcpu.state.tr = 0;
    regs.gpr[TANDEM_RAX] = kKernelCs;
    Outcome o = run(vmlib::emulate_ltr, reg_site(TANDEM_SITE_LTR, TANDEM_RAX, 2));
    expect_fault_at_site(o, TANDEM_EXC_GP, kKernelCs);
    EXPECT_EQ(g_vcpu.state.tr, 0);
    EXPECT_EQ(phys<u64>(kGdtPhys)[kKernelCs / 8], 0x00af9a000000ffffull);
}

TEST_F(Tables, LtrOfNullLdtOrOutOfLimitSelectorIsGp) {
    struct Case { u16 sel; u32 error; } cases[] = {{0, 0}, {3, 0}, {kTssSel | 4, kTssSel}, {0x50, 0x50}, {0x48, 0x48}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.sel);
        reset_regs();
        regs.gpr[TANDEM_RAX] = c.sel;
        g_vcpu.state.tr = 0;
        Outcome o = run(vmlib::emulate_ltr, reg_site(TANDEM_SITE_LTR, TANDEM_RAX, 2));
        expect_fault_at_site(o, TANDEM_EXC_GP, c.error);
        EXPECT_EQ(g_vcpu.state.tr, 0);
    }
}

TEST_F(Tables, LtrOfNotPresentTssIsNp) {
    phys<u64>(kGdtPhys)[kTssSel / 8] &= ~(1ull << 47);
    g_vcpu.state.tr = 0;
    regs.gpr[TANDEM_RAX] = kTssSel;
    Outcome o = run(vmlib::emulate_ltr, reg_site(TANDEM_SITE_LTR, TANDEM_RAX, 2));
    expect_fault_at_site(o, TANDEM_EXC_NP, kTssSel);
    EXPECT_EQ(g_vcpu.state.tr, 0);
    EXPECT_EQ(tss_type(), 0x9);
}

TEST_F(Tables, LldtSldt) {
    regs.gpr[TANDEM_RDX] = 0x12340028;
    ASSERT_EQ(run(vmlib::emulate_lldt, reg_site(TANDEM_SITE_LLDT, TANDEM_RDX, 2)), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.ldtr, 0x28);
    regs.gpr[TANDEM_RSI] = 0xffffffffffffffffull;
    vmlib::emulate_sldt(reg_site(TANDEM_SITE_SLDT, TANDEM_RSI, 2), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RSI], 0xffffffffffff0028ull);
}

TEST_F(Tables, StrWidths) {
    g_vcpu.state.tr = kTssSel;
    regs.gpr[TANDEM_R9] = 0xdeadbeefcafebabeull;
    vmlib::emulate_str(reg_site(TANDEM_SITE_STR, TANDEM_R9, 2), regs);
    EXPECT_EQ(regs.gpr[TANDEM_R9], 0xdeadbeefcafe0040ull);
    vmlib::emulate_str(reg_site(TANDEM_SITE_STR, TANDEM_R9, 4), regs);
    EXPECT_EQ(regs.gpr[TANDEM_R9], 0x40u);
    regs.gpr[TANDEM_R9] = 0xdeadbeefcafebabeull;
    vmlib::emulate_str(reg_site(TANDEM_SITE_STR, TANDEM_R9, 8), regs);
    EXPECT_EQ(regs.gpr[TANDEM_R9], 0x40u);

    std::memset(reinterpret_cast<void*>(kOperand), 0xaa, 4);
    tandem_site m = mem_site(TANDEM_SITE_STR, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(kOperand), 2);
    ASSERT_EQ(run(vmlib::emulate_str, m), Outcome::kReturned);
    const u8 expect[4] = {0x40, 0x00, 0xaa, 0xaa};
    EXPECT_EQ(0, std::memcmp(reinterpret_cast<void*>(kOperand), expect, 4));
}

TEST_F(Tables, SmswWidths) {
    // CR0 = PE|MP|ET|NE|WP|PG = 0x80010033.
    ASSERT_EQ(g_vcpu.state.cr0, 0x80010033u);
    regs.gpr[TANDEM_RAX] = 0xdeadbeefcafebabeull;
    vmlib::emulate_smsw(reg_site(TANDEM_SITE_SMSW, TANDEM_RAX, 2), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0xdeadbeefcafe0033ull);
    vmlib::emulate_smsw(reg_site(TANDEM_SITE_SMSW, TANDEM_RAX, 4), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0x80010033u);  // SDM: r32 gets CR0[31:0]
    regs.gpr[TANDEM_RAX] = ~0ull;
    vmlib::emulate_smsw(reg_site(TANDEM_SITE_SMSW, TANDEM_RAX, 8), regs);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0x80010033u);

    std::memset(reinterpret_cast<void*>(kOperand), 0xaa, 4);
    tandem_site m = mem_site(TANDEM_SITE_SMSW, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(kOperand), 2);
    ASSERT_EQ(run(vmlib::emulate_smsw, m), Outcome::kReturned);
    const u8 expect[4] = {0x33, 0x00, 0xaa, 0xaa};
    EXPECT_EQ(0, std::memcmp(reinterpret_cast<void*>(kOperand), expect, 4));
}

TEST_F(Tables, LmswLoadsLowFourBitsButCannotClearPe) {
    regs.gpr[TANDEM_RAX] = 0xfff0 | TANDEM_CR0_MP | TANDEM_CR0_EM | TANDEM_CR0_TS;
    vmlib::emulate_lmsw(reg_site(TANDEM_SITE_LMSW, TANDEM_RAX, 2), regs);
    EXPECT_EQ(g_vcpu.state.cr0, 0x80010033u | TANDEM_CR0_EM | TANDEM_CR0_TS);

    regs.gpr[TANDEM_RAX] = 0;  // tries to clear PE, MP, EM, TS
    vmlib::emulate_lmsw(reg_site(TANDEM_SITE_LMSW, TANDEM_RAX, 2), regs);
    EXPECT_EQ(g_vcpu.state.cr0, 0x80010031u);

    g_vcpu.state.cr0 &= ~TANDEM_CR0_PE;
    regs.gpr[TANDEM_RAX] = TANDEM_CR0_PE;  // but may set it
    vmlib::emulate_lmsw(reg_site(TANDEM_SITE_LMSW, TANDEM_RAX, 2), regs);
    EXPECT_EQ(g_vcpu.state.cr0, 0x80010031u);
}

TEST_F(Tables, LmswFromMemory) {
    u16 v = TANDEM_CR0_TS | TANDEM_CR0_PE;
    std::memcpy(reinterpret_cast<void*>(kOperand), &v, 2);
    tandem_site m = mem_site(TANDEM_SITE_LMSW, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(kOperand), 2);
    ASSERT_EQ(run(vmlib::emulate_lmsw, m), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cr0, 0x80010031u | TANDEM_CR0_TS);
}

TEST_F(Tables, CltsClearsOnlyTs) {
    g_vcpu.state.cr0 |= TANDEM_CR0_TS | TANDEM_CR0_EM;
    vmlib::emulate_clts(make_site(TANDEM_SITE_CLTS), regs);
    EXPECT_EQ(g_vcpu.state.cr0, 0x80010033u | TANDEM_CR0_EM);
}

} // namespace
