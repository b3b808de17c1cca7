// Console output.  Output is written synchronously at each kick: the guest
// is stopped meanwhile, which is also what gives it back-pressure.
#include "console.h"

#include <unistd.h>

#include <cerrno>

#include "boot/clock.h"
#include "device_registry.h"

namespace tandem {

const DeviceSpec kConsoleSpec{"console", TANDEM_DEV_CONSOLE, TANDEM_PORT_CONSOLE, TANDEM_VEC_CONSOLE};
const DeviceSpec kErrorConsoleSpec{"error console", TANDEM_DEV_CONSOLE_ERR, TANDEM_PORT_CONSOLE_ERR, 0};

namespace {
const DeviceRegistration console_registration(kConsoleSpec);
const DeviceRegistration error_console_registration(kErrorConsoleSpec);
} // namespace

bool write_fully(int fd, const void* data, std::size_t n) {
    const auto* p = static_cast<const std::uint8_t*>(data);
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w == 0) errno = EIO;
        if (w <= 0) return false;
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

// Writes guest bytes to the host.  Once a host write fails the sink stays
// broken: later bytes are dropped, and the ring tells the guest the error
// so that its writers see EPIPE (and SIGPIPE) or ENOSPC as on Linux.
void ConsoleDevice::emit(const std::uint8_t* p, std::size_t n) {
    if (!broken_ && write_fully(out_fd_, p, n)) {
        written_ += n;
        return;
    }
    if (!broken_) broken_ = errno ? errno : EIO;
    dropped_ += n;
}

void ConsoleDevice::drain() {
    if (!output_.valid()) return;
    if (output_.corrupt()) { // the guest broke its indices: skip to its head
        output_.discard();
        return;
    }
    for (;;) {
        auto chunk = output_.readable();
        if (chunk.empty()) break;
        emit(chunk.data(), chunk.size());
        output_.consume(static_cast<std::uint32_t>(chunk.size()));
    }
    if (broken_) output_.set_broken(broken_); // every drain: the guest may have cleared it
}

bool ConsoleDevice::out(std::uint16_t offset, std::uint8_t, std::uint32_t value) {
    switch (offset) {
    case TANDEM_CONSOLE_KICK_OUT: {
        const std::uint64_t start_tsc = trace_ && trace_->on() ? read_tsc() : 0;
        const std::uint64_t before = written_ + dropped_;
        drain();
        if (start_tsc) trace_->request(spec_.name, "output", start_tsc, broken_ ? -broken_ : 0, written_ + dropped_ - before);
        return true;
    }
    case TANDEM_CONSOLE_KICK_IN:
        if (input_) input_->pump();
        return true;
    case TANDEM_CONSOLE_PUTC: {
        std::uint8_t c = static_cast<std::uint8_t>(value);
        emit(&c, 1);
        return true;
    }
    default:
        return false;
    }
}

} // namespace tandem
