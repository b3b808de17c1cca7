// Program execution: a new address space with the ELF image, the initial
// stack (argc, argv, envp, auxv) and a user register frame.
#pragma once

#include "lib/types.h"

struct Inode;
struct Task;
struct Path;

struct ExecRequest {
    Inode* inode;    // the program file in the VFS
    const Path* file;               // where it was found (/proc/self/exe)
    const char* path;               // for AT_EXECFN
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
// execve(2) on a path: resolves it, handles "#!" scripts (up to 4 levels),
// then execute().  argv/envp are kernel strings.
long execve(const char* path, const char* const* argv, u32 argc, const char* const* envp, u32 envc,
            const char** why);
} // namespace exec
