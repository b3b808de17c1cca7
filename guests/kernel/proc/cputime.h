// System-wide CPU time and load, as /proc/stat, /proc/uptime and
// /proc/loadavg report them: ticks spent in user mode, in the kernel and
// idle, and Linux's exponentially-decayed load averages of runnable tasks.
#pragma once

#include "lib/types.h"

namespace cputime {
struct Ticks {
    u64 user, system, idle; // scheduler ticks (USER_HZ = 100)
};

// One scheduler tick passed (timer interrupt); `runnable` counts the tasks
// running or waiting to run.
void tick(bool from_user, bool idle, u32 runnable);
Ticks ticks();
// The 1, 5 and 15 minute load averages in hundredths ("0.42" is 42).
void load_averages(u64 out[3]);
} // namespace cputime
