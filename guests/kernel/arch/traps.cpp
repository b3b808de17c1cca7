// Exceptions and interrupts from arch/entry.S land here.
#include "arch/traps.h"
#include "arch/cpu.h"
#include "arch/fpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "dev/channel.h"
#include "dev/console.h"
#include "dev/timer.h"
#include "fs/fsvc.h"
#include "lib/kprintf.h"
#include "lib/panic.h"
#include "proc/signal.h"
#include "sched/sched.h"
#include "sched/task.h"

namespace {

const char* const kExceptionNames[32] = {
    "#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow", "#BR bound range",
    "#UD invalid opcode", "#NM device not available", "#DF double fault", "coprocessor overrun",
    "#TS invalid TSS", "#NP segment not present", "#SS stack fault", "#GP general protection",
    "#PF page fault", "reserved 15", "#MF x87 error", "#AC alignment check", "#MC machine check",
    "#XM SIMD error", "#VE virtualization", "#CP control protection", "reserved 22", "reserved 23",
    "reserved 24", "reserved 25", "reserved 26", "reserved 27", "#HV hypervisor injection",
    "#VC VMM communication", "#SX security", "reserved 31",
};

// The signal a user-mode exception turns into (as Linux maps them).
int signal_for_exception(u64 vector) {
    switch (vector) {
    case TANDEM_EXC_DE:
    case TANDEM_EXC_MF:
    case TANDEM_EXC_XM:
        return signal::SIGFPE;
    case TANDEM_EXC_DB:
    case TANDEM_EXC_BP:
        return signal::SIGTRAP;
    case TANDEM_EXC_UD:
        return signal::SIGILL;
    case TANDEM_EXC_AC:
        return signal::SIGBUS;
    default:
        return signal::SIGSEGV;
    }
}

// The si_code (and si_addr) Linux gives the signal of a user-mode exception:
// the faulting instruction for #DE, #UD and #DB; SI_KERNEL for the others.
i32 code_for_exception(u64 vector, u64* addr, u64 rip) {
    switch (vector) {
    case TANDEM_EXC_DE: *addr = rip; return signal::FPE_INTDIV;
    case TANDEM_EXC_UD: *addr = rip; return signal::ILL_ILLOPN;
    case TANDEM_EXC_DB: *addr = rip; return signal::TRAP_TRACE;
    default: return signal::SI_KERNEL;
    }
}

// Exceptions other than #PF and #NM: a signal for user code, a panic for the kernel.
void handle_exception(TrapFrame* f) {
    if (f->from_user()) {
        kdebug("kernel: task %d: %s at rip 0x%lx (error 0x%lx)\n", current()->tid,
               kExceptionNames[f->vector], f->rip, f->error);
        u64 addr = 0;
        i32 code = code_for_exception(f->vector, &addr, f->rip);
        signal::force(signal_for_exception(f->vector), addr, code);
        return;
    }
    panic_at(f->rip, "%s in kernel mode (error 0x%lx, rsp 0x%lx)", kExceptionNames[f->vector], f->error, f->rsp);
}

} // namespace

namespace traps {

// Pending signals and reschedules are handled here, with interrupts masked
// at the end so that nothing new slips in before iretq.
void exit_to_user(TrapFrame* frame) {
    for (;;) {
        x86::cli();
        if (signal::pending_work(current())) {
            x86::sti();
            signal::handle_pending(frame);
            continue;
        }
        if (sched::need_resched()) {
            sched::schedule();
            continue;
        }
        return;
    }
}

} // namespace traps

// Entry from every exception and interrupt stub.
extern "C" void trap_dispatch(TrapFrame* f) {
    switch (f->vector) {
    case TANDEM_VEC_TIMER:
        timer::irq(f->from_user());
        break;
    case TANDEM_VEC_CONSOLE:
        console::irq();
        break;
    case TANDEM_VEC_FILE:
        fsvc::irq();
        break;
    case TANDEM_VEC_CHANNEL:
        channel::irq();
        break;
    case TANDEM_EXC_PF:
        traps::handle_page_fault(f);
        break;
    case TANDEM_EXC_NM:
        fpu::handle_nm(f);
        break;
    default:
        if (f->vector < 32) handle_exception(f);
        break;
    }
    if (f->from_user()) {
        traps::exit_to_user(f);
    } else if (f->rflags & TANDEM_RFLAGS_IF) {
        // The interrupted kernel code could take interrupts, so it can be preempted.
        sched::preempt_point();
        x86::cli();
    }
}
