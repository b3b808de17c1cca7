// Per-CPU data, reached through the kernel GS base (swapgs on every entry
// from user mode).  The platform has one vCPU, so there is one instance.
#pragma once

#include "lib/types.h"

struct Task;

struct PerCpu {
    PerCpu* self;       // %gs:0
    Task* current;      // %gs:8
    u64 kernel_rsp;     // %gs:16: top of the current task's kernel stack
    u64 user_rsp;       // %gs:24: scratch for the syscall entry
    u64 need_resched;   // %gs:32
};

#define PERCPU_KERNEL_RSP 16
#define PERCPU_USER_RSP 24

extern PerCpu g_percpu;

// The running task (valid once the scheduler is initialised).
static inline Task* current() {
    Task* t;
    asm volatile("movq %%gs:8, %0" : "=r"(t));
    return t;
}
