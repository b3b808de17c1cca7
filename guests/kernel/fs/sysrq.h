// /proc/sysrq-trigger: the documented way to crash the guest kernel on
// purpose (docs/SUPERVISOR.md), as on Linux: writing `c` panics; writing
// `H` (tandem's own key) hangs it with interrupts off.
#pragma once

#include "lib/types.h"

class File;

namespace sysrq {
// A new open file of /proc/sysrq-trigger (nullptr and *err on failure).
File* open(long* err);
} // namespace sysrq
