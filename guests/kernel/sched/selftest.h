// A boot-time check of preemption between kernel threads, run when the
// command line has the word `ktest` (its verdict line is for the tests).
#pragma once

namespace sched_selftest {
// Runs two CPU-bound kernel threads that never yield and waits for both;
// prints "ktest: preemption ok" when each saw the other make progress.
void run();
} // namespace sched_selftest
