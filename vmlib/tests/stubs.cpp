// Link-time stand-ins for the host mechanism (uo_*.cpp), the timer
// (timer.cpp), FS/GS base (bases.cpp), the exits (exits.cpp) and the
// assembly (entry.S), so the vmlib core runs inside a test process.
#include "stubs.h"

#include <cstdio>
#include <cstdlib>

namespace testenv {

Calls g_calls;
std::jmp_buf g_escape;
bool g_escape_armed;

// Leaves a noreturn vmlib path by jumping back into run_vmlib.
[[noreturn]] static void escape(Outcome o) {
    if (!g_escape_armed) {
        std::fprintf(stderr, "vmlib left through a noreturn path outside run_vmlib\n");
        std::abort();
    }
    std::longjmp(g_escape, static_cast<int>(o));
}

// The fake host mechanism: records what emulation asked of the MMU.  It
// keeps translations per address space, so the guest is offered PCIDs.
static void fake_load(vmlib::u32 pcid, bool flush) { g_calls.loads.push_back({pcid, flush}); }
static void fake_invalidate(vmlib::u32 pcid, u64 va) { g_calls.invalidations.push_back({pcid, va}); }
static const vmlib::HostMechanism kFakeHost = {fake_load, fake_invalidate, true, nullptr, nullptr, nullptr,
                                               vmlib::enter_user_direct, true, nullptr, nullptr};

} // namespace testenv

using namespace testenv;

namespace vmlib {

const HostMechanism* g_host = &kFakeHost;

// bases.cpp would load the real FS/GS base of the test process; recorded instead.
void load_fs_base(u64 v) { g_calls.fs_loads.push_back(v); }
void load_gs_base(u64 v) { g_calls.gs_loads.push_back(v); }

// Records the exit and lets the test play vmproc; returns like the real one.
void exit_to_host(tandem_exit_reason reason) {
    g_run.exit_reason = reason;
    g_calls.exits.push_back(reason);
    if (g_calls.on_exit) g_calls.on_exit(reason);
}

// Records why the VM would stop and escapes to the test.
void fatal_exit(tandem_exit_reason reason, const char* msg, u64 rip, u32 vector, u32 error, u64 addr) {
    g_calls.fatal_reason = reason;
    g_calls.fatal_msg = msg ? msg : "";
    g_calls.fatal_rip = rip;
    g_calls.fatal_vector = vector;
    g_calls.fatal_error = error;
    g_calls.fatal_addr = addr;
    escape(Outcome::kFatal);
}

// The timer ports are vmlib-local in the real backend; here they are recorded.
bool local_port_out(u16 port, u32 value, u8) {
    if (port < TANDEM_PORT_TIMER || port >= TANDEM_PORT_TIMER + 8) return false;
    g_calls.local_ports.push_back(port);
    g_calls.local_ports.push_back(value);
    return true;
}

u64 guest_now_ns() { return 0; }
void timer_program(u64 deadline_ns) { g_calls.timer_arms.push_back(deadline_ns); }

namespace uo {
unsigned char g_dispatch_selector;
tandem_switchboard g_switchboard;
tandem_profile_ring g_profile_ring;
} // namespace uo

} // namespace vmlib

extern "C" {

// entry.S: the two ways back into the guest.  The register images stay in
// g_kernel_area / g_user_area for the test to inspect.
[[noreturn]] void vmlib_resume_kernel_asm(void* area) {
    g_calls.kernel_area = static_cast<const tandem_u64*>(area);
    escape(Outcome::kResumedKernel);
}
[[noreturn]] void vmlib_enter_user_asm() { escape(Outcome::kResumedUser); }

// The user-only and composite entry points named by the descriptor in state.cpp.
void vmlib_space_entry(const tandem_space_local*) { std::abort(); }
void vmlib_signal(int, void*, void*) {}
void vmlib_sigreturn() {}
int vmlib_cp_setup(const tandem_vcpu_entry*, tandem_cp_config*) { return -1; }

// The linker-script symbols: vmlib's text range and the site table.  The
// table is deliberately unsorted; vmlib sorts it on first lookup.
char __vmlib_text_start[1];
char __vmlib_text_end[1];

static constexpr tandem_site make_table_site(u64 addr, u16 kind) {
    tandem_site s{};
    s.addr = addr;
    s.kind = kind;
    s.base = TANDEM_REG_NONE;
    s.index = TANDEM_REG_NONE;
    return s;
}
static constexpr tandem_site make_private_site(u64 addr, u16 kind) {
    tandem_site s = make_table_site(addr, kind);
    s.flags = TANDEM_SITE_FLAG_PRIVATE_STACK;
    return s;
}
tandem_site __tandem_sites_start[5] = {
    make_table_site(kTableSiteRdmsr, TANDEM_SITE_RDMSR),
    make_table_site(kTableSiteCli, TANDEM_SITE_CLI),
    make_table_site(kTableSiteHlt, TANDEM_SITE_HLT),
    make_table_site(kTableSiteSti, TANDEM_SITE_STI),
    make_private_site(kTableSiteSwapgs, TANDEM_SITE_SWAPGS),
};
// The private stack of swapgs/sysretq sites, as entry.S defines it.
alignas(16) char __vmlib_private_stack[4096];
char* const kPrivateTop = __vmlib_private_stack + sizeof __vmlib_private_stack;
tandem_u64 __vmlib_private_rsp = reinterpret_cast<tandem_u64>(__vmlib_private_stack) + sizeof __vmlib_private_stack;
}
asm(".globl __vmlib_private_stack_top\n"
    ".set __vmlib_private_stack_top, __vmlib_private_stack + 4096\n");
// __tandem_sites_end: one past the table, as the linker script would define it.
asm(".globl __tandem_sites_end\n"
    ".set __tandem_sites_end, __tandem_sites_start + 5 * 40\n");

namespace testenv {

// Finds a table record wherever sorting moved it.
tandem_site* table_site(u64 addr) {
    for (auto& s : __tandem_sites_start)
        if (s.addr == addr) return &s;
    return nullptr;
}

} // namespace testenv
