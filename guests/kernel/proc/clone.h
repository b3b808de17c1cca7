// Process and thread creation (clone, clone3, fork, vfork).
#pragma once

#include "lib/types.h"

struct TrapFrame;

struct CloneRequest {
    u64 flags;      // CLONE_* | exit signal in the low byte
    u64 stack;      // new user RSP, 0 = same as the caller's
    u64 parent_tid; // CLONE_PARENT_SETTID target (user address)
    u64 child_tid;  // CLONE_CHILD_SETTID / CLONE_CHILD_CLEARTID target
    u64 tls;        // CLONE_SETTLS: the new FS base
};

namespace proc {
// Creates the child; returns its tid to the caller or -errno.
long clone(const CloneRequest& r, TrapFrame* frame);
// Counts a new process (fork limits).
void register_process();
} // namespace proc
