// The one-shot timer device (vector 32) and the kernel's tick built on it.
#pragma once

#include "lib/types.h"

namespace timer {
constexpr u64 kTickNs = 10'000'000; // 100 Hz scheduler tick
// Arms the first tick.
void init();
// Vector 32: advance time, wake sleepers, ask for preemption, rearm.  Each
// scheduler tick is charged to the interrupted process as user or system
// time (from_user), which times/getrusage/wait4 report.
void irq(bool from_user);
// Rearms the device for min(next tick, earliest sleeper, earliest alarm).
void reprogram();

// Interrupt-entry latency probe (/proc/tandem_irq_entry, bench/micro's
// interrupt_entry): for timer interrupts that arrived while user code ran,
// the guest-clock time from the programmed deadline to the handler.
constexpr u32 kEntrySamples = 256;
struct EntrySamples {
    u64 count;                  // samples taken since boot (the ring keeps the last kEntrySamples)
    u64 ns[kEntrySamples];      // ring, indexed by count % kEntrySamples
};
const EntrySamples& entry_samples();
// The probe's samples themselves, named here so that the introspection
// record (proc/introspect.cpp) can point observers outside the guest at them.
extern EntrySamples g_entry;
} // namespace timer
