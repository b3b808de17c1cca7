// cpuid, xsetbv, the no-op instructions, and port I/O / hlt.
#include <cpuid.h>

#include <array>

#include "fixture.h"

using namespace testenv;
using vmlib::g_vcpu;

namespace {

// The host's XCR0, which bounds what the guest may enable.
u64 host_xcr0() {
    u32 lo, hi;
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (u64(hi) << 32) | lo;
}

class Misc : public EmuTest {
protected:
    // cpuid with leaf/subleaf; returns {eax, ebx, ecx, edx}.
    std::array<u32, 4> cpuid(u32 leaf, u32 sub = 0) {
        regs.gpr[TANDEM_RAX] = 0xffffffff00000000ull | leaf;
        regs.gpr[TANDEM_RCX] = sub;
        vmlib::emulate_cpuid(make_site(TANDEM_SITE_CPUID), regs);
        for (int r : {TANDEM_RAX, TANDEM_RBX, TANDEM_RCX, TANDEM_RDX}) EXPECT_EQ(regs.gpr[r] >> 32, 0u);
        return {u32(regs.gpr[TANDEM_RAX]), u32(regs.gpr[TANDEM_RBX]), u32(regs.gpr[TANDEM_RCX]),
                u32(regs.gpr[TANDEM_RDX])};
    }
    Outcome xsetbv(u32 ecx, u64 value) {
        regs.gpr[TANDEM_RCX] = ecx;
        regs.gpr[TANDEM_RAX] = value & 0xffffffff;
        regs.gpr[TANDEM_RDX] = value >> 32;
        tandem_site s = make_site(TANDEM_SITE_XSETBV);
        return run_vmlib([&] { vmlib::emulate_xsetbv(s, regs); });
    }
    Outcome run(void (*h)(const tandem_site&, tandem_regs&), const tandem_site& s) {
        return run_vmlib([&] { h(s, regs); });
    }
};

TEST_F(Misc, CpuidHypervisorLeafSaysTandemTandem) {
    auto r = cpuid(0x40000000);
    EXPECT_EQ(r[0], 0x40000000u);
    char name[13] = {};
    std::memcpy(name, &r[1], 4);
    std::memcpy(name + 4, &r[2], 4);
    std::memcpy(name + 8, &r[3], 4);
    EXPECT_STREQ(name, "TandemTandem");
    auto other = cpuid(0x40000001);
    EXPECT_EQ(other, (std::array<u32, 4>{0, 0, 0, 0}));
    auto top = cpuid(0x4fffffff);
    EXPECT_EQ(top, (std::array<u32, 4>{0, 0, 0, 0}));
}

TEST_F(Misc, CpuidLeaf1HasTheHypervisorBitAndNoVmxMonitor) {
    u32 a, b, c, d;
    __cpuid_count(1, 0, a, b, c, d);
    auto r = cpuid(1);
    EXPECT_EQ(r[0], a);
    // PCID is offered because the fake host keeps address spaces apart.
    EXPECT_EQ(r[2], (c | (1u << 31) | (1u << 17)) & ~((1u << 5) | (1u << 3)));
    EXPECT_EQ(r[3], d);
    EXPECT_EQ(r[1] & 0x00ffffff, b & 0x00ffffff);  // bits 31:24 are the APIC ID of whichever CPU ran it
}

TEST_F(Misc, CpuidOtherLeavesAreTheHosts) {
    u32 a, b, c, d;
    __cpuid_count(0, 0, a, b, c, d);
    EXPECT_EQ(cpuid(0), (std::array<u32, 4>{a, b, c, d}));
    __cpuid_count(0x80000001u, 0, a, b, c, d);
    auto r = cpuid(0x80000001u);
    EXPECT_EQ(r[2], c & ~(1u << 2));  // no SVM
    EXPECT_EQ(r[3], d);
}

TEST_F(Misc, XsetbvAcceptsSubsetsOfTheHost) {
    u64 host = host_xcr0();
    ASSERT_EQ(xsetbv(0, host), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.xcr0, host);
    ASSERT_EQ(xsetbv(0, 3), Outcome::kReturned);
    EXPECT_EQ(g_vcpu.state.xcr0, 3u);
}

TEST_F(Misc, XsetbvRejectsBitsTheHostLacks) {
    u64 host = host_xcr0();
    g_vcpu.state.xcr0 = 3;
    int bit = 0;
    while (bit < 63 && (host >> bit & 1)) bit++;
    ASSERT_LT(bit, 63);
    expect_fault_at_site(xsetbv(0, host | (1ull << bit)), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.xcr0, 3u);
}

TEST_F(Misc, XsetbvRejectsNoX87AvxWithoutSseAndOtherXcr) {
    u64 host = host_xcr0();
    g_vcpu.state.xcr0 = 3;
    expect_fault_at_site(xsetbv(0, 2), TANDEM_EXC_GP, 0);
    EXPECT_EQ(g_vcpu.state.xcr0, 3u);
    reset_regs();
    expect_fault_at_site(xsetbv(1, 3), TANDEM_EXC_GP, 0);
    if (host & 4) {
        reset_regs();
        expect_fault_at_site(xsetbv(0, 5), TANDEM_EXC_GP, 0);
    }
    EXPECT_EQ(g_vcpu.state.xcr0, 3u);
}

TEST_F(Misc, NoEffectInstructions) {
    tandem_vcpu_state before = g_vcpu.state;
    tandem_regs rbefore = regs;
    for (u16 k : {TANDEM_SITE_WBINVD, TANDEM_SITE_INVD, TANDEM_SITE_MONITOR})
        vmlib::site_handler(k)(make_site(k), regs);
    EXPECT_EQ(0, std::memcmp(&before, &g_vcpu.state, sizeof before));
    EXPECT_EQ(0, std::memcmp(&rbefore, &regs, sizeof regs));
}

TEST_F(Misc, OutExitsToVmproc) {
    regs.gpr[TANDEM_RAX] = 0x123456780000002aull;
    tandem_site s = make_site(TANDEM_SITE_OUT);
    s.form = TANDEM_FORM_IMM;
    s.imm = TANDEM_PORT_POWER;
    s.width = 4;
    vmlib::emulate_out(s, regs);
    ASSERT_EQ(g_calls.exits, std::vector<tandem_exit_reason>{TANDEM_EXIT_IO});
    EXPECT_EQ(vmlib::g_run.io_port, TANDEM_PORT_POWER);
    EXPECT_EQ(vmlib::g_run.io_size, 4);
    EXPECT_EQ(vmlib::g_run.io_in, 0);
    EXPECT_EQ(vmlib::g_run.io_value, 0x2au);
}

TEST_F(Misc, OutToTimerStaysInVmlib) {
    regs.gpr[TANDEM_RAX] = 1000;
    regs.gpr[TANDEM_RDX] = TANDEM_PORT_TIMER;
    tandem_site s = make_site(TANDEM_SITE_OUT);
    s.form = TANDEM_FORM_DX;
    s.width = 4;
    vmlib::emulate_out(s, regs);
    EXPECT_TRUE(g_calls.exits.empty());
    EXPECT_EQ(g_calls.local_ports, (std::vector<u32>{TANDEM_PORT_TIMER, 1000}));
}

TEST_F(Misc, InMergesTheValueVmprocStored) {
    g_calls.on_exit = [](tandem_exit_reason) { vmlib::g_run.io_value = 0xdeadbeef; };
    regs.gpr[TANDEM_RAX] = 0x1111111111111111ull;
    regs.gpr[TANDEM_RDX] = TANDEM_PORT_ENTROPY;
    tandem_site s = make_site(TANDEM_SITE_IN);
    s.form = TANDEM_FORM_DX;
    s.width = 2;
    vmlib::emulate_in(s, regs);
    EXPECT_EQ(vmlib::g_run.io_port, TANDEM_PORT_ENTROPY);
    EXPECT_EQ(vmlib::g_run.io_size, 2);
    EXPECT_EQ(vmlib::g_run.io_in, 1);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0x111111111111beefull);
    s.width = 4;
    vmlib::emulate_in(s, regs);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0xdeadbeefull);
    s.width = 1;
    vmlib::emulate_in(s, regs);
    EXPECT_EQ(regs.gpr[TANDEM_RAX], 0xdeadbeefull);
}

