// Trace events only vmlib sees (platform.h section 12): guest system calls,
// interrupts, exceptions, page faults, CR3 loads and space switches.  vmproc
// turns recording on in the ring's header; while it is off, each call site
// costs one load and a branch that is not taken.
#pragma once

#include "vmlib.h"

namespace vmlib {

extern tandem_trace_ring g_trace_ring;

// Whether vmproc asked for events.
static inline bool tracing() { return __builtin_expect(g_trace_ring.enabled != 0, 0); }

// Appends one event that began at `start` (a read_tsc() value; 0: an
// instant, now) and ends now; a full ring counts it as dropped instead.
void trace_record(u16 kind, u16 code, u64 arg0, u64 arg1, u64 start = 0);

// Records the event if vmproc traces.
static inline void trace(u16 kind, u16 code, u64 arg0, u64 arg1) {
    if (tracing()) trace_record(kind, code, arg0, arg1);
}

} // namespace vmlib
