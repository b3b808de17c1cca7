// GDT and TSS (SDM vol. 3, 3.4.5 and 8.2): flat kernel/user segments in the
// order syscall/sysret expect, and one TSS whose RSP0 follows the current task.
#pragma once

#include "lib/types.h"

namespace gdt {
// Loads the GDT, reloads the segment registers and the task register.
void init();
// RSP0: the stack the CPU switches to on an interrupt from user mode.
void set_kernel_stack(u64 top);
} // namespace gdt