TEST_F(Misc, RepOutsHonoursDf) {
    const u8 bytes[3] = {'a', 'b', 'c'};
    std::memcpy(phys(kDataPhys), bytes, 3);
    std::vector<u32> seen;
    g_calls.on_exit = [&](tandem_exit_reason) { seen.push_back(vmlib::g_run.io_value); };
    regs.gpr[TANDEM_RSI] = DM + kDataPhys;
    regs.gpr[TANDEM_RCX] = 3;
    regs.gpr[TANDEM_RDX] = TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_PUTC;
    tandem_site s = make_site(TANDEM_SITE_OUTS);
    s.form = TANDEM_FORM_DX;
    s.width = 1;
    s.flags = TANDEM_SITE_FLAG_REP;
    ASSERT_EQ(run(vmlib::emulate_outs, s), Outcome::kReturned);
    EXPECT_EQ(seen, (std::vector<u32>{'a', 'b', 'c'}));
    EXPECT_EQ(regs.gpr[TANDEM_RSI], DM + kDataPhys + 3);
    EXPECT_EQ(regs.gpr[TANDEM_RCX], 0u);

    seen.clear();
    regs.rflags |= TANDEM_RFLAGS_DF;
    regs.gpr[TANDEM_RSI] = DM + kDataPhys + 2;
    regs.gpr[TANDEM_RCX] = 2;
    ASSERT_EQ(run(vmlib::emulate_outs, s), Outcome::kReturned);
    EXPECT_EQ(seen, (std::vector<u32>{'c', 'b'}));
    EXPECT_EQ(regs.gpr[TANDEM_RSI], DM + kDataPhys);
}

