// Program execution: a new address space with the ELF image, the initial
// stack (argc, argv, envp, auxv) and a user register frame.
#pragma once

#include "lib/types.h"

struct Task;

struct ExecRequest {
    const u8* image; // the program file's bytes (kernel memory)
    u64 image_size;
    const char* path;               // for AT_EXECFN and /proc/self/exe
    const char* const* argv;        // argc strings
    u32 argc;
    const char* const* envp;        // envc strings
    u32 envc;
};

namespace exec {
// Replaces the current task's program.  On success the task's user frame is
// set up to enter the new program; on failure nothing changed.  `why`
// explains a failure in a few words.
long execute(const ExecRequest& req, const char** why);
} // namespace exec
