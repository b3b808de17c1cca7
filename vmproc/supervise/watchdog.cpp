// Sampling, not hooks: the vCPU's own path stays untouched, so the watchdog
// costs the guest nothing.
#include "watchdog.h"

#include <csignal>

#include "boot/clock.h"
#include "live_view.h"
#include "run/quiet_thread.h"

namespace tandem {

bool HangDetector::observe(const WatchdogSample& s) {
    bool hung_now = s.in_run && s.timer_due && s.delivered == delivered_;
    delivered_ = s.delivered;
    if (!hung_now) {
        since_.reset();
        return false;
    }
    if (!since_) since_ = s.now_ns;
    return s.now_ns - *since_ >= limit_ns_;
}

Watchdog::Watchdog(unsigned seconds, const VmlibRecords& vmlib, const tandem_clock& clock, RunGate& gate,
                   pthread_t vcpu_thread)
    : seconds_(seconds), vmlib_(vmlib), clock_(clock), gate_(gate), vcpu_thread_(vcpu_thread) {}

Watchdog::~Watchdog() { stop(); }

void Watchdog::start() {
    if (thread_.joinable() || seconds_ == 0) return;
    thread_ = start_quiet_thread([this] { loop(); });
}

void Watchdog::stop() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard<std::mutex> lk(lock_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

// The vCPU thread holds the gate's lock except inside run(): if we can take
// it, the vCPU is inside run() (or the input watch holds it for a moment).
WatchdogSample Watchdog::sample() {
    WatchdogSample s;
    s.now_ns = monotonic_ns();
    {
        std::unique_lock<std::mutex> lk(gate_.lock, std::try_to_lock);
        s.in_run = lk.owns_lock() && gate_.in_run;
    }
    s.delivered = vmlib_.stats().events[TANDEM_STAT_IRQ_DELIVERED];
    if (auto v = vmlib_.vcpu_state()) {
        bool pending = v->irq_pending & TANDEM_IRQ_LINE_BIT(TANDEM_VEC_TIMER);
        bool passed = v->timer_deadline_ns && v->timer_deadline_ns <= clock_ns(clock_, read_tsc());
        s.timer_due = pending || passed;
    }
    return s;
}

void Watchdog::loop() {
    HangDetector detector(std::uint64_t{seconds_} * 1000000000ull);
    const auto period = std::chrono::milliseconds(std::min(250u, seconds_ * 1000u / 8 + 1));
    std::unique_lock<std::mutex> lk(lock_);
    while (!stopping_) {
        wake_.wait_for(lk, period, [&] { return stopping_; });
        if (stopping_) return;
        if (!detector.observe(sample())) continue;
        fired_ = true;
        // The way a stop signal ends run(): the backend sees it and stops the vCPU.
        pthread_kill(vcpu_thread_, SIGTERM);
        return;
    }
}

} // namespace tandem
