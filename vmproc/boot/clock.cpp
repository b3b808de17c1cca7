// TSC calibration for the guest clock.  The guest reads the TSC natively in
// both modes, so vmproc only has to tell it the frequency and the origin.
#include "clock.h"

#include <time.h>
#include <x86intrin.h>

namespace tandem {

std::uint64_t read_tsc() { return __rdtsc(); }

std::uint32_t tsc_to_ns_mult(std::uint64_t tsc_hz, std::uint32_t shift) {
    if (tsc_hz == 0) return 0;
    unsigned __int128 num = static_cast<unsigned __int128>(1000000000ull) << shift;
    unsigned __int128 mult = (num + tsc_hz / 2) / tsc_hz;
    if (mult == 0 || mult > 0xffffffffull) return 0;
    return static_cast<std::uint32_t>(mult);
}

std::uint64_t clock_ns(const tandem_clock& clock, std::uint64_t tsc) {
    unsigned __int128 d = tsc - clock.tsc_at_boot;
    return static_cast<std::uint64_t>((d * clock.tsc_to_ns_mult) >> clock.tsc_to_ns_shift);
}

static std::uint64_t ns_of(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return static_cast<std::uint64_t>(ts.tv_sec) * 1000000000ull + static_cast<std::uint64_t>(ts.tv_nsec);
}

// A (TSC, monotonic ns) pair read as close together as we can: the TSC
// is read on both sides of clock_gettime and averaged.
static void sample(std::uint64_t& tsc, std::uint64_t& ns) {
    std::uint64_t t0 = read_tsc();
    ns = ns_of(CLOCK_MONOTONIC);
    std::uint64_t t1 = read_tsc();
    tsc = t0 + (t1 - t0) / 2;
}

Result<tandem_clock> start_guest_clock(unsigned ms) {
    std::uint64_t tsc0, ns0, tsc1, ns1;
    sample(tsc0, ns0);
    struct timespec pause = {0, static_cast<long>(ms) * 1000000L};
    while (nanosleep(&pause, &pause) != 0) {
    }
    sample(tsc1, ns1);
    if (ns1 <= ns0 || tsc1 <= tsc0) return Error{"cannot calibrate the TSC (it does not advance)"};
    unsigned __int128 hz = static_cast<unsigned __int128>(tsc1 - tsc0) * 1000000000ull / (ns1 - ns0);
    tandem_clock c{};
    c.tsc_hz = static_cast<std::uint64_t>(hz);
    c.tsc_to_ns_shift = kClockShift;
    c.tsc_to_ns_mult = tsc_to_ns_mult(c.tsc_hz, kClockShift);
    if (c.tsc_to_ns_mult == 0)
        return Error{"cannot calibrate the TSC (measured " + std::to_string(c.tsc_hz) + " Hz)"};
    return restart_guest_clock(c);
}

tandem_clock restart_guest_clock(const tandem_clock& calibrated) {
    tandem_clock c = calibrated;
    c.tsc_at_boot = read_tsc();
    c.realtime_ns_at_boot = ns_of(CLOCK_REALTIME);
    return c;
}

} // namespace tandem
