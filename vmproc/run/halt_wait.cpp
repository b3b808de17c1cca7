// Halt waits.  While the guest runs, stop signals end the backend's run with
// a HOST_SIGNAL exit.  While vmproc itself sleeps for a halted guest, nothing
// would return from a run, so for the length of the wait SIGINT/SIGTERM/SIGHUP
// are routed to a self-pipe the io_context watches, and the backend's
// handlers are put back afterwards.
#include "halt_wait.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

#include "boot/clock.h"

namespace tandem {

namespace {

int g_signal_pipe_write = -1;

// Async-signal-safe: record the signal number in the pipe.
extern "C" void on_stop_signal(int sig) {
    int saved = errno;
    unsigned char b = static_cast<unsigned char>(sig);
    if (g_signal_pipe_write >= 0) (void)!::write(g_signal_pipe_write, &b, 1);
    errno = saved;
}

} // namespace

HaltWaiter::HaltWaiter(boost::asio::io_context& io) : io_(io), timer_(io) {
    if (::pipe2(signal_pipe_, O_CLOEXEC | O_NONBLOCK) == 0) {
        g_signal_pipe_write = signal_pipe_[1];
        signal_read_ = std::make_unique<boost::asio::posix::stream_descriptor>(io_, signal_pipe_[0]);
    }
}

HaltWaiter::~HaltWaiter() {
    boost::system::error_code ec;
    timer_.cancel();
    if (signal_read_) {
        signal_read_->cancel(ec);
        signal_read_->close(ec); // closes signal_pipe_[0]
    }
    g_signal_pipe_write = -1;
    if (signal_pipe_[1] >= 0) ::close(signal_pipe_[1]);
}

void HaltWaiter::install_handlers() {
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int i = 0; i < kStopSignalCount; i++) ::sigaction(kStopSignals[i], &sa, &saved_[i]);
}

void HaltWaiter::restore_handlers() {
    for (int i = 0; i < kStopSignalCount; i++) ::sigaction(kStopSignals[i], &saved_[i], nullptr);
}

WakeUp HaltWaiter::wait(std::uint64_t deadline_ns, const tandem_clock& clock, const IrqLines& irqs) {
    WakeUp w;
    if (deadline_ns) {
        std::uint64_t now = clock_ns(clock, read_tsc());
        if (deadline_ns <= now) {
            w.timer = true;
            return w;
        }
        timer_fired_ = false;
        timer_.expires_after(std::chrono::nanoseconds(deadline_ns - now));
        const std::uint64_t gen = ++timer_gen_;
        timer_armed_ = true;
        timer_.async_wait([this, gen](const boost::system::error_code& ec) {
            if (gen != timer_gen_) return; // a wait that was abandoned
            if (!ec) timer_fired_ = true;
        });
    }
    if (signal_read_ && !signal_armed_) {
        signal_armed_ = true;
        signal_read_->async_wait(boost::asio::posix::stream_descriptor::wait_read,
                                 [this](const boost::system::error_code& ec) {
                                     signal_armed_ = false;
                                     if (!ec) signal_ready_ = true;
                                 });
    }
    install_handlers();
    while (!timer_fired_ && !signal_ready_ && irqs.pending() == 0) {
        if (io_.stopped()) io_.restart();
        if (io_.run_one() == 0) break; // nothing left that could wake us
    }
    restore_handlers();
    if (signal_ready_) {
        unsigned char b;
        while (::read(signal_pipe_[0], &b, 1) == 1)
            if (!w.signal) w.signal = b;
        signal_ready_ = false;
    }
    w.timer = timer_fired_;
    timer_fired_ = false;
    if (timer_armed_) { // its handler, if still queued, will see a newer generation
        timer_armed_ = false;
        timer_.cancel();
        ++timer_gen_;
    }
    return w;
}

} // namespace tandem
