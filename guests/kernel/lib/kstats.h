// The guest kernel's own event counts, handed to vmproc at power-off for
// `tandem run --stats` (platform.h: struct tandem_guest_report).
#pragma once

#include "lib/types.h"
#include <tandem/platform.h>

struct KernelStats {
    u64 syscalls;
    u64 processes;
    u64 execs;
    u64 page_faults;
    u64 cow_copies;
    u64 oom_kills;
    u64 fault_around_pages;
    u64 context_switches;
    u64 cow_taken_around; // pages take_cow_around made writable
    u64 cow_copied_around; // pages copy_cow_block copied beside a fault
    u64 fault_kinds[TANDEM_FAULT_KINDS]; // handle_fault's outcomes, by what resolved them
};

extern KernelStats g_kstats;

namespace kstats {
// Sends the report (counts and the unimplemented system calls) to vmproc.
void send_report();
} // namespace kstats
