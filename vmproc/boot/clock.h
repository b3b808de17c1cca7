// The guest clock (docs/PLATFORM.md "Clock"): TSC ticks to nanoseconds since
// boot with ns = ((tsc - tsc_at_boot) * mult) >> shift.
#pragma once

#include <tandem/platform.h>

#include <cstdint>

#include "result.h"

namespace tandem {

inline constexpr std::uint32_t kClockShift = 24;

// mult for a TSC frequency: round(1e9 * 2^shift / tsc_hz); 0 if it does not
// fit in 32 bits (a TSC slower than ~4 MHz).
std::uint32_t tsc_to_ns_mult(std::uint64_t tsc_hz, std::uint32_t shift);

// Nanoseconds since boot for a TSC value, exactly as the guest computes them.
std::uint64_t clock_ns(const tandem_clock& clock, std::uint64_t tsc);

// The host's TSC now.
std::uint64_t read_tsc();

// Measures the TSC frequency against CLOCK_MONOTONIC over about `ms`
// milliseconds and starts the guest clock: tsc_at_boot and the wall clock
// at that instant.
Result<tandem_clock> start_guest_clock(unsigned ms = 10);

// The same clock started again now (a restarted guest boots at 0 without
// measuring the TSC again): tsc_at_boot and the wall clock re-read.
tandem_clock restart_guest_clock(const tandem_clock& calibrated);

} // namespace tandem
