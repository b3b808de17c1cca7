// ITIMER_REAL (alarm, setitimer): SIGALRM at a monotonic deadline, checked
// by the timer interrupt (tick resolution).
#pragma once

#include "lib/types.h"

namespace itimer {
// Timer interrupt: sends SIGALRM to processes whose alarm is due.
void expire(u64 now_ns);
} // namespace itimer
