// Host signals in user-only mode: how guest events reach vmlib.  A guest
// user system call arrives as SIGSYS (Syscall User Dispatch), a fault as
// SIGSEGV/SIGBUS/SIGILL/SIGFPE/SIGTRAP, the guest timer as the configured
// real-time signal.  Each handler turns the interrupted host context into
// guest registers, emulates what the hardware would do (usually: deliver an
// event through the guest IDT), and writes the result back into the signal
// frame, so that rt_sigreturn resumes the guest in the right place.
#include "events.h"
#include "page_walk.h"
#include "uo_backend.h"

extern "C" {
extern char __vmlib_text_start[];
extern char __vmlib_text_end[];
extern char __vmlib_enter_user_begin[];
extern char __vmlib_enter_user_end[];
extern tandem_u64 g_user_area[19];
void vmlib_fatal_trampoline();
void vmlib_signal(int sig, vmlib::host::Siginfo* si, vmlib::host::Ucontext* uc);
}

namespace vmlib::uo {

alignas(16) static u8 g_fatal_stack[16384];


// Copies the interrupted host registers into guest register form.
static void from_ucontext(const host::Sigcontext& mc, tandem_regs& r) {
    r.gpr[TANDEM_RAX] = mc.rax; r.gpr[TANDEM_RCX] = mc.rcx; r.gpr[TANDEM_RDX] = mc.rdx;
    r.gpr[TANDEM_RBX] = mc.rbx; r.gpr[TANDEM_RSP] = mc.rsp; r.gpr[TANDEM_RBP] = mc.rbp;
    r.gpr[TANDEM_RSI] = mc.rsi; r.gpr[TANDEM_RDI] = mc.rdi; r.gpr[TANDEM_R8] = mc.r8;
    r.gpr[TANDEM_R9] = mc.r9; r.gpr[TANDEM_R10] = mc.r10; r.gpr[TANDEM_R11] = mc.r11;
    r.gpr[TANDEM_R12] = mc.r12; r.gpr[TANDEM_R13] = mc.r13; r.gpr[TANDEM_R14] = mc.r14;
    r.gpr[TANDEM_R15] = mc.r15;
    r.rip = mc.rip;
    r.rflags = mc.eflags;
}

// Writes guest registers back for rt_sigreturn; IF stays set for real,
// AC is real only in user mode.
static void to_ucontext(const tandem_regs& r, host::Sigcontext& mc) {
    mc.rax = r.gpr[TANDEM_RAX]; mc.rcx = r.gpr[TANDEM_RCX]; mc.rdx = r.gpr[TANDEM_RDX];
    mc.rbx = r.gpr[TANDEM_RBX]; mc.rsp = r.gpr[TANDEM_RSP]; mc.rbp = r.gpr[TANDEM_RBP];
    mc.rsi = r.gpr[TANDEM_RSI]; mc.rdi = r.gpr[TANDEM_RDI]; mc.r8 = r.gpr[TANDEM_R8];
    mc.r9 = r.gpr[TANDEM_R9]; mc.r10 = r.gpr[TANDEM_R10]; mc.r11 = r.gpr[TANDEM_R11];
    mc.r12 = r.gpr[TANDEM_R12]; mc.r13 = r.gpr[TANDEM_R13]; mc.r14 = r.gpr[TANDEM_R14];
    mc.r15 = r.gpr[TANDEM_R15];
    mc.rip = r.rip;
    mc.cs = host::kUserCs64; // the guest always resumes in 64-bit mode
    mc.ss = host::kUserDs;
    u64 keep = g_vcpu.state.cpl == 3 ? TANDEM_RFLAGS_REAL_USER : TANDEM_RFLAGS_REAL;
    mc.eflags = (r.rflags & keep) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
}

// Rebuilds the user registers that the enter-user trampoline was loading.
static void from_user_area(tandem_regs& r) {
    for (int i = 0; i < 15; i++) r.gpr[kResumeAreaOrder[i]] = g_user_area[i];
    r.rflags = g_user_area[15];
    r.gpr[TANDEM_RSP] = g_user_area[16];
    r.rip = g_user_area[18];
}

// Sends the vCPU to vmlib_fatal_trampoline, which exits to vmproc for good.
static void stop_from_signal(host::Sigcontext& mc, tandem_exit_reason reason, const char* msg, u64 rip, u32 vector,
                             u32 error, u64 addr) {
    set_message(msg);
    g_run.exit_reason = reason;
    g_run.fault_rip = rip;
    g_run.fault_vector = vector;
    g_run.fault_error = error;
    g_run.fault_addr = addr;
    mc.rip = reinterpret_cast<u64>(&vmlib_fatal_trampoline);
    mc.rsp = reinterpret_cast<u64>(g_fatal_stack + sizeof g_fatal_stack);
    mc.eflags = TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
}

// Turns a synchronous host signal from guest code into the guest exception.
static bool handle_fault(int sig, host::Siginfo* si, host::Sigcontext& mc, tandem_regs& r) {
    switch (sig) {
    case host::kSigSegv:
        if (mc.trapno == 14) return handle_page_fault(r, si->addr, mc.err);
        if (mc.trapno == 12) return raise_exception(r, TANDEM_EXC_SS, u32(mc.err));
        return handle_general_protection(r, mc.err);
    case host::kSigIll: return raise_exception(r, TANDEM_EXC_UD, 0);
    case host::kSigFpe:
        if (mc.trapno == 16) return raise_exception(r, TANDEM_EXC_MF, 0);
        if (mc.trapno == 19) return raise_exception(r, TANDEM_EXC_XM, 0);
        return raise_exception(r, TANDEM_EXC_DE, 0);
    case host::kSigTrap:
        if (mc.trapno == 3) return handle_breakpoint(r);
        return raise_exception(r, TANDEM_EXC_DB, 0);
    case host::kSigBus: return raise_exception(r, TANDEM_EXC_AC, 0);
    default: return raise_exception(r, TANDEM_EXC_GP, 0);
    }
}

// A signal in a space that does not hold the vCPU (another space runs it):
// the guest's state is not this space's to touch.  A timer kick that raced
// with the hand-off is dropped (the lines stay in the run record for the
// holder); a fault here is a crash of vmlib, and the space ends.
static void handle_idle_space(int sig) {
    if (sig == int(g_cfg.timer_signal)) return;
    for (;;) vmlib_host_syscall(host::kSysExitGroup, 128 + sig);
}

// A signal while vmproc holds the vCPU (the space waits on the switchboard)
// or before the guest booted: only the timer is expected; a fault there is a
// crash of vmlib, and the space ends with 128 + the signal (vmproc sees it
// through its pidfd).  Injected lines (irq_async) stay in the run record:
// the next entry takes them.
static void handle_host_context(int sig) {
    if (sig == int(g_cfg.timer_signal)) {
        count(TANDEM_STAT_TICK_HOST);
        if (g_cfg.profile_interval_ns && g_vcpu.boot) profile_sample(TANDEM_PROFILE_HOST, g_run.exit_reason);
        on_timer_signal();
        return;
    }
    for (;;) vmlib_host_syscall(host::kSysExitGroup, 128 + sig);
}

// A signal while vmlib itself runs on the guest's behalf: nothing may be
// delivered now; note it and look again shortly.  (Stop requests never reach
// a space: vmproc takes them and ends the spaces itself.)
static void handle_vmlib_context(int sig, host::Siginfo* si, host::Sigcontext& mc) {
    if (sig == int(g_cfg.timer_signal)) {
        count(TANDEM_STAT_TICK_VMLIB);
        if (g_cfg.profile_interval_ns) profile_sample(TANDEM_PROFILE_VMLIB, mc.rip);
        on_timer_signal();
        // Injected lines wait in the run record until vmlib is out of the way.
        if (irq_deliverable() || __atomic_load_n(&g_run.irq_async, __ATOMIC_ACQUIRE)) arm_retry();
        return;
    }
    stop_from_signal(mc, TANDEM_EXIT_INTERNAL, "fault inside vmlib", mc.rip, u32(mc.trapno), u32(mc.err), si->addr);
}

// While profiling: the time a guest event took (the host's signal delivery
// and vmlib's handler) is vmlib's.  A sample that fell due meanwhile is
// taken here, named after the event's handler; otherwise the timer signal,
// masked during the handler, would arrive just after it and put the sample
// on the guest instruction being resumed.
static void profile_event(int sig, const host::Sigcontext& mc) {
    u64 handler = reinterpret_cast<u64>(&handle_fault);
    if (sig == host::kSigSys) handler = reinterpret_cast<u64>(&handle_syscall);
    else if (sig == host::kSigSegv && mc.trapno == 14) handler = reinterpret_cast<u64>(&handle_page_fault);
    profile_sample(TANDEM_PROFILE_VMLIB, handler);
}

} // namespace vmlib::uo

