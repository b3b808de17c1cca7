// The vCPU run loop: resume the guest, take its exit, dispatch on the exit
// reason, repeat until the guest powers off or stops.
#pragma once

#include <tandem/platform.h>

#include <boost/asio/io_context.hpp>

#include <cstdint>

#include "backends/vcpu_backend.h"
#include "devices/channel.h"
#include "devices/console.h"
#include "devices/console_input.h"
#include "devices/io_bus.h"
#include "devices/irq_lines.h"
#include "devices/power.h"
#include "halt_wait.h"
#include "input_watch.h"
#include "result.h"

namespace tandem {

class Tracer;

// vmproc's own counters, printed by --stats.
struct ExitCounters {
    std::uint64_t by_reason[TANDEM_EXIT_REASON_COUNT + 1] = {}; // last slot: unknown reasons
    std::uint64_t halt_woken_by_timer = 0;
    std::uint64_t halt_woken_by_input = 0;
    std::uint64_t halt_immediate = 0; // an interrupt was already pending
    std::uint64_t host_signals_ignored = 0;
    std::uint64_t input_injections = 0; // InputWatch raised the console line
};

struct Machine {
    VcpuBackend& backend;
    IoBus& bus;
    PowerDevice& power;
    ConsoleDevice& console;
    ConsoleInput& input;
    HaltWaiter& waiter;
    IrqLines& irqs;
    boost::asio::io_context& io;
    tandem_clock clock;
    ExitCounters counters;
    // Shared with an InputWatch thread, if one runs (nullptr: none).
    RunGate* gate = nullptr;
    // --channel: a halted guest may still be woken by its peer (nullptr: none).
    ChannelDevice* channel = nullptr;
    // Where exits are recorded while a trace is open (nullptr: never).
    Tracer* tracer = nullptr;
};

// Runs until the guest powers off (its status), a stop signal arrives
// (128 + signal) or the guest stops for good (an error naming why).
Result<int> run_guest(Machine& m);

// The user-facing line for a SHUTDOWN or INTERNAL exit.
std::string describe_stop(const tandem_run& run);

// Name of an exit reason (TANDEM_EXIT_REASONS), "unknown" if out of range.
const char* exit_reason_name(std::uint32_t reason);

} // namespace tandem
