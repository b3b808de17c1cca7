// Waiting for readiness (poll, select, blocking pipe ends): one wait queue
// that every readiness change wakes.  With one CPU and few files, waking
// all pollers to recheck is cheaper than per-file registration.
#pragma once

#include "sched/waitqueue.h"

namespace pollwait {
WaitQueue& queue();
// Something became readable/writable/hung up: pollers recheck.
void notify();
// How many notifications there were (File::poll_gen's default).
u64 generation();
} // namespace pollwait
