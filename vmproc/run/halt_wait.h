// Waiting while the guest is halted: until its timer deadline, console
// input, or a host signal asking tandem to stop.
#pragma once

#include <tandem/platform.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <csignal>
#include <memory>

#include "devices/irq_lines.h"
#include "stop_signals.h"

namespace tandem {

struct WakeUp {
    bool timer = false; // the guest's deadline passed
    int signal = 0;     // SIGINT/SIGTERM/SIGHUP arrived (0 = none)
};

class HaltWaiter {
public:
    explicit HaltWaiter(boost::asio::io_context& io);
    ~HaltWaiter();
    HaltWaiter(const HaltWaiter&) = delete;
    HaltWaiter& operator=(const HaltWaiter&) = delete;

    // Runs the io_context until deadline_ns (guest clock; 0 = none) passes,
    // an interrupt line is pending in irqs, or a stop signal arrives.
    WakeUp wait(std::uint64_t deadline_ns, const tandem_clock& clock, const IrqLines& irqs);

private:
    void install_handlers();
    void restore_handlers();

    boost::asio::io_context& io_;
    boost::asio::steady_timer timer_;
    std::unique_ptr<boost::asio::posix::stream_descriptor> signal_read_;
    int signal_pipe_[2] = {-1, -1};
    struct sigaction saved_[kStopSignalCount];
    bool timer_fired_ = false;
    bool signal_ready_ = false;
    bool timer_armed_ = false, signal_armed_ = false;
    std::uint64_t timer_gen_ = 0;
};

} // namespace tandem
