// Time keeping from the TSC and the boot info's clock parameters.
#pragma once

#include "lib/types.h"

namespace clock {
constexpr u64 kNsPerSec = 1000000000ull;
// Guest monotonic nanoseconds since boot.
u64 monotonic_ns();
// Wall-clock nanoseconds since the epoch.
u64 realtime_ns();
} // namespace clock
