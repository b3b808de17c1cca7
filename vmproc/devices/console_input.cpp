// Console input.  Asio's async_wait puts the descriptor into non-blocking
// mode (FIONBIO), and O_NONBLOCK belongs to the open file description, so
// waiting on a dup of stdin would leak non-blocking mode to the terminal
// and to every process sharing it.  We therefore reopen /proc/self/fd/0,
// which gives a private description of the same tty, pipe or FIFO; only for
// descriptors that cannot be reopened (sockets) do we fall back to a dup
// and immediately turn O_NONBLOCK back off, reading only after readiness.
#include "console_input.h"

#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>

namespace tandem {

// Whether epoll can watch fd.  It refuses regular files and some devices
// such as /dev/null (EPERM), which asio would accept silently.
static bool epoll_can_watch(int fd) {
    int ep = ::epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0) return false;
    struct epoll_event ev {};
    ev.events = EPOLLIN;
    bool ok = ::epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) == 0;
    ::close(ep);
    return ok;
}

ConsoleInput::ConsoleInput(boost::asio::io_context& io, int fd, RingView ring, IrqLines& irqs,
                           unsigned vector)
    : io_(io), fd_(fd), ring_(ring), irqs_(irqs), vector_(vector) {}

ConsoleInput::~ConsoleInput() {
    if (desc_) {
        boost::system::error_code ec;
        desc_->cancel(ec);
        int fd = desc_->release();
        if (own_fd_ && fd >= 0) ::close(fd);
        desc_.reset();
    } else if (own_fd_ && read_fd_ >= 0) {
        ::close(read_fd_);
    }
}

void ConsoleInput::start() {
    struct stat st;
    if (::fstat(fd_, &st) != 0) { // stdin closed: no input, ever
        reached_eof();
        return;
    }
    read_fd_ = fd_;
    if (!S_ISREG(st.st_mode) && epoll_can_watch(fd_)) {
        int fd = ::open(("/proc/self/fd/" + std::to_string(fd_)).c_str(),
                        O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd >= 0) {
            nonblocking_ = true;
        } else {
            fd = ::fcntl(fd_, F_DUPFD_CLOEXEC, 3);
            restore_blocking_ = true;
        }
        if (fd >= 0) {
            auto d = std::make_unique<boost::asio::posix::stream_descriptor>(io_);
            boost::system::error_code ec;
            d->assign(fd, ec);
            if (!ec) {
                desc_ = std::move(d);
                read_fd_ = fd;
                own_fd_ = true;
            } else { // asio refused it: read stdin synchronously
                ::close(fd);
                nonblocking_ = restore_blocking_ = false;
            }
        }
    }
    pump();
}

// Reads while the ring has room.  Synchronous sources (regular files) never
// block; asynchronous ones are read only when ready, and a blocking dup only
// once per readiness.
void ConsoleInput::pump() {
    if (eof_ || waiting_) return;
    if (desc_ && !nonblocking_) { // blocking dup: read only after readiness
        if (ring_.space() != 0) arm();
        return;
    }
    read_available();
}

// Reads until the source has nothing more or the ring is full; an empty
// non-blocking source arms the readiness wait (unless one is armed).
void ConsoleInput::read_available() {
    char buf[4096];
    for (;;) {
        std::uint32_t space = ring_.space();
        if (space == 0) return; // the guest's kick-in brings us back
        std::size_t want = std::min<std::size_t>(space, sizeof buf);
        ssize_t n = ::read(read_fd_, buf, want);
        if (n > 0) {
            ring_.write(buf, static_cast<std::size_t>(n));
            irqs_.raise(vector_);
            continue;
        }
        if (n == 0) {
            reached_eof();
            return;
        }
        if (errno == EINTR) continue;
        if (errno == EAGAIN && desc_) {
            arm();
            return;
        }
        reached_eof(); // EIO (hang-up) and other errors end the input
        return;
    }
}

void ConsoleInput::read_ready() {
    if (eof_ || !desc_ || !nonblocking_) return;
    read_available();
}

// Arms one readiness wait on the descriptor.
void ConsoleInput::arm() {
    if (waiting_ || !desc_) return;
    waiting_ = true;
    int flags = restore_blocking_ ? ::fcntl(read_fd_, F_GETFL) : -1;
    desc_->async_wait(boost::asio::posix::stream_descriptor::wait_read,
                      [this](const boost::system::error_code& ec) { on_readable(ec); });
    if (flags >= 0 && !(flags & O_NONBLOCK)) {
        ::fcntl(read_fd_, F_SETFL, flags);
        restore_blocking_ = false; // asio believes it is non-blocking now and never resets it
    }
}

void ConsoleInput::on_readable(const boost::system::error_code& ec) {
    waiting_ = false;
    if (ec == boost::asio::error::operation_aborted) return;
    if (ec) {
        reached_eof();
        return;
    }
    if (!desc_ || nonblocking_) {
        pump();
        return;
    }
    // Blocking dup: exactly one read, which cannot block now.
    std::uint32_t space = ring_.space();
    if (space == 0) return;
    char buf[4096];
    ssize_t n;
    do {
        n = ::read(read_fd_, buf, std::min<std::size_t>(space, sizeof buf));
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        ring_.write(buf, static_cast<std::size_t>(n));
        irqs_.raise(vector_);
        arm();
    } else {
        reached_eof();
    }
}

// Tells the guest no more input will come.
void ConsoleInput::reached_eof() {
    eof_ = true;
    if (ring_.valid() && !ring_.eof()) {
        ring_.set_eof();
        irqs_.raise(vector_);
    }
}

} // namespace tandem
