// Timed sleeps (nanosleep): tasks ordered by deadline, woken by the timer.
#pragma once

#include "lib/types.h"

struct Task;

namespace sleep {
// Sleeps the current task until the monotonic deadline; false if it was
// woken early by a signal.
bool until(u64 deadline_ns);
// Earliest deadline of any sleeper, 0 if none.
u64 earliest_deadline();
// Timer interrupt: wakes every task whose deadline has passed.
void wake_expired(u64 now_ns);
// Removes a task from the sleep list (it is being woken for another reason).
void cancel(Task* t);
} // namespace sleep