TEST_F(Misc, HltWithIfClearStopsTheVm) {
    g_vcpu.vif = false;
    Outcome o = run(vmlib::emulate_hlt, make_site(TANDEM_SITE_HLT));
    EXPECT_EQ(o, Outcome::kFatal);
    EXPECT_EQ(g_calls.fatal_reason, TANDEM_EXIT_SHUTDOWN);
    EXPECT_EQ(g_calls.fatal_rip, kSiteAddr);
}

TEST_F(Misc, HltWaitsForAnInterrupt) {
    g_vcpu.vif = true;
    g_vcpu.state.timer_deadline_ns = 123456;
    int halts = 0;
    g_calls.on_exit = [&](tandem_exit_reason r) {
        EXPECT_EQ(r, TANDEM_EXIT_HALT);
        EXPECT_EQ(g_vcpu.state.halted, 1);
        EXPECT_EQ(vmlib::g_run.halt_deadline_ns, 123456u);
        if (++halts == 2) g_vcpu.state.irq_pending = 1;  // the timer fired
    };
    ASSERT_EQ(run(vmlib::emulate_hlt, make_site(TANDEM_SITE_HLT)), Outcome::kReturned);
    EXPECT_EQ(halts, 2);
    EXPECT_EQ(g_vcpu.state.halted, 0);
    EXPECT_EQ(g_vcpu.state.irq_pending, 1u);  // delivered later, on resume
}

TEST_F(Misc, HltWithPendingInterruptDoesNotExit) {
    g_vcpu.vif = true;
    g_vcpu.state.irq_pending = 4;
    ASSERT_EQ(run(vmlib::emulate_hlt, make_site(TANDEM_SITE_HLT)), Outcome::kReturned);
    EXPECT_TRUE(g_calls.exits.empty());
}

TEST_F(Misc, MwaitWakesWithIfClear) {
    g_vcpu.vif = false;
    g_calls.on_exit = [](tandem_exit_reason) { g_vcpu.state.irq_pending = 1; };
    ASSERT_EQ(run(vmlib::emulate_mwait, make_site(TANDEM_SITE_MWAIT)), Outcome::kReturned);
    EXPECT_EQ(g_calls.exits, std::vector<tandem_exit_reason>{TANDEM_EXIT_HALT});
}

} // namespace
