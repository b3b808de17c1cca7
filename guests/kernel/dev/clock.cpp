// ns = ((tsc - tsc_at_boot) * mult) >> shift (docs/PLATFORM.md "Clock").
#include "dev/clock.h"
#include "boot/bootinfo.h"

namespace clock {

// rdtsc runs natively in both modes, so this costs no exit.
u64 monotonic_ns() {
    const tandem_clock& c = boot::info().clock;
    unsigned __int128 d = bootinfo::read_tsc() - c.tsc_at_boot;
    return u64((d * c.tsc_to_ns_mult) >> c.tsc_to_ns_shift);
}

// Wall clock = the host's realtime at boot plus monotonic time since.
u64 realtime_ns() { return boot::info().clock.realtime_ns_at_boot + monotonic_ns(); }

} // namespace clock
