// The program-name table for `tandem run --profile` (platform.h section 11):
// which program each address space runs, by page-table root, so that vmlib
// can name the program of every user sample.  The table exists only while
// profiling (boot_info.program_names_phys); without it every call returns
// at once.
#pragma once
#include "lib/types.h"

namespace program_names {
// Finds the table in the boot info; call once at boot.
void init();
// Address space `root` runs `name` (exec, and a fork's copy of its parent).
void set(u64 root, const char* name);
// Address space `root` is gone.
void forget(u64 root);
} // namespace program_names
