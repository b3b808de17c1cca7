// The x86 rules shared with the kernel module (tandem/x86.h,
// tandem/x86_event.c), driven the way the module drives them: on a head of
// the virtual CPU of its own (a struct tandem_cp_vcpu, not vmlib's g_vcpu)
// and through a guest-memory callback of its own, which can refuse.
#include <tandem/x86_event.h>

#include <vector>

#include "fixture.h"

using namespace testenv;

namespace {

constexpr u64 kUserRip = 0x401000;
constexpr u64 kUserRsp = 0x7fff0008;
constexpr u64 kLstar = DM + 0x200040;

// The module's view of guest memory: the direct map, every access logged,
// writes refused on request (a frame that cannot be pushed).
struct ModuleMemory {
    std::vector<u64> reads, writes;
    bool refuse_writes = false;
};

int module_read(void* ctx, tandem_u64 va, void* out, tandem_u64 len) {
    auto* m = static_cast<ModuleMemory*>(ctx);
    m->reads.push_back(va);
    if (!vmlib::kernel_range_ok(va, len)) return 1;
    std::memcpy(out, reinterpret_cast<const void*>(va), len);
    return 0;
}

int module_write(void* ctx, tandem_u64 va, const void* in, tandem_u64 len) {
    auto* m = static_cast<ModuleMemory*>(ctx);
    m->writes.push_back(va);
    if (m->refuse_writes || !vmlib::kernel_range_ok(va, len)) return 1;
    std::memcpy(reinterpret_cast<void*>(va), in, len);
    return 0;
}

class X86Event : public VmlibTest {
protected:
    // A guest user program running with a user head, as the module finds it.
    void SetUp() override {
        VmlibTest::SetUp();
        setup_descriptor_tables();
        set_all_gates();
        head = tandem_cp_vcpu{};
        head.state = vmlib::g_vcpu.state;
        head.state.cpl = 3;
        head.state.cs = kUserCs;
        head.state.ss = kUserDs;
        head.vif = 1;
        regs.rip = kUserRip;
        regs.gpr[TANDEM_RSP] = kUserRsp;
        regs.rflags = TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_CF | TANDEM_RFLAGS_AC;
    }
    tandem_cp_vcpu head{};
    ModuleMemory log;
    tandem_x86_memory mem{module_read, module_write, &log};
};

TEST(X86Rules, RealFlagMasksAreTheSdmBits) {
    EXPECT_EQ(TANDEM_RFLAGS_ARITH, 0x8d5u);  // CF PF AF ZF SF OF
    EXPECT_EQ(TANDEM_RFLAGS_REAL, 0xcd5u);   // and DF
    EXPECT_EQ(TANDEM_RFLAGS_REAL_USER, 0x40dd5u);
    EXPECT_EQ(TANDEM_RFLAGS_RING3, 0x240dd5u);
}

TEST(X86Rules, ErrorCodeVectorsAreTable61) {
    const std::vector<u32> with_error = {8, 10, 11, 12, 13, 14, 17, 21, 29, 30};
    for (u32 v = 0; v < 256; v++) {
        bool expected = false;
        for (u32 w : with_error) expected |= v == w;
        EXPECT_EQ(bool(TANDEM_HAS_ERROR_CODE(v)), expected) << v;
    }
}

TEST_F(X86Event, SyscallEntersLstarWithTheCpusRegisters) {
    head.state.star = u64(kKernelCs | 3) << 32 | u64(kUser32Cs) << 48;
    head.state.lstar = kLstar;
    head.state.fmask = TANDEM_RFLAGS_IF | TANDEM_RFLAGS_AC | TANDEM_RFLAGS_TF;
    head.viopl = 0;
    regs.rflags |= TANDEM_RFLAGS_RF;
    tandem_x86_syscall(&head, &regs);

    EXPECT_EQ(regs.gpr[TANDEM_RCX], kUserRip);
    // R11: the guest-visible flags (virtual IF, the user's real CF and AC), RF dropped.
    EXPECT_EQ(regs.gpr[TANDEM_R11],
              TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_CF | TANDEM_RFLAGS_AC);
    EXPECT_EQ(regs.rip, kLstar);
    EXPECT_EQ(regs.gpr[TANDEM_RSP], kUserRsp);
    EXPECT_EQ(regs.rflags, TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF | TANDEM_RFLAGS_CF);
    EXPECT_EQ(head.state.cpl, 0);
    EXPECT_EQ(head.state.cs, kKernelCs);
    EXPECT_EQ(head.state.ss, kKernelCs + 8);
    EXPECT_EQ(head.vif, 0);  // FMASK cleared it
    EXPECT_EQ(head.vac, 0);
    EXPECT_TRUE(log.reads.empty());  // SYSCALL reads no memory
}

// The frame-by-frame rules are test_deliver.cpp's (through vmlib's wrapper);
// here: only the head passed in changes, and memory goes through the callback.
TEST_F(X86Event, DeliveryWorksOnTheGivenHeadThroughTheCallback) {
    tandem_cp_vcpu vmlib_before = vmlib::g_vcpu;
    ASSERT_EQ(tandem_x86_deliver_once(&head, &mem, &regs, TANDEM_EXC_PF, 1, 0x6, 0), TANDEM_X86_DELIVERED);
    EXPECT_EQ(head.state.cpl, 0);
    EXPECT_EQ(head.vac, 1);  // the user's real AC becomes the kernel's virtual AC
    EXPECT_EQ(std::memcmp(&vmlib::g_vcpu, &vmlib_before, sizeof vmlib_before), 0);
    // The gate, the TSS descriptor and RSP0 were read through the callback, the frame written through it.
    EXPECT_EQ(log.reads, (std::vector<u64>{DM + kIdtPhys + TANDEM_EXC_PF * 16, DM + kGdtPhys + kTssSel,
                                           DM + kTssPhys + 4}));
    EXPECT_EQ(log.writes, std::vector<u64>{DM + kRsp0Top - 48});
    EXPECT_EQ(regs.gpr[TANDEM_RSP], DM + kRsp0Top - 48);
    EXPECT_EQ(vmlib::g_stats.exceptions[TANDEM_EXC_PF], 0u);  // counting is the caller's
}

TEST_F(X86Event, AFrameThatCannotBeWrittenChangesNothing) {
    log.refuse_writes = true;
    tandem_cp_vcpu before = head;
    tandem_regs regs_before = regs;
    EXPECT_EQ(tandem_x86_deliver_once(&head, &mem, &regs, TANDEM_EXC_GP, 1, 0, 0), TANDEM_X86_ESCALATE);
    EXPECT_EQ(std::memcmp(&head, &before, sizeof head), 0);
    EXPECT_EQ(std::memcmp(&regs, &regs_before, sizeof regs), 0);
    // With escalation the #DF fails the same way: a triple fault, still nothing changed.
    EXPECT_EQ(tandem_x86_deliver(&head, &mem, &regs, TANDEM_EXC_GP, 1, 0, 0), -1);
    EXPECT_EQ(std::memcmp(&head, &before, sizeof head), 0);
}

TEST_F(X86Event, SoftwareInterruptThroughAKernelGateIsGeneralProtection) {
    tandem_regs regs_before = regs;
    EXPECT_EQ(tandem_x86_deliver_once(&head, &mem, &regs, 0x80, 0, 0, 2), TANDEM_X86_GATE_DPL);
    EXPECT_EQ(std::memcmp(&regs, &regs_before, sizeof regs), 0);
    // Escalated: #GP with the IDT error code, at the `int` itself.
    EXPECT_EQ(tandem_x86_deliver(&head, &mem, &regs, 0x80, 0, 0, 2), int(TANDEM_EXC_GP));
    expect_words(regs.gpr[TANDEM_RSP], {0x80 * 8 + 2, kUserRip});
}

TEST_F(X86Event, MissingGateEscalatesToDoubleFault) {
    set_gate(TANDEM_EXC_UD, kIntGate, 0, 0, false);
    EXPECT_EQ(tandem_x86_deliver(&head, &mem, &regs, TANDEM_EXC_UD, 0, 0, 0), int(TANDEM_EXC_DF));
    EXPECT_EQ(regs.rip, handler_for(TANDEM_EXC_DF));
    expect_words(regs.gpr[TANDEM_RSP], {0, kUserRip});
}

TEST_F(X86Event, PendingIrqTakesTheLowestLineOnTheGivenHead) {
    head.state.irq_pending = (1ull << 5) | (1ull << 2);
    tandem_cp_vcpu vmlib_before = vmlib::g_vcpu;
    ASSERT_EQ(tandem_x86_deliver_pending_irq(&head, &mem, &regs), int(TANDEM_VEC_FIRST_IRQ + 2));
    EXPECT_EQ(head.state.irq_pending, 1ull << 5);  // acknowledged: out of the pending lines
    EXPECT_EQ(head.vif, 0);                        // an interrupt gate
    EXPECT_EQ(regs.rip, handler_for(TANDEM_VEC_FIRST_IRQ + 2));
    expect_words(regs.gpr[TANDEM_RSP], {kUserRip});
    EXPECT_EQ(std::memcmp(&vmlib::g_vcpu, &vmlib_before, sizeof vmlib_before), 0);
    EXPECT_EQ(vmlib::g_stats.events[TANDEM_STAT_IRQ_DELIVERED], 0u);  // counting is the caller's
    // The virtual IF is now clear: the next line waits.
    EXPECT_EQ(tandem_x86_deliver_pending_irq(&head, &mem, &regs), 0);
    EXPECT_EQ(head.state.irq_pending, 1ull << 5);
}

TEST_F(X86Event, PendingIrqThatTripleFaultsStaysPending) {
    log.refuse_writes = true;
    head.state.irq_pending = 1ull << 3;
    tandem_cp_vcpu before = head;
    tandem_regs regs_before = regs;
    EXPECT_EQ(tandem_x86_deliver_pending_irq(&head, &mem, &regs), -1);
    EXPECT_EQ(std::memcmp(&head, &before, sizeof head), 0);
    EXPECT_EQ(std::memcmp(&regs, &regs_before, sizeof regs), 0);
}

} // namespace
