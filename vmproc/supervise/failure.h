// Failure detection after the run (docs/SUPERVISOR.md): the run loop ends
// the same way for every guest, and this decides whether the end was a
// failure of the guest (a kernel panic, a triple fault or other fatal stop,
// an isolation violation, a hang the watchdog caught) and with which
// registers and reason its core file is written.
#pragma once

#include <tandem/platform.h>

#include <optional>
#include <string>

namespace tandem {

enum class FailureKind { Panic, Fatal, Isolation, Hang };

struct Failure {
    FailureKind kind;
    std::string reason;   // one line, also the core's failure note
    tandem_regs regs{};   // where the guest was
    std::uint64_t fs_base = 0, gs_base = 0;
    int signal = 0;       // what gdb shows as the cause
};

struct RunEnd {
    const tandem_panic_report* panic = nullptr;      // the guest kernel's report, if it sent one
    const tandem_run* run = nullptr;                 // the last exit record
    const tandem_vcpu_state* vcpu = nullptr;         // vmlib's copy of the virtual CPU, if readable
    bool stopped_by_error = false;                   // the run loop ended with an error
    unsigned watchdog_fired_s = 0;                   // nonzero: the watchdog stopped a hang after this many seconds
};

// The failure, if the run ended in one.
std::optional<Failure> detect_failure(const RunEnd& end);

// "tandem-core.<pid>" in `dir` (the current directory if empty); with
// --restart, "tandem-core.<pid>.<n>" for the VM's n-th failure, so that the
// cores of one VM process do not overwrite each other.
std::string core_path(const std::string& dir, int pid, unsigned failure_number = 0);

} // namespace tandem
