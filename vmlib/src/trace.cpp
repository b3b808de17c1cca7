// The trace ring's writer (platform.h section 12).  One vCPU, and vmlib is
// not reentrant, so there is one writer at a time even across space
// processes (the vCPU hand-off orders their writes); vmproc is the reader.
#include "trace.h"

namespace vmlib {

tandem_trace_ring g_trace_ring;

// Never blocks and never overwrites what vmproc has not taken: a full ring
// counts the event as dropped, which vmproc reports in the trace.
void trace_record(u16 kind, u16 code, u64 arg0, u64 arg1, u64 start) {
    u32 head = g_trace_ring.head;
    u32 tail = __atomic_load_n(&g_trace_ring.tail, __ATOMIC_ACQUIRE);
    if (head - tail >= TANDEM_TRACE_EVENTS) {
        g_trace_ring.dropped = g_trace_ring.dropped + 1;
        return;
    }
    u64 now = read_tsc();
    tandem_trace_event& e = g_trace_ring.events[head & (TANDEM_TRACE_EVENTS - 1)];
    u64 ticks = start && now > start ? now - start : 0;
    e.tsc = start ? start : now;
    e.duration = ticks > 0xffffffffull ? 0xffffffffu : u32(ticks);
    e.kind = kind;
    e.code = code;
    e.arg0 = arg0;
    e.arg1 = arg1;
    __atomic_store_n(&g_trace_ring.head, head + 1, __ATOMIC_RELEASE);
}

} // namespace vmlib
