// The user-only backend: runs the guest inside vmproc's own process.  This
// file holds set-up and tear-down, and the switch between the host (vmproc's
// C++ code, which must never run on guest state) and the guest coroutine.
#include "uo_backend.h"

extern "C" {
extern char __vmlib_text_start[];
extern char __vmlib_text_end[];
tandem_u64 g_host_rsp;
tandem_u64 g_guest_rsp;
void vmlib_switch_to_host();
void vmlib_guest_boot_asm();
}

namespace vmlib {
namespace uo {

tandem_uo_config g_cfg;
unsigned char g_dispatch_selector = host::kSelectorAllow;
static u64 g_host_fs, g_host_gs;
alignas(64) static u8 g_host_fpu[16384];
alignas(64) static u8 g_guest_fpu[16384];
alignas(16) static u8 g_boot_stack[16384];

static u64 read_fs() { u64 v; asm volatile("rdfsbase %0" : "=r"(v)); return v; }
static u64 read_gs() { u64 v; asm volatile("rdgsbase %0" : "=r"(v)); return v; }
static void xsave(u8* area) { asm volatile("xsave64 (%0)" ::"r"(area), "a"(~0u), "d"(~0u) : "memory"); }
static void xrstor(u8* area) { asm volatile("xrstor64 (%0)" ::"r"(area), "a"(~0u), "d"(~0u) : "memory"); }

// Creates the guest's initial FPU image (reset state) without disturbing the host's.
static void init_guest_fpu() {
    xsave(g_host_fpu);
    u32 mxcsr = 0x1f80;
    asm volatile("fninit\n\tldmxcsr %0" ::"m"(mxcsr));
    xsave(g_guest_fpu);
    xrstor(g_host_fpu);
}

// Prepares the guest coroutine so that the first switch starts vmlib_guest_boot.
static void init_coroutine() {
    u64* top = reinterpret_cast<u64*>(g_boot_stack + sizeof g_boot_stack);
    top -= 8;
    for (int i = 0; i < 6; i++) top[i] = 0;
    top[6] = reinterpret_cast<u64>(&vmlib_guest_boot_asm);
    g_guest_rsp = reinterpret_cast<u64>(top);
}

const HostMechanism kUserOnly = {
    flush_user_window, flush_user_page, arm_timer, reflect, vmlib_switch_to_host,
    enter_user_direct, true, reflect_ahead, note_guest_fault,
};

} // namespace uo

const HostMechanism* g_host = &uo::kUserOnly;

} // namespace vmlib

using namespace vmlib;
using namespace vmlib::uo;

// Host entry: installs signal handlers, the signal stack, the host timer and
// Syscall User Dispatch (with vmlib's text as the always-allowed range) on
// the calling thread, which becomes the vCPU thread.  0 or -errno.
extern "C" int vmlib_uo_setup(const tandem_uo_config* cfg) {
    copy_bytes(&g_cfg, cfg, sizeof g_cfg);
    g_host = &kUserOnly;
    if (!init_vcpu(g_cfg.boot_info_phys, g_cfg.entry_rip, g_cfg.entry_rsp, g_cfg.memory_size)) return -22;
    init_guest_fpu();
    init_coroutine();
    int rc = signals_init();
    if (rc) return rc;
    rc = timer_init();
    if (rc) return rc;
    long r = vmlib_host_syscall(host::kSysPrctl, host::kPrSetSyscallUserDispatch, host::kDispatchOn,
                                reinterpret_cast<long>(__vmlib_text_start),
                                long(__vmlib_text_end - __vmlib_text_start), reinterpret_cast<long>(&g_dispatch_selector));
    if (r < 0) return int(r);
    return 0;
}

// Host entry: undoes vmlib_uo_setup so vmproc can exit normally.
extern "C" void vmlib_uo_teardown() {
    g_dispatch_selector = host::kSelectorAllow;
    vmlib_host_syscall(host::kSysPrctl, host::kPrSetSyscallUserDispatch, host::kDispatchOff, 0, 0, 0);
    timer_fini();
    signals_fini();
}

// Called by vmlib_uo_run on the host stack just before switching to the guest.
extern "C" void vmlib_uo_enter_prepare() {
    g_host_fs = read_fs();
    g_host_gs = read_gs();
    xsave(g_host_fpu);
    xrstor(g_guest_fpu);
    take_raised_lines();
    take_async_lines();
    g_run.exit_reason = TANDEM_EXIT_NONE;
    load_fs_base(g_vcpu.state.fs_base);
    load_gs_base(g_vcpu.state.gs_base);
    g_vcpu.in_guest = true;
    g_dispatch_selector = host::kSelectorBlock;
}

// Called by vmlib_switch_to_host on the host stack: gives the host its state back.
extern "C" void vmlib_uo_exit_prepare() {
    g_dispatch_selector = host::kSelectorAllow;
    g_vcpu.in_guest = false;
    load_fs_base(g_host_fs);
    load_gs_base(g_host_gs);
    xsave(g_guest_fpu);
    xrstor(g_host_fpu);
}

// First code of the guest coroutine: jumps to the kernel's entry point.
extern "C" [[noreturn]] void vmlib_guest_boot() {
    tandem_regs regs = g_vcpu.state.regs;
    resume_kernel(regs);
}

// Where signal handlers send the vCPU to stop it (g_run already filled in).
extern "C" [[noreturn]] void vmlib_fatal_loop() {
    tandem_exit_reason reason = tandem_exit_reason(g_run.exit_reason);
    if (reason == TANDEM_EXIT_NONE) reason = TANDEM_EXIT_INTERNAL;
    for (;;) exit_to_host(reason);
}