using namespace vmlib;
using namespace vmlib::uo;

// The one handler for every signal vmlib installs.
extern "C" void vmlib_signal(int sig, host::Siginfo* si, host::Ucontext* uc) {
    host::Sigcontext& mc = uc->mc;
    u64 rip = mc.rip;
    if (space_idle()) return handle_idle_space(sig);
    if (!g_vcpu.in_guest) return handle_host_context(sig);
    bool entering_user = rip >= u64(__vmlib_enter_user_begin) && rip < u64(__vmlib_enter_user_end);
    bool in_vmlib = rip >= u64(__vmlib_text_start) && rip < u64(__vmlib_text_end);
    if (g_user_step_entry) {
        // With TF set, `pop %rsp` and `jmp` of the entry path trap too; the
        // hardware's iretq would trap only after the first user instruction.
        bool entry_step = sig == host::kSigTrap && mc.trapno == 1 && (entering_user || rip == g_user_area[18]);
        if (!entering_user) g_user_step_entry = false;
        if (entry_step) return;
    }
    // The `call` of a private-stack site counts as vmlib's: an interrupt shadow.
    if ((in_vmlib && !entering_user) || in_private_stack_window(mc.rsp)) return handle_vmlib_context(sig, si, mc);

    tandem_regs r;
    if (entering_user) from_user_area(r);  // as if the entry had completed
    else from_ucontext(mc, r);
    save_user_bases();

    bool ok = true;
    if (mc.cs != host::kUserCs64) {
        // Guest code left 64-bit mode on the host's own segments (a far
        // transfer to its 32-bit code segment, or `sysenter` on an Intel
        // host, which returns to 32-bit code and would have its system call
        // dispatched here as if it were the guest's).  The virtual CPU has
        // neither: the guest gets #GP(0) where the host left it, and
        // resumes in 64-bit mode whatever its handler does.
        count(TANDEM_STAT_LEFT_LONG_MODE);
        ok = raise_exception(r, TANDEM_EXC_GP, 0);
    } else if (sig == int(g_cfg.timer_signal)) {
        count(g_vcpu.state.cpl == 3 ? TANDEM_STAT_TICK_USER : TANDEM_STAT_TICK_KERNEL);
        if (g_cfg.profile_interval_ns)
            profile_sample(g_vcpu.state.cpl == 3 ? TANDEM_PROFILE_USER : TANDEM_PROFILE_KERNEL, r.rip);
        on_timer_signal();
        take_async_lines();
        if (irq_deliverable()) deliver_pending_irq(r);
    } else {
        ok = sig == host::kSigSys ? handle_syscall(r) : handle_fault(sig, si, mc, r);
        if (g_cfg.profile_interval_ns) profile_event(sig, mc);
    }
    if (!ok) return stop_from_signal(mc, TANDEM_EXIT_SHUTDOWN, "triple fault", r.rip, 0, 0, g_vcpu.state.cr2);
    to_ucontext(r, mc);
}
