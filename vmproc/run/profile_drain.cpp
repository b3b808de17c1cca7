// The drain thread of composite mode's profile (profile_drain.h).
#include "profile_drain.h"

#include "quiet_thread.h"

namespace tandem {

// Starts the thread (with every signal blocked: they are the vCPU thread's).
void ProfileDrain::start() {
    if (thread_.joinable()) return;
    stopping_ = false;
    thread_ = start_quiet_thread([this] { loop(); });
}

// Wakes the thread, which drains a last time and ends, and joins it.
void ProfileDrain::stop() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard<std::mutex> hold(lock_);
        stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
}

// Drains every period until stopped; the ring holds about two seconds at
// 1 kHz, so a period well below that loses nothing.
void ProfileDrain::loop() {
    std::unique_lock<std::mutex> hold(lock_);
    for (;;) {
        bool stopping = wake_.wait_for(hold, period_, [this] { return stopping_; });
        collector_.drain();
        if (stopping) return;
    }
}

} // namespace tandem
