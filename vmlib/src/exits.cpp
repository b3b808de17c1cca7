// Exits to vmproc, common to both backends: fill the exit record, count the
// exit, and let the host mechanism (a coroutine switch in user-only mode, a
// hypercall in composite mode) carry it.  Stop requests from host signals
// are noted here too, since they turn the next exit into the stop.
#include "vmlib.h"

namespace vmlib {

bool g_stop_pending;

void note_stop_request(u32 sig) {
    g_run.host_signal = sig;
    g_stop_pending = true;
    count(TANDEM_STAT_HOST_SIGNAL);
}

// Every exit is counted by reason before vmproc sees it.
void exit_to_host(tandem_exit_reason reason) {
    g_run.exit_reason = reason;
    switch (reason) {
    case TANDEM_EXIT_IO: count(TANDEM_STAT_EXIT_IO); break;
    case TANDEM_EXIT_HALT: count(TANDEM_STAT_EXIT_HALT); break;
    case TANDEM_EXIT_SHUTDOWN: count(TANDEM_STAT_EXIT_SHUTDOWN); break;
    case TANDEM_EXIT_HOST_SIGNAL: count(TANDEM_STAT_EXIT_HOST_SIGNAL); break;
    default: count(TANDEM_STAT_EXIT_INTERNAL); break;
    }
    g_host->switch_to_host();
    // A stop request noted while vmproc ran turns any other exit into the stop.
    if (g_stop_pending && g_run.exit_reason != TANDEM_EXIT_HOST_SIGNAL)
        fatal_exit(TANDEM_EXIT_HOST_SIGNAL, "stopped by a host signal", g_vcpu.state.regs.rip, 0, 0, 0);
}

// A stop is final: vmproc never runs the vCPU on from here, but if it
// calls run again it gets the same exit.
void fatal_exit(tandem_exit_reason reason, const char* msg, u64 rip, u32 vector, u32 error, u64 addr) {
    set_message(msg);
    g_run.fault_rip = rip;
    g_run.fault_vector = vector;
    g_run.fault_error = error;
    g_run.fault_addr = addr;
    for (;;) exit_to_host(reason);
}

} // namespace vmlib
