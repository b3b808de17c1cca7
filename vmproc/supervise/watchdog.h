// `--watchdog S`: notices a guest that stopped taking timer interrupts (a
// hang with interrupts off, a livelock inside the guest kernel).  A thread
// of its own samples, a few times a second and without stopping the vCPU,
// vmlib's copy of the virtual CPU and its counters: the guest is hung when,
// for S seconds in a row, the vCPU was inside VcpuBackend::run(), its timer
// line was due (pending, or the deadline passed) and not one interrupt was
// delivered.  It then stops the vCPU the way a stop signal does and the run
// ends as a failure (docs/SUPERVISOR.md).
#pragma once

#include <tandem/platform.h>

#include <pthread.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>

#include "backends/vcpu_backend.h"
#include "backends/vmlib_records.h"
#include "run/input_watch.h"

namespace tandem {

// One sample of what the watchdog looks at.
struct WatchdogSample {
    bool in_run = false;           // the vCPU was inside run()
    bool timer_due = false;        // timer line pending or its deadline passed
    std::uint64_t delivered = 0;   // interrupts delivered so far
    std::uint64_t now_ns = 0;      // host monotonic time of the sample
};

// The decision, separate from the thread so that it can be tested: feed it
// samples, it says when the guest has been hung for `limit_ns`.
class HangDetector {
public:
    explicit HangDetector(std::uint64_t limit_ns) : limit_ns_(limit_ns) {}
    // True once the guest has been hung for the limit.
    bool observe(const WatchdogSample& s);

private:
    std::uint64_t limit_ns_;
    std::optional<std::uint64_t> since_; // first sample of the current hung stretch
    std::uint64_t delivered_ = 0;
};

class Watchdog {
public:
    // `vcpu_thread` is the thread that calls VcpuBackend::run().
    Watchdog(unsigned seconds, const VmlibRecords& vmlib, const tandem_clock& clock, RunGate& gate,
             pthread_t vcpu_thread);
    ~Watchdog();
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

    void start();
    void stop(); // idempotent
    // True if the watchdog found the guest hung and stopped it.
    bool fired() const { return fired_.load(); }
    unsigned seconds() const { return seconds_; }

private:
    void loop();
    WatchdogSample sample();

    unsigned seconds_;
    const VmlibRecords& vmlib_;
    tandem_clock clock_;
    RunGate& gate_;
    pthread_t vcpu_thread_;
    std::mutex lock_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::atomic<bool> fired_{false};
    std::thread thread_;
};

} // namespace tandem
