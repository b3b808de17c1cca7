// --cpu-weight (docs/SUPERVISOR.md, "CPU share"): the VM's share of the
// host CPU, enforced by the host scheduler through the nice value of every
// process and thread of the VM.
#pragma once

#include "result.h"

namespace tandem {

// Sets this thread's nice value for `weight` (nice_for_cpu_weight).  Called
// before tandem starts any thread or space process, all of which inherit it.
// An error names the limit that forbids it (a lower nice than the current
// one needs CAP_SYS_NICE or RLIMIT_NICE).
Status apply_cpu_weight(unsigned weight);

// The nice value this process runs at now (what `tandem ps` shows).
int current_nice();

} // namespace tandem
