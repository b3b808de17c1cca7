// ITIMER_REAL (alarm, setitimer): SIGALRM at a monotonic deadline.  The
// timer device is programmed for the earliest alarm as for any sleeper, so
// an alarm fires at its deadline, not at the next scheduler tick.
#pragma once

#include "lib/types.h"

namespace itimer {
// Timer interrupt: sends SIGALRM to processes whose alarm is due.
void expire(u64 now_ns);
// The earliest alarm deadline of any live process (0 = none), for timer::reprogram.
u64 earliest_deadline();
} // namespace itimer
