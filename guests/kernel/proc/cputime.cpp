// CPU tick accounting and load averages (proc/cputime.h).  The averages
// follow Linux's fixed-point recurrence: every 5 s,
// load = load * e + active * (1 - e), with e = exp(-5 s / 1, 5, 15 min).
#include "proc/cputime.h"
#include "arch/cpu.h"

namespace cputime {
namespace {
constexpr u32 kFixedShift = 11;
constexpr u64 kFixedOne = 1ull << kFixedShift;
constexpr u64 kDecay[3] = {1884, 2014, 2037}; // exp(-5/60), exp(-5/300), exp(-5/900) in fixed point
constexpr u32 kSampleTicks = 500;              // 5 s of 100 Hz ticks

Ticks g_ticks;
u64 g_load[3];
u32 g_until_sample = kSampleTicks;

u64 decay(u64 load, u64 e, u64 active) {
    u64 next = load * e + active * (kFixedOne - e);
    if (active >= load) next += kFixedOne - 1; // round up while rising, as Linux does
    return next / kFixedOne;
}
} // namespace

void tick(bool from_user, bool idle, u32 runnable) {
    if (idle) g_ticks.idle++;
    else if (from_user) g_ticks.user++;
    else g_ticks.system++;
    if (--g_until_sample) return;
    g_until_sample = kSampleTicks;
    u64 active = u64(runnable) * kFixedOne;
    for (int k = 0; k < 3; k++) g_load[k] = decay(g_load[k], kDecay[k], active);
}

Ticks ticks() {
    cpu::IrqGuard guard;
    return g_ticks;
}

void load_averages(u64 out[3]) {
    cpu::IrqGuard guard;
    // Hundredths, rounded as Linux's LOAD_INT/LOAD_FRAC with its 1/200 bias.
    for (int k = 0; k < 3; k++) out[k] = ((g_load[k] + kFixedOne / 200) * 100) >> kFixedShift;
}
} // namespace cputime
