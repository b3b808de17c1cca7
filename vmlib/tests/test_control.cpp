// Control and debug registers, invlpg and invpcid.
#include "fixture.h"

using namespace testenv;
using vmlib::g_vcpu;

namespace {

constexpr u64 kBootCr0 = 0x80010033;  // PE|MP|ET|NE|WP|PG
constexpr u64 kBootCr4 = TANDEM_CR4_PAE | TANDEM_CR4_OSFXSR | TANDEM_CR4_OSXMMEXCPT | TANDEM_CR4_FSGSBASE;

class Control : public EmuTest {
protected:
    // mov %reg, %crN with `value` in r10.
    Outcome to_cr(u8 cr, u64 value) {
        regs.gpr[TANDEM_R10] = value;
        tandem_site s = reg_site(TANDEM_SITE_MOV_TO_CR, TANDEM_R10, 8, cr);
        return run_vmlib([&] { vmlib::emulate_mov_to_cr(s, regs); });
    }
    // mov %crN, %r11; returns r11.
    u64 from_cr(u8 cr) {
        regs.gpr[TANDEM_R11] = 0x5a5a5a5a5a5a5a5aull;
        vmlib::emulate_mov_from_cr(reg_site(TANDEM_SITE_MOV_FROM_CR, TANDEM_R11, 8, cr), regs);
        return regs.gpr[TANDEM_R11];
    }
    // invpcid of `type` (in rcx) with the descriptor {pcid, va} in guest memory.
    Outcome invpcid(u64 type, u64 pcid, u64 va) {
        u64 desc[2] = {pcid, va};
        std::memcpy(phys(kDataPhys), desc, 16);
        tandem_site s = mem_site(TANDEM_SITE_INVPCID, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(DM + kDataPhys), 16);
        s.reg = TANDEM_RCX;
        regs.gpr[TANDEM_RCX] = type;
        return run_vmlib([&] { vmlib::emulate_invpcid(s, regs); });
    }
};

TEST_F(Control, Cr0WriteAddsEt) {
    ASSERT_EQ(to_cr(0, (kBootCr0 & ~TANDEM_CR0_ET) | TANDEM_CR0_TS), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cr0, kBootCr0 | TANDEM_CR0_TS);
    EXPECT_EQ(from_cr(0), kBootCr0 | TANDEM_CR0_TS);
}

TEST_F(Control, Cr0WithoutPgOrPeIsGp) {
    expect_fault_at_site(to_cr(0, kBootCr0 & ~TANDEM_CR0_PG), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.cr0, kBootCr0);
}

TEST_F(Control, Cr0WithoutPeIsGp) {
    expect_fault_at_site(to_cr(0, kBootCr0 & ~TANDEM_CR0_PE), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.cr0, kBootCr0);
}

TEST_F(Control, Cr2) {
    ASSERT_EQ(to_cr(2, 0x7fffdeadbeefull), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cr2, 0x7fffdeadbeefull);
    EXPECT_EQ(from_cr(2), 0x7fffdeadbeefull);
}

using Load = std::pair<vmlib::u32, bool>;
using Inval = std::pair<vmlib::u32, u64>;

TEST_F(Control, Cr3LoadFlushesItsAddressSpace) {
    ASSERT_EQ(to_cr(3, 0x20000 | 0x18), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cr3, 0x20018u);
    EXPECT_EQ(g_calls.loads, (std::vector<Load>{{0, true}}));
    EXPECT_TRUE(g_calls.invalidations.empty());
    EXPECT_EQ(from_cr(3), 0x20018u);
    // Without CR4.PCIDE every load flushes, and bit 63 is reserved.
    ASSERT_EQ(to_cr(3, 0x20018), Outcome::kReturned);
    EXPECT_EQ(g_calls.loads, (std::vector<Load>{{0, true}, {0, true}}));
    expect_fault_at_site(to_cr(3, 0x20000 | TANDEM_CR3_NOFLUSH), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.cr3, 0x20018u);
}

TEST_F(Control, Cr3WithPcidsNamesTheAddressSpaceAndMayKeepIt) {
    g_vcpu.state.cr4 = kBootCr4;
    ASSERT_EQ(to_cr(4, kBootCr4 | TANDEM_CR4_PCIDE), Outcome::kReturned);
    ASSERT_EQ(to_cr(3, 0x20000 | 7), Outcome::kReturned);
    ASSERT_EQ(to_cr(3, 0x30000 | 9 | TANDEM_CR3_NOFLUSH), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cr3, 0x30009u);  // bit 63 is not stored
    EXPECT_EQ(from_cr(3), 0x30009u);
    EXPECT_EQ(g_calls.loads, (std::vector<Load>{{7, true}, {9, false}}));
    // invlpg acts on the current PCID.
    regs.gpr[TANDEM_RAX] = 0x401000;
    vmlib::emulate_invlpg(mem_site(TANDEM_SITE_INVLPG, TANDEM_RAX, TANDEM_REG_NONE, 1, 0, 1), regs);
    EXPECT_EQ(g_calls.invalidations, (std::vector<Inval>{{9, 0x401000}}));
}

TEST_F(Control, PcideNeedsPcidZeroAndItsClearingFlushesEverything) {
    g_vcpu.state.cr4 = kBootCr4;
    g_vcpu.state.cr3 = 0x20005;  // PWT/PCD-style low bits stand in for a PCID
    expect_fault_at_site(to_cr(4, kBootCr4 | TANDEM_CR4_PCIDE), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.cr4, kBootCr4);
    g_vcpu.state.cr3 = 0x20000;
    ASSERT_EQ(to_cr(4, kBootCr4 | TANDEM_CR4_PCIDE), Outcome::kReturned);
    EXPECT_TRUE(g_calls.invalidations.empty());
    ASSERT_EQ(to_cr(4, kBootCr4), Outcome::kReturned);
    EXPECT_EQ(g_calls.invalidations, (std::vector<Inval>{{vmlib::kAllPcids, vmlib::kAllPages}}));
}

TEST_F(Control, Cr3BeyondMemoryIsGp) {
    g_vcpu.state.cr3 = 0x10000;
    expect_fault_at_site(to_cr(3, kMemSize), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.cr3, 0x10000u);
    EXPECT_TRUE(g_calls.loads.empty());
}

TEST_F(Control, Cr3LastPageOfMemoryIsAccepted) {
    ASSERT_EQ(to_cr(3, kMemSize - TANDEM_PAGE_SIZE), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cr3, kMemSize - TANDEM_PAGE_SIZE);
}

TEST_F(Control, Cr4PgeToggleFlushes) {
    g_vcpu.state.cr4 = kBootCr4;
    ASSERT_EQ(to_cr(4, kBootCr4 | TANDEM_CR4_OSXSAVE), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cr4, kBootCr4 | TANDEM_CR4_OSXSAVE);
    EXPECT_TRUE(g_calls.invalidations.empty());
    ASSERT_EQ(to_cr(4, kBootCr4 | TANDEM_CR4_PGE), Outcome::kReturned);
    EXPECT_EQ(g_calls.invalidations.size(), 1u);
    ASSERT_EQ(to_cr(4, kBootCr4), Outcome::kReturned);
    EXPECT_EQ(g_calls.invalidations, (std::vector<Inval>(2, {vmlib::kAllPcids, vmlib::kAllPages})));
    EXPECT_EQ(from_cr(4), kBootCr4);
}

TEST_F(Control, Cr4WithoutPaeIsGp) {
    g_vcpu.state.cr4 = kBootCr4;
    expect_fault_at_site(to_cr(4, kBootCr4 & ~TANDEM_CR4_PAE), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.cr4, kBootCr4);
}

TEST_F(Control, Cr8KeepsFourBits) {
    ASSERT_EQ(to_cr(8, 0x1234f), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.cr8, 0xfu);
    EXPECT_EQ(from_cr(8), 0xfu);
}

TEST_F(Control, UnknownCrIsUd) {
    expect_fault_at_site(to_cr(5, 0), TANDEM_EXC_UD, -1);
}

TEST_F(Control, ReadUnknownCrIsUd) {
    tandem_site s = reg_site(TANDEM_SITE_MOV_FROM_CR, TANDEM_R11, 8, 1);
    regs.gpr[TANDEM_R11] = 7;
    Outcome o = run_vmlib([&] { vmlib::emulate_mov_from_cr(s, regs); });
    expect_fault_at_site(o, TANDEM_EXC_UD, -1);
    EXPECT_EQ(regs.gpr[TANDEM_R11], 7u);
}

TEST_F(Control, DebugRegisters) {
    regs.gpr[TANDEM_RAX] = 0x401000;
    vmlib::emulate_mov_to_dr(reg_site(TANDEM_SITE_MOV_TO_DR, TANDEM_RAX, 8, 3), regs);
    EXPECT_EQ(g_vcpu.state.dr[3], 0x401000u);
    auto read_dr = [&](u8 n) {
        vmlib::emulate_mov_from_dr(reg_site(TANDEM_SITE_MOV_FROM_DR, TANDEM_RBX, 8, n), regs);
        return regs.gpr[TANDEM_RBX];
    };
    EXPECT_EQ(read_dr(3), 0x401000u);
    EXPECT_EQ(read_dr(6), 0xffff0ff0u);  // architectural reset values
    EXPECT_EQ(read_dr(7), 0x400u);
    EXPECT_EQ(read_dr(0), 0u);
    tandem_site bad = reg_site(TANDEM_SITE_MOV_TO_DR, TANDEM_RAX, 8, 4);
    expect_fault_at_site(run_vmlib([&] { vmlib::emulate_mov_to_dr(bad, regs); }), TANDEM_EXC_UD, -1);
}

TEST_F(Control, InvlpgFlushesTheUserPage) {
    regs.gpr[TANDEM_RAX] = 0x401000;
    tandem_site s = mem_site(TANDEM_SITE_INVLPG, TANDEM_RAX, TANDEM_REG_NONE, 1, 0xabc, 1);
    vmlib::emulate_invlpg(s, regs);
    EXPECT_EQ(g_calls.invalidations, (std::vector<Inval>{{0, 0x401000}}));
}

TEST_F(Control, InvlpgOfKernelAddressFlushesNothing) {
    tandem_site s = mem_site(TANDEM_SITE_INVLPG, TANDEM_REG_RIP, TANDEM_REG_NONE, 1, int64_t(DM + 0x5000), 1);
    vmlib::emulate_invlpg(s, regs);
    EXPECT_TRUE(g_calls.invalidations.empty());
}

TEST_F(Control, Invpcid) {
    g_vcpu.state.cr4 = kBootCr4 | TANDEM_CR4_PCIDE;
    for (u64 type = 0; type <= 3; type++) ASSERT_EQ(invpcid(type, 5, 0x7fff1234), Outcome::kReturned);
    EXPECT_EQ(g_calls.invalidations,
              (std::vector<Inval>{{5, 0x7fff1000}, {5, vmlib::kAllPages}, {vmlib::kAllPcids, vmlib::kAllPages},
                                  {vmlib::kAllPcids, vmlib::kAllPages}}));
    expect_fault_at_site(invpcid(4, 5, 0x7fff1234), TANDEM_EXC_GP, 0);
}

// A PCID above 4095, or one other than 0 without CR4.PCIDE: #GP.
TEST_F(Control, InvpcidOfAPcidOutOfRangeIsGp) {
    g_vcpu.state.cr4 = kBootCr4 | TANDEM_CR4_PCIDE;
    expect_fault_at_site(invpcid(1, 4096, 0), TANDEM_EXC_GP, 0);
    EXPECT_TRUE(g_calls.invalidations.empty());
}

TEST_F(Control, InvpcidOfAPcidWithoutPcideIsGp) {
    g_vcpu.state.cr4 = kBootCr4;
    expect_fault_at_site(invpcid(0, 5, 0), TANDEM_EXC_GP, 0);
    EXPECT_TRUE(g_calls.invalidations.empty());
}

} // namespace
