// Test doubles for what the vmlib core expects from the user-only backend and
// from entry.S, plus a way to run vmlib code whose exits never return.
#pragma once
#include <csetjmp>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "vmlib.h"

extern "C" {
// Defined by sites.cpp: what the resume paths would pop.
extern tandem_u64 g_kernel_area[18];
extern tandem_u64 g_user_area[19];
extern tandem_u64 __vmlib_private_rsp;
extern char __vmlib_private_stack[];
extern char* const kPrivateTop;
[[noreturn]] void vmlib_site_dispatch(tandem_regs* frame);
}

namespace testenv {

using vmlib::u16;
using vmlib::u32;
using vmlib::u64;
using vmlib::u8;

// How a call into vmlib ended: it returned, or one of the noreturn exits ran.
enum class Outcome { kReturned = 0, kResumedKernel = 1, kResumedUser = 2, kFatal = 3 };

// Everything the stubs saw, reset by the fixture before each test.
struct Calls {
    // load_address_space(pcid, flush) and invalidate(pcid, va) calls.
    std::vector<std::pair<vmlib::u32, bool>> loads;
    std::vector<std::pair<vmlib::u32, u64>> invalidations;
    std::vector<u64> timer_arms;
    std::vector<u64> fs_loads;
    std::vector<u64> gs_loads;
    std::vector<tandem_exit_reason> exits;
    // Runs inside exit_to_host (e.g. to play vmproc answering an `in`).
    std::function<void(tandem_exit_reason)> on_exit;
    // Port writes vmlib handled locally (local_port_out).
    std::vector<u32> local_ports;
    // fatal_exit arguments.
    tandem_exit_reason fatal_reason = TANDEM_EXIT_NONE;
    std::string fatal_msg;
    u64 fatal_rip = 0, fatal_addr = 0;
    u32 fatal_vector = 0, fatal_error = 0;
    // vmlib_resume_kernel_asm: the area it was handed.
    const tandem_u64* kernel_area = nullptr;
};
extern Calls g_calls;

// Sites in the test's .tandem.sites table (stubs.cpp); STI is immediately
// followed by HLT, as in `sti; hlt`.
constexpr u64 kTableSiteSti = TANDEM_DIRECT_MAP_BASE + 0x300000;
constexpr u64 kTableSiteHlt = kTableSiteSti + TANDEM_SITE_CALL_LEN;
constexpr u64 kTableSiteRdmsr = kTableSiteSti + 0x20;
constexpr u64 kTableSiteCli = kTableSiteSti + 0x40;
constexpr u64 kTableSiteSwapgs = kTableSiteSti + 0x60;  // a private-stack site

tandem_site* table_site(u64 addr);

extern std::jmp_buf g_escape;
extern bool g_escape_armed;

// Runs `f` (which calls into vmlib) and reports how it ended; the noreturn
// stubs longjmp back here (vmlib is built without exceptions, so nothing in
// its frames needs unwinding).
template <class F> Outcome run_vmlib(F&& f) {
    g_escape_armed = true;
    int r = setjmp(g_escape);
    if (r == 0) {
        f();
        g_escape_armed = false;
        return Outcome::kReturned;
    }
    g_escape_armed = false;
    return static_cast<Outcome>(r);
}

} // namespace testenv
