// Host standard input feeding the console's input ring (ring 1).  Waits for
// input with Boost.Asio so that a halted guest sleeps until a key arrives,
// without ever making the caller's stdin non-blocking.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>

#include <memory>

#include "irq_lines.h"
#include "ring.h"

namespace tandem {

class ConsoleInput {
public:
    // fd is normally 0.  New input and end of input raise `vector` in irqs.
    ConsoleInput(boost::asio::io_context& io, int fd, RingView ring, IrqLines& irqs, unsigned vector);
    ~ConsoleInput();
    ConsoleInput(const ConsoleInput&) = delete;
    ConsoleInput& operator=(const ConsoleInput&) = delete;

    // Picks how to read (asynchronously, or synchronously for regular files
    // and /dev/null, which epoll refuses), then moves what is available.
    void start();
    // Moves whatever input is available into the ring; called when the
    // guest says it consumed input and before the vCPU halts.
    void pump();
    // True while a wait for more input is armed (something may still arrive).
    bool can_produce() const { return waiting_; }
    // The descriptor another thread may poll while the vCPU runs
    // (InputWatch), or -1 when input is synchronous or over.
    int watch_fd() const { return desc_ && nonblocking_ && !eof_ ? read_fd_ : -1; }
    // Whether more input is wanted now: no end of input, room in the ring.
    bool wants_input() const { return !eof_ && ring_.space() != 0; }
    // Reads what is ready now from a non-blocking source, even while an
    // asio wait is armed (InputWatch calls it, holding the run gate).
    void read_ready();
    // A restarted guest has a fresh input ring: an input that already ended
    // ends there too (bytes the old guest had not read are gone with it).
    void carry_over_eof() {
        if (eof_) ring_.set_eof();
    }
    // True once end of input has been reported to the guest.
    bool finished() const { return eof_ && ring_.eof(); }
    bool async() const { return desc_ != nullptr; }

private:
    void arm();
    void read_available();
    void on_readable(const boost::system::error_code& ec);
    void reached_eof();

    boost::asio::io_context& io_;
    int fd_;
    int read_fd_ = -1;       // the fd actually read (fd_ or our own reopen/dup)
    bool own_fd_ = false;
    bool nonblocking_ = false; // read_fd_ is our private non-blocking description
    bool restore_blocking_ = false; // dup fallback: clear O_NONBLOCK after asio sets it
    std::unique_ptr<boost::asio::posix::stream_descriptor> desc_;
    RingView ring_;
    IrqLines& irqs_;
    unsigned vector_;
    bool waiting_ = false;
    bool eof_ = false;
};

} // namespace tandem
