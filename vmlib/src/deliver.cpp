// Event delivery exactly as an x86-64 CPU performs it (SDM vol. 3, 6.12,
// 6.14).  The rule itself (gate, TSS stack, hardware frame, escalation to
// #GP, #DF and triple fault) is tandem/x86_event.c, which the kernel module
// shares; this file gives it vmlib's view of guest memory, counts what was
// delivered and holds the pending-interrupt check.  Both backends use it;
// the callers decide where the resulting registers run.
#include "trace.h"

#include <tandem/x86_event.h>

namespace vmlib {

bool vector_has_error_code(u32 v) { return TANDEM_HAS_ERROR_CODE(v); }

// Reads the direct map (checked against the memory size) for the shared code.
static int read_kernel(void*, tandem_u64 va, void* out, tandem_u64 len) {
    if (!kernel_range_ok(va, len)) return 1;
    copy_bytes(out, kptr<const u8>(va), len);
    return 0;
}

// Writes the direct map (checked against the memory size) for the shared code.
static int write_kernel(void*, tandem_u64 va, const void* in, tandem_u64 len) {
    if (!kernel_range_ok(va, len)) return 1;
    copy_bytes(kptr<u8>(va), in, len);
    return 0;
}

static const tandem_x86_memory kKernelMemory = {read_kernel, write_kernel, nullptr};

// Counts what was delivered (an exception may have escalated to #GP or
// #DF) and traces it with the interrupted RIP and CPL.
static void note_delivery(int delivered, u64 rip, u64 cpl, u32 error) {
    if (delivered < 32) {
        g_stats.exceptions[delivered]++;
        trace(TANDEM_TRACE_EXCEPTION, u16(delivered), rip, error);
    } else {
        count(TANDEM_STAT_IRQ_DELIVERED);
        trace(TANDEM_TRACE_INTERRUPT, u16(delivered), rip, cpl);
    }
}

// One delivery through the guest IDT, counted.
Delivery deliver(tandem_regs& regs, u32 vector, bool has_error, u32 error, u32 software_insn_len) {
    const u64 rip = regs.rip;
    const u64 cpl = g_vcpu.state.cpl;
    int delivered = tandem_x86_deliver(&g_vcpu, &kKernelMemory, &regs, vector, has_error, error, software_insn_len);
    if (delivered < 0) return Delivery::kTripleFault;
    note_delivery(delivered, rip, cpl, error);
    return Delivery::kOk;
}

bool irq_deliverable() { return tandem_x86_irq_deliverable(&g_vcpu); }

// The lowest pending line, acknowledged by the rule the module shares
// (tandem_x86_deliver_pending_irq); in composite mode the module delivers
// most interrupts itself and counts them in its own statistics.
bool deliver_pending_irq(tandem_regs& regs) {
    if (!irq_deliverable()) return false;
    const u64 rip = regs.rip;
    const u64 cpl = g_vcpu.state.cpl;
    const u32 vector = tandem_x86_next_irq_vector(&g_vcpu);
    int delivered = tandem_x86_deliver_pending_irq(&g_vcpu, &kKernelMemory, &regs);
    if (delivered < 0) fatal_exit(TANDEM_EXIT_SHUTDOWN, "triple fault delivering an interrupt", rip, vector, 0, 0);
    note_delivery(delivered, rip, cpl, 0);
    return true;
}

} // namespace vmlib
