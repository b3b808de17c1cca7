// The panic report is the best source of registers (taken by the guest
// kernel in the panicking frame itself); otherwise they come from vmlib's
// copy of the virtual CPU, with the faulting RIP of the exit record.
#include "failure.h"

#include <csignal>
#include <cstring>

namespace tandem {

namespace {

void take_vcpu(Failure& f, const RunEnd& end) {
    if (end.vcpu) {
        f.regs = end.vcpu->regs;
        f.fs_base = end.vcpu->fs_base;
        f.gs_base = end.vcpu->gs_base;
    }
    if (end.run && end.run->fault_rip) f.regs.rip = end.run->fault_rip;
}

std::string message_of(const tandem_run& run) {
    return std::string(run.message, strnlen(run.message, sizeof run.message));
}

} // namespace

std::optional<Failure> detect_failure(const RunEnd& end) {
    if (end.panic) {
        Failure f{FailureKind::Panic, "guest kernel panic: " +
                                          std::string(end.panic->message, strnlen(end.panic->message, sizeof end.panic->message))};
        f.regs = end.panic->regs;
        if (end.vcpu) {
            f.fs_base = end.vcpu->fs_base;
            f.gs_base = end.vcpu->gs_base;
        }
        f.signal = SIGABRT;
        return f;
    }
    if (end.watchdog_fired_s) {
        Failure f{FailureKind::Hang, "guest hung: no timer interrupt taken for " + std::to_string(end.watchdog_fired_s) +
                                         " s (--watchdog)"};
        take_vcpu(f, end);
        f.signal = SIGALRM;
        return f;
    }
    if (!end.stopped_by_error || !end.run) return std::nullopt;
    switch (end.run->exit_reason) {
    case TANDEM_EXIT_SHUTDOWN:
    case TANDEM_EXIT_INTERNAL: {
        std::string msg = message_of(*end.run);
        Failure f{FailureKind::Fatal, "guest stopped: " + (msg.empty() ? std::string("fatal exit") : msg)};
        take_vcpu(f, end);
        f.signal = SIGSEGV;
        return f;
    }
    case TANDEM_EXIT_ISOLATION: {
        Failure f{FailureKind::Isolation, "isolation violation: " + message_of(*end.run)};
        take_vcpu(f, end);
        f.signal = SIGSYS;
        return f;
    }
    default: return std::nullopt;
    }
}

std::string core_path(const std::string& dir, int pid, unsigned failure_number) {
    std::string name = "tandem-core." + std::to_string(pid);
    if (failure_number) name += "." + std::to_string(failure_number);
    if (dir.empty()) return name;
    return dir.back() == '/' ? dir + name : dir + "/" + name;
}

} // namespace tandem
