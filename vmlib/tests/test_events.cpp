// vmlib's common handling of guest events (events.cpp) that both host
// mechanisms reach: a SIGSYS in user-only mode, the module's upcall in
// composite mode.
#include "events.h"
#include "fixture.h"

using namespace testenv;
using vmlib::g_vcpu;

namespace {

constexpr u64 kLstar = DM + 0x200040;

class Events : public VmlibTest {
protected:
    void SetUp() override {
        VmlibTest::SetUp();
        setup_descriptor_tables();
        set_all_gates();
        g_vcpu.state.star = u64(kKernelCs) << 32 | u64(kUser32Cs) << 48;
        g_vcpu.state.lstar = kLstar;
        g_vcpu.state.fmask = TANDEM_RFLAGS_IF;
        g_vcpu.vif = true;
    }
};

TEST_F(Events, UserSyscallEntersTheKernelAndIsCounted) {
    g_vcpu.state.cpl = 3;
    regs.rip = 0x401002;
    ASSERT_TRUE(vmlib::handle_syscall(regs));
    EXPECT_EQ(regs.rip, kLstar);
    EXPECT_EQ(regs.gpr[TANDEM_RCX], 0x401002u);
    EXPECT_EQ(g_vcpu.state.cpl, 0);
    EXPECT_FALSE(g_vcpu.vif);
    EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_SYSCALL], 1u);
}

TEST_F(Events, KernelSyscallIsInvalidOpcodeAtTheInstruction) {
    g_vcpu.state.cpl = 0;
    regs.rip = DM + 0x300002;  // after the 2-byte `syscall`
    regs.gpr[TANDEM_RSP] = DM + kStackTop;
    ASSERT_TRUE(vmlib::handle_syscall(regs));
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_UD));
    expect_words(regs.gpr[TANDEM_RSP], {DM + 0x300000, kKernelCs});
    EXPECT_EQ(vmlib::g_stats.exceptions[TANDEM_EXC_UD], 1u);
    EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_SYSCALL], 0u);
}

} // namespace
