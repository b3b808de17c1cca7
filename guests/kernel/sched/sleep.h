// Timed sleeps (nanosleep): tasks ordered by deadline, woken by the timer.
#pragma once

#include "lib/types.h"

struct Task;

namespace sleep {
// Sleeps the current task until the monotonic deadline; false if it was
// woken early by a signal.
bool until(u64 deadline_ns);
// With IRQs off and the task already on some wait list: blocks once, also
// woken at `deadline` (0 = no deadline).  True if the deadline has passed.
bool block_until(u64 deadline);
// Earliest deadline of any sleeper, 0 if none.
u64 earliest_deadline();
// Timer interrupt: wakes every task whose deadline has passed.
void wake_expired(u64 now_ns);
// Removes a task from the sleep list (it is being woken for another reason).
void cancel(Task* t);
} // namespace sleep
