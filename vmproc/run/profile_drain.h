// --profile in composite mode: a thread that drains the module's samples
// from vmlib's ring while the guest runs.  The module writes them during
// RUN, which can last far longer than the ring holds (a guest that computes
// makes no exit), and vmproc's thread is inside that RUN; user-only mode
// needs none, its backend drains from the hand-off's wait.  While it runs
// it is the ring's only reader: the collector is drained by anyone else
// only after stop().
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "profile.h"

namespace tandem {

class ProfileDrain {
public:
    ProfileDrain(ProfileCollector& collector, std::chrono::milliseconds period)
        : collector_(collector), period_(period) {}
    ~ProfileDrain() { stop(); }
    ProfileDrain(const ProfileDrain&) = delete;
    ProfileDrain& operator=(const ProfileDrain&) = delete;

    void start();
    // Stops and joins the thread (idempotent); it drains once more first.
    void stop();

private:
    void loop();

    ProfileCollector& collector_;
    std::chrono::milliseconds period_;
    std::mutex lock_;
    std::condition_variable wake_;
    bool stopping_ = false; // guarded by lock_
    std::thread thread_;
};

} // namespace tandem
