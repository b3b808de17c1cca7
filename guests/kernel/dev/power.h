// The power device: writing a status turns the machine off.
#pragma once

#include "lib/types.h"

namespace power {
// Powers the VM off; `status` becomes the exit status of the tandem command.
[[noreturn]] void off(u32 status);
} // namespace power
