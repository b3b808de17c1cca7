// --restart (docs/SUPERVISOR.md, "Restarting a failed guest"): which
// failures earn a new guest, and the failure record the new guest reads at
// /proc/tandem/last_failure.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <string>

#include "failure.h"

namespace tandem {

// A panic, a fatal stop or a hang is restarted; an isolation violation is
// not: a guest that attacked its sandbox is hostile, and booting it again
// would only give it another try.
bool restartable(FailureKind kind);

// The record published in the next guest's boot info: `count` failures so
// far, the last at `realtime_ns`, its reason cut to fit and reduced to
// printable ASCII (a panic message is the failed guest's own text).
tandem_failure_record make_failure_record(const std::string& reason, unsigned count, std::uint64_t realtime_ns);

} // namespace tandem
