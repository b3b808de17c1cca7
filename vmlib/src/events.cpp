// Guest events as the hardware would handle them, shared by both backends:
// user-only mode reaches them from host signals (uo_signals.cpp), composite
// mode from the module's upcalls (cp_events.cpp).  Each turns the event into
// what an x86-64 CPU does: enter the kernel at LSTAR, reflect a page, or
// deliver an exception through the guest IDT.
#include "events.h"
#include "trace.h"

#include <tandem/x86_event.h>

namespace vmlib {

// Delivers an exception to the guest from a signal; false on triple fault.
bool raise_exception(tandem_regs& r, u32 vector, u32 error) {
    return deliver(r, vector, vector_has_error_code(vector), error) == Delivery::kOk;
}

// Guest user `syscall`: enter the guest kernel at LSTAR as the CPU would
// (the rule is shared with the module: tandem/x86_event.c).
// Counted in total and by number (RAX), and traced.
void syscall_entry(tandem_regs& r) {
    count(TANDEM_STAT_SYSCALL);
    u64 nr = r.gpr[TANDEM_RAX];
    g_stats.syscalls[nr < TANDEM_SYSCALL_NRS ? nr : TANDEM_SYSCALL_NRS - 1]++;
    trace(TANDEM_TRACE_SYSCALL, u16(nr), nr, r.rip);
    tandem_x86_syscall(&g_vcpu, &r);
}

// `syscall` reached vmlib (a SIGSYS or the module's upcall): from guest
// user mode it enters the guest kernel; the guest kernel executing it is
// using an instruction it may not use here, and gets #UD at the instruction.
// One rule for both backends.
bool handle_syscall(tandem_regs& r) {
    if (g_vcpu.state.cpl == 3) {
        syscall_entry(r);
        return true;
    }
    r.rip -= 2;  // the `syscall` itself
    return raise_exception(r, TANDEM_EXC_UD, 0);
}

// A page fault in guest code: reflect the page if the guest's tables allow
// the access, otherwise deliver #PF with CR2 and the error code.
bool handle_page_fault(tandem_regs& r, u64 addr, u64 hw_error) {
    bool user = g_vcpu.state.cpl == 3;
    u32 access = u32(hw_error & (TANDEM_PF_W | TANDEM_PF_I)) | (user ? u32(kAccessUser) : 0u);
    u32 pf_error = access;
    if (tandem_user_address(addr)) {
        if (!user) count(TANDEM_STAT_PF_KERNEL_USER);
        u64 start = tracing() ? read_tsc() : 0;
        if (g_host->reflect(addr, access, &pf_error)) {
            count(TANDEM_STAT_PF_REFLECTED);
            if (start) trace_record(TANDEM_TRACE_PAGE_FAULT, 0, addr, access, start);
            return true;
        }
        if (user && g_host->note_guest_fault) g_host->note_guest_fault(addr, access);
    }
    count(TANDEM_STAT_PF_TO_GUEST);
    trace(TANDEM_TRACE_PAGE_FAULT, 1, addr, pf_error);
    g_vcpu.state.cr2 = addr;
    return raise_exception(r, TANDEM_EXC_PF, pf_error);
}

// #GP from guest code; a user `int $n` through a DPL-3 gate is a software interrupt.
bool handle_general_protection(tandem_regs& r, u64 hw_error) {
    if (g_vcpu.state.cpl == 3 && (hw_error & 2)) {
        u8 insn[2];
        if (guest_read(r.rip, insn, 2) && insn[0] == 0xcd && insn[1] == (hw_error >> 3)) {
            return deliver(r, insn[1], false, 0, 2) == Delivery::kOk;
        }
    }
    return raise_exception(r, TANDEM_EXC_GP, u32(hw_error));
}

// #BP: the host reports it after the `int3` (or `int $3`); as a software
// interrupt it is subject to the gate's DPL, so it is delivered from the
// instruction's own address with its length.
bool handle_breakpoint(tandem_regs& r) {
    u8 insn[2];
    if (g_vcpu.state.cpl == 3) {
        if (guest_read(r.rip - 1, insn, 1) && insn[0] == 0xcc) {
            r.rip -= 1;
            return deliver(r, TANDEM_EXC_BP, false, 0, 1) == Delivery::kOk;
        }
        if (guest_read(r.rip - 2, insn, 2) && insn[0] == 0xcd && insn[1] == 3) {
            r.rip -= 2;
            return deliver(r, TANDEM_EXC_BP, false, 0, 2) == Delivery::kOk;
        }
    }
    return raise_exception(r, TANDEM_EXC_BP, 0);
}

} // namespace vmlib
