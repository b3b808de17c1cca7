// The user-only backend: vmlib runs inside space processes (docs/PLATFORM.md,
// "User-only mode: processes and trust"), started from the tandem-space stub
// with their signal handlers, host timer, Syscall User Dispatch and seccomp
// filter already in place.  This file holds a space's entry and the hand-off
// of the vCPU to vmproc for an exit and back (uo_spaces.cpp moves it between
// spaces).  vmproc is another process: nothing of the host shares a space's
// registers, so the guest's FS/GS bases and FPU state simply stay loaded
// across an exit.
#include "uo_backend.h"

extern "C" {
extern char __vmlib_text_start[];
extern char __vmlib_text_end[];
[[noreturn]] void vmlib_space_idle(vmlib::u64 idle_stack_top);
}

namespace vmlib {
namespace uo {

tandem_uo_config g_cfg;
// The selector stays BLOCK once the guest runs: vmlib's own host system
// calls come from its text, the allowed range; guest code's are dispatched.
unsigned char g_dispatch_selector = host::kSelectorAllow;
tandem_switchboard g_switchboard;

// The guest's FPU starts in its reset state (the space's own is untouched
// by anything else: it has run no other code that uses it).
static void init_guest_fpu() {
    u32 mxcsr = 0x1f80;
    asm volatile("fninit\n\tldmxcsr %0" ::"m"(mxcsr));
}

// An exit: vmproc takes the vCPU, serves the exit record and hands it back
// to this space (the slot in `exited`).
static void switch_to_host() {
    g_vcpu.in_guest = false;
    __atomic_store_n(&g_switchboard.exited, my_slot(), __ATOMIC_RELAXED);
    hand_vcpu_to(TANDEM_SWITCH_HOST);
    wait_for_vcpu();
    take_raised_lines();
    take_async_lines();
    g_run.exit_reason = TANDEM_EXIT_NONE;
    g_vcpu.in_guest = true;
}

const HostMechanism kUserOnly = {
    load_address_space, invalidate, true, arm_timer, reflect, switch_to_host,
    enter_user_direct, true, reflect_ahead, note_guest_fault,
};

} // namespace uo

const HostMechanism* g_host = &uo::kUserOnly;

} // namespace vmlib

using namespace vmlib;
using namespace vmlib::uo;

// The space's entry, called by the stub once its filter is in force.  Slot
// 0 takes the configuration vmproc left in the switchboard, waits for the
// vCPU and boots the guest kernel; every other slot waits until an address
// space is moved to it.  A configuration that does not describe a guest
// stops the VM.
extern "C" [[noreturn]] void vmlib_space_entry(const tandem_space_local* local) {
    g_local = local;
    g_host = &kUserOnly;
    init_reflection();
    if (local->slot != 0) vmlib_space_idle(local->idle_stack_top);
    wait_for_vcpu();
    mark_active();
    copy_bytes(&g_cfg, &g_switchboard.config, sizeof g_cfg);
    g_space_count = g_switchboard.space_count;
    g_cfg.memfd = TANDEM_SPACE_MEMORY_FD;
    g_cfg.host_signal_stack = local->signal_stack;
    g_cfg.host_stack_size = local->signal_stack_size;
    if (g_cfg.memory_size > TANDEM_PHYS_MAX || g_cfg.boot_info_phys + sizeof(tandem_boot_info) > g_cfg.memory_size)
        fatal_exit(TANDEM_EXIT_INTERNAL, "vmlib: bad user-only configuration", 0, 0, 0, 0);
    if (g_space_count < 1 || g_space_count > TANDEM_SPACE_MAX)
        fatal_exit(TANDEM_EXIT_INTERNAL, "vmlib: bad number of space processes", 0, 0, 0, 0);
    if (!fpu_area_fits()) fatal_exit(TANDEM_EXIT_INTERNAL, "vmlib: the host's XSAVE state is too large", 0, 0, 0, 0);
    if (!init_vcpu(g_cfg.boot_info_phys, g_cfg.entry_rip, g_cfg.entry_rsp, g_cfg.memory_size))
        fatal_exit(TANDEM_EXIT_INTERNAL, "vmlib: no boot info at the configured address", 0, 0, 0, 0);
    bind_boot_space();
    init_guest_fpu();
    take_raised_lines();
    g_run.exit_reason = TANDEM_EXIT_NONE;
    g_dispatch_selector = host::kSelectorBlock;
    g_vcpu.in_guest = true;
    tandem_regs regs = g_vcpu.state.regs;
    resume_kernel(regs);
}

// Where signal handlers send the vCPU to stop it for good (g_run already filled in).
extern "C" [[noreturn]] void vmlib_fatal_loop() {
    tandem_exit_reason reason = tandem_exit_reason(g_run.exit_reason);
    if (reason == TANDEM_EXIT_NONE) reason = TANDEM_EXIT_INTERNAL;
    for (;;) exit_to_host(reason);
}
