// The layout of the process table for observers outside the guest
// (platform.h "tandem_introspect"): `tandem top` reads the processes from
// guest memory through this record, and `tandem stats` the interrupt-entry
// probe, so no agent runs in the guest and no system call is made for it.
// It is data only; nothing here executes.
#include <tandem/platform.h>

#include "dev/timer.h"
#include "mm/addrspace.h"
#include "proc/process.h"
#include "sched/task.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace {
constexpr u32 off(u64 o) { return u32(o); }
} // namespace

extern "C" __attribute__((used)) const struct tandem_introspect tandem_introspect = {
    TANDEM_INTROSPECT_MAGIC,
    u64(&proc::g_all),
    off(__builtin_offsetof(ListNode, prev)),
    off(__builtin_offsetof(ListNode, next)),
    off(sizeof(Process)),
    off(__builtin_offsetof(Process, all_node)),
    off(__builtin_offsetof(Process, pid)),
    off(__builtin_offsetof(Process, state)),
    off(__builtin_offsetof(Process, parent)),
    off(__builtin_offsetof(Process, leader)),
    off(__builtin_offsetof(Process, nthreads)),
    off(__builtin_offsetof(Process, utime_ns)),
    off(__builtin_offsetof(Process, stime_ns)),
    off(__builtin_offsetof(Process, as)),
    off(sizeof(Task)),
    off(__builtin_offsetof(Task, name)),
    off(sizeof(Task::name)),
    off(__builtin_offsetof(Task, state)),
    off(sizeof(AddressSpace)),
    AddressSpace::root_offset(),
    u64(&timer::g_entry),
    timer::kEntrySamples,
    0,
};
