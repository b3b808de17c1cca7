// One handler per exit reason, as in lguest's run_guest and kvmtool's vCPU
// loop.  Input that arrived while the guest ran is noticed by polling the
// io_context at every exit.
#include "run_loop.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "boot/clock.h"
#include "devices/timer.h"
#include "stop_signals.h"
#include "trace/tracer.h"

namespace tandem {

const char* exit_reason_name(std::uint32_t reason) {
    static const char* const names[] = {
#define TANDEM_X_NAME(name, text) text,
        TANDEM_EXIT_REASONS(TANDEM_X_NAME)
#undef TANDEM_X_NAME
    };
    return reason < TANDEM_EXIT_REASON_COUNT ? names[reason] : "unknown";
}

std::string describe_stop(const tandem_run& run) {
    std::string msg(run.message, strnlen(run.message, sizeof run.message));
    if (msg.empty()) msg = exit_reason_name(run.exit_reason);
    char tail[160];
    std::snprintf(tail, sizeof tail, " (rip 0x%llx, vector %u, error 0x%x, addr 0x%llx)",
                  static_cast<unsigned long long>(run.fault_rip), run.fault_vector, run.fault_error,
                  static_cast<unsigned long long>(run.fault_addr));
    return "guest stopped: " + msg + tail;
}

namespace {

// Records an exit in the trace when its handling ends, however it ends:
// from the moment vmproc took it to the resume (or the end of the run).
// Without an open trace it costs the test of one flag.
class ExitTraceScope {
public:
    ExitTraceScope(Machine& m, const tandem_run& run) : m_(m) {
        if (!m.tracer || !m.tracer->active()) return;
        exit_ = run;
        start_tsc_ = read_tsc();
    }
    ~ExitTraceScope() {
        if (!start_tsc_) return;
        const char* device = exit_.exit_reason == TANDEM_EXIT_IO ? m_.bus.owner_name(exit_.io_port) : nullptr;
        m_.tracer->exit_event(exit_, start_tsc_, device);
    }
    ExitTraceScope(const ExitTraceScope&) = delete;
    ExitTraceScope& operator=(const ExitTraceScope&) = delete;

private:
    Machine& m_;
    tandem_run exit_{};
    std::uint64_t start_tsc_ = 0;
};

// How a handler wants the loop to go on.
struct Step {
    bool stop = false;
    int status = 0;
};

// Port I/O: route to the device; an `in` result goes back in io_value.
Step handle_io(Machine& m, tandem_run& run) {
    std::uint32_t v = m.bus.access(run.io_port, run.io_size, run.io_in != 0, run.io_value);
    if (run.io_in) run.io_value = v;
    if (auto status = m.power.off_status()) return Step{true, *status};
    return Step{};
}

// Whether anything but the timer can still wake a halted guest.
bool may_wake(const Machine& m) { return m.input.can_produce() || (m.channel && m.channel->may_wake()); }

// HLT: sleep until the guest's timer, console input, the channel or a stop signal.
Result<Step> handle_halt(Machine& m, tandem_run& run) {
    m.input.pump();
    // A line the input watch injected after the guest decided to halt is
    // already pending in the vCPU: resume at once, it takes it.
    if (m.irqs.pending() || (m.gate && m.gate->injected)) {
        m.counters.halt_immediate++;
        return Step{};
    }
    if (run.halt_deadline_ns == 0 && !may_wake(m))
        return Error{"guest halted forever (no timer armed and no more console input can arrive)"};
    WakeUp w = m.waiter.wait(run.halt_deadline_ns, m.clock, m.irqs);
    if (w.signal) return Step{true, 128 + w.signal};
    if (w.timer) {
        m.irqs.raise(kTimerSpec.vector);
        m.counters.halt_woken_by_timer++;
    } else if (m.irqs.pending()) {
        m.counters.halt_woken_by_input++;
    }
    if (!m.irqs.pending() && run.halt_deadline_ns == 0 && !may_wake(m))
        return Error{"guest halted forever (no timer armed and no more console input can arrive)"};
    return Step{};
}

// A host signal ended the run: the stop signals end tandem, others resume.
Step handle_host_signal(Machine& m, tandem_run& run) {
    int sig = static_cast<int>(run.host_signal);
    if (is_stop_signal(sig)) return Step{true, 128 + sig};
    m.counters.host_signals_ignored++;
    return Step{};
}

} // namespace

Result<int> run_guest(Machine& m) {
    tandem_run& run = m.backend.run_state();
    std::unique_lock<std::mutex> gate_lock;
    if (m.gate) gate_lock = std::unique_lock<std::mutex>(m.gate->lock);
    for (;;) {
        run.irq_raise = m.irqs.take();
        if (m.gate) {
            // Devices are the input watch's while the guest runs, ours again after.
            m.gate->in_run = true;
            m.gate->injected = 0;
            gate_lock.unlock();
            m.gate->changed.notify_all();
        }
        m.backend.run();
        ExitTraceScope traced(m, run);
        if (m.gate) {
            gate_lock.lock();
            m.gate->in_run = false;
        }
        std::uint32_t reason = run.exit_reason;
        m.counters.by_reason[std::min<std::uint32_t>(reason, TANDEM_EXIT_REASON_COUNT)]++;
        if (m.io.stopped()) m.io.restart();
        m.io.poll();

        Step step;
        switch (reason) {
        case TANDEM_EXIT_IO:
            step = handle_io(m, run);
            break;
        case TANDEM_EXIT_HALT: {
            auto r = handle_halt(m, run);
            if (!r) {
                m.console.drain();
                return r.error();
            }
            step = r.value();
            break;
        }
        case TANDEM_EXIT_HOST_SIGNAL:
            step = handle_host_signal(m, run);
            break;
        case TANDEM_EXIT_SHUTDOWN:
        case TANDEM_EXIT_INTERNAL:
            m.console.drain();
            return Error{describe_stop(run)};
        case TANDEM_EXIT_ISOLATION:
            m.console.drain();
            return Error{"guest stopped: " + std::string(run.message, strnlen(run.message, sizeof run.message)),
                         kExitIsolation};
        default:
            m.console.drain();
            return Error{"vmlib returned without a valid exit reason (" + std::to_string(reason) + ")"};
        }
        if (step.stop) {
            m.console.drain();
            return step.status;
        }
    }
}

} // namespace tandem
