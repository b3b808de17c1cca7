// The mailbox is guest memory: op and len are copied once, len is bounded
// by the data area, and only `result` and `status` are written back.  The
// connection's data is the peer guest's: recv() stores at most the room the
// guest gave, and MSG_TRUNC drops the rest of a longer message, as a
// SOCK_SEQPACKET read() does.
#include "channel.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "device_registry.h"
#include "run/quiet_thread.h"

namespace tandem {

const DeviceSpec kChannelSpec{"channel", TANDEM_DEV_CHANNEL, TANDEM_PORT_CHANNEL, TANDEM_VEC_CHANNEL};

namespace {
const DeviceRegistration registration(kChannelSpec);

constexpr std::uint32_t kStatusBits =
    TANDEM_CHANNEL_READABLE | TANDEM_CHANNEL_WRITABLE | TANDEM_CHANNEL_HANGUP | TANDEM_CHANNEL_CONNECTED;

// The poll(2) events that make status bits in `want` true.
short poll_events_for(std::uint32_t want) {
    short ev = 0;
    if (want & TANDEM_CHANNEL_READABLE) ev |= POLLIN;
    if (want & TANDEM_CHANNEL_WRITABLE) ev |= POLLOUT;
    return ev; // POLLHUP and POLLERR are always reported
}
} // namespace

ChannelDevice::ChannelDevice(std::uint8_t* guest, std::uint64_t guest_size, std::uint64_t mailbox_phys,
                             ChannelLink& link)
    : guest_(guest),
      valid_(mailbox_phys <= guest_size &&
             guest_size - mailbox_phys >= sizeof(tandem_channel_mailbox) + TANDEM_CHANNEL_MESSAGE_MAX),
      mailbox_phys_(mailbox_phys), link_(link) {}

ChannelDevice::~ChannelDevice() { stop(); }

bool ChannelDevice::out(std::uint16_t offset, std::uint8_t, std::uint32_t) {
    if (offset != TANDEM_CHANNEL_DO) return false;
    if (!valid_) return true;
    auto* box = reinterpret_cast<tandem_channel_mailbox*>(guest_ + mailbox_phys_);
    const std::uint32_t op = __atomic_load_n(&box->op, __ATOMIC_RELAXED);
    const std::uint32_t len = __atomic_load_n(&box->len, __ATOMIC_RELAXED);
    std::int64_t result;
    switch (op) {
    case TANDEM_CHANNEL_SEND: result = send(len); break;
    case TANDEM_CHANNEL_RECV: result = receive(len); break;
    case TANDEM_CHANNEL_POLL: {
        std::uint32_t now = status();
        result = now;
        std::uint32_t want = len & kStatusBits;
        if (want && !(now & want)) {
            // Added to what other waiters asked for: one interrupt wakes them
            // all, and each asks again.
            interest_.fetch_or(want);
            wake_watch();
        }
        break;
    }
    default: result = -EINVAL; break;
    }
    box->result = result;
    box->status = status();
    return true;
}

std::int64_t ChannelDevice::send(std::uint32_t len) {
    if (len > TANDEM_CHANNEL_MESSAGE_MAX) return -EMSGSIZE;
    int fd = link_.connection();
    if (hung_up_.load()) return -EPIPE;
    if (fd < 0) return -EAGAIN; // no peer yet
    if (len == 0) return 0;     // an empty message would read as the end at the peer
    const std::uint8_t* data = guest_ + mailbox_phys_ + sizeof(tandem_channel_mailbox);
    ssize_t n = ::send(fd, data, len, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n >= 0) {
        sent_++;
        return n;
    }
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS) return -EAGAIN;
    hung_up_ = true; // EPIPE, ECONNRESET: the peer is gone
    return -EPIPE;
}

std::int64_t ChannelDevice::receive(std::uint32_t len) {
    std::uint32_t room = len < TANDEM_CHANNEL_MESSAGE_MAX ? len : TANDEM_CHANNEL_MESSAGE_MAX;
    int fd = link_.connection();
    if (fd < 0) return -EAGAIN;
    std::uint8_t* data = guest_ + mailbox_phys_ + sizeof(tandem_channel_mailbox);
    ssize_t n = ::recv(fd, data, room, MSG_DONTWAIT | MSG_TRUNC);
    if (n > 0) {
        received_++;
        return n < static_cast<ssize_t>(room) ? n : room;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return -EAGAIN;
    hung_up_ = true; // 0: the peer closed (messages are never empty); or ECONNRESET
    return 0;
}

std::uint32_t ChannelDevice::status() {
    int fd = link_.connection();
    if (fd < 0) return 0;
    std::uint32_t s = TANDEM_CHANNEL_CONNECTED;
    pollfd p{fd, POLLIN | POLLOUT, 0};
    if (::poll(&p, 1, 0) == 1) {
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) s |= TANDEM_CHANNEL_READABLE;
        if (p.revents & POLLOUT) s |= TANDEM_CHANNEL_WRITABLE;
        if (p.revents & (POLLHUP | POLLERR)) s |= TANDEM_CHANNEL_HANGUP;
    }
    if (hung_up_.load()) s |= TANDEM_CHANNEL_READABLE | TANDEM_CHANNEL_HANGUP;
    return s;
}

void ChannelDevice::wake_watch() {
    if (wake_fd_ < 0) return;
    std::uint64_t one = 1;
    (void)!::write(wake_fd_, &one, sizeof one);
}

void ChannelDevice::start(std::function<void()> notify) {
    if (thread_.joinable()) return;
    notify_ = std::move(notify);
    wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wake_fd_ < 0) return;
    thread_ = start_quiet_thread([this] { loop(); });
}

void ChannelDevice::stop() {
    if (!thread_.joinable()) return;
    stopping_ = true;
    wake_watch();
    thread_.join();
    ::close(wake_fd_);
    wake_fd_ = -1;
}

// Waits for the peer to connect (the listening side), and for what the
// guest's last POLL asked; tells the guest once per POLL.
void ChannelDevice::loop() {
    while (!stopping_.load()) {
        pollfd p[3] = {{wake_fd_, POLLIN, 0}, {-1, POLLIN, 0}, {-1, 0, 0}};
        const int conn = link_.connection();
        p[1].fd = link_.listener(); // the peer to accept, or later ones to turn away
        const std::uint32_t want = interest_.load();
        if (conn >= 0 && want) {
            p[2].fd = conn;
            p[2].events = poll_events_for(want);
        }
        int r = ::poll(p, 3, -1);
        if (r < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (p[0].revents & POLLIN) {
            std::uint64_t v;
            (void)!::read(wake_fd_, &v, sizeof v);
            continue; // look at the interest again
        }
        bool fire = false;
        if (p[1].revents & POLLIN) fire = link_.accept_pending() && want;
        if (p[2].revents) fire = true;
        if (fire && interest_.exchange(0) && notify_) notify_();
    }
}

} // namespace tandem
