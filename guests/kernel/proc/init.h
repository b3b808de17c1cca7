// The first process: the program in boot module 0, run by the init thread.
#pragma once

namespace init_process {
// Starts the init kernel thread (returns false when there is no program).
bool start();
} // namespace init_process
