// The rendezvous of two VM processes.  Nothing here trusts the peer beyond
// its uid: after the handshake, what crosses the connection is guest data,
// which each side's ChannelDevice bounds on the way in.
#include "channel_link.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <thread>

namespace tandem {

namespace {

// How long a connecting VM process waits for the listener's answer, and
// for the rendezvous lock.
constexpr int kAnswerTimeoutMs = 5000;

bool fill_address(sockaddr_un& a, const std::string& path) {
    std::memset(&a, 0, sizeof a);
    a.sun_family = AF_UNIX;
    if (path.size() >= sizeof a.sun_path) return false;
    std::memcpy(a.sun_path, path.c_str(), path.size() + 1);
    return true;
}

bool same_user(int fd) {
    ucred cred{};
    socklen_t len = sizeof cred;
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 && cred.uid == ::getuid();
}

int new_socket() { return ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0); }

std::string errno_text(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

// The rendezvous lock of a name (DIR/channel-NAME.lock, flock): held from
// the first connect until this side listens or is connected, so that no one
// finds a socket bound and not listening and, taking it for a killed
// VM's, removes it and listens beside it (two listeners that never meet).
// The kernel drops it when its holder dies; the file stays, empty.
class RendezvousLock {
public:
    explicit RendezvousLock(const std::string& path) {
        fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd_ < 0) {
            error_ = errno_text("open");
            return;
        }
        // Bounded: a holder stopped (SIGSTOP) inside join must not hang us.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kAnswerTimeoutMs);
        auto pause = std::chrono::microseconds(20); // a holder keeps it for microseconds
        while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK && errno != EINTR) {
                error_ = errno_text("flock");
                return;
            }
            if (std::chrono::steady_clock::now() > deadline) {
                error_ = "another tandem holds the rendezvous lock";
                return;
            }
            std::this_thread::sleep_for(pause);
            pause = std::min(pause * 2, std::chrono::microseconds(5000));
        }
        held_ = true;
    }
    ~RendezvousLock() {
        if (fd_ >= 0) ::close(fd_); // closing releases the lock
    }
    RendezvousLock(const RendezvousLock&) = delete;
    RendezvousLock& operator=(const RendezvousLock&) = delete;
    bool held() const { return held_; }
    const std::string& error() const { return error_; }

private:
    int fd_ = -1;
    bool held_ = false;
    std::string error_;
};

} // namespace

namespace {
// "DIR/channel-NAME" + suffix: the files of one channel name.
std::string channel_file(const std::string& dir, const std::string& name, const char* suffix) {
    return (dir.empty() || dir.back() == '/' ? dir : dir + "/") + "channel-" + name + suffix;
}
} // namespace

std::string channel_socket_path(const std::string& dir, const std::string& name) {
    return channel_file(dir, name, ".sock");
}

std::string channel_lock_path(const std::string& dir, const std::string& name) {
    return channel_file(dir, name, ".lock");
}

ChannelLink::ChannelLink(ChannelLink&& other) noexcept
    : path_(std::move(other.path_)), listen_fd_(other.listen_fd_), conn_(other.conn_.load()) {
    other.listen_fd_ = -1;
    other.conn_ = -1;
    other.path_.clear();
}

ChannelLink::~ChannelLink() {
    if (listen_fd_ >= 0) {
        ::close(listen_fd_);
        ::unlink(path_.c_str());
    }
    if (int c = conn_.load(); c >= 0) ::close(c);
}

Result<ChannelLink> ChannelLink::join(const std::string& dir, const std::string& name) {
    ChannelLink link;
    link.path_ = channel_socket_path(dir, name);
    const std::string what = "--channel " + name;
    sockaddr_un addr;
    if (!fill_address(addr, link.path_)) return Error{what + ": the socket path " + link.path_ + " is too long"};
    std::optional<RendezvousLock> lock;
    lock.emplace(channel_lock_path(dir, name));
    if (!lock->held()) return Error{what + ": " + channel_lock_path(dir, name) + ": " + lock->error()};
    // Under the lock a socket that refuses is a killed VM process's: it is
    // removed once, and this side listens in its place.
    for (int attempt = 0; attempt < 2; attempt++) {
        int fd = new_socket();
        if (fd < 0) return Error{what + ": " + errno_text("socket")};
        if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
            lock.reset(); // connected: the listener answers from its own thread
            if (!same_user(fd)) {
                ::close(fd);
                return Error{what + ": " + link.path_ + " belongs to another user"};
            }
            pollfd p{fd, POLLIN, 0};
            char answer = 0;
            if (::poll(&p, 1, kAnswerTimeoutMs) != 1 || ::recv(fd, &answer, 1, 0) != 1) {
                ::close(fd);
                return Error{what + ": the VM process waiting on the channel does not answer"};
            }
            if (answer != kAccepted) {
                ::close(fd);
                return Error{what + ": two guests already use this channel (a channel joins two guests)"};
            }
            link.conn_ = fd;
            return link;
        }
        int err = errno;
        if (err == ECONNREFUSED) ::unlink(link.path_.c_str()); // nobody listens: a killed VM's socket
        else if (err != ENOENT) {
            ::close(fd);
            return Error{what + ": connect " + link.path_ + ": " + std::strerror(err)};
        }
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
            if (::listen(fd, 4) != 0) {
                std::string e = errno_text("listen");
                ::close(fd);
                ::unlink(link.path_.c_str());
                return Error{what + ": " + e};
            }
            link.listen_fd_ = fd;
            return link;
        }
        err = errno;
        ::close(fd);
        if (err != EADDRINUSE) return Error{what + ": bind " + link.path_ + ": " + std::strerror(err)};
    }
    return Error{what + ": " + link.path_ + " is busy; try again"};
}

bool ChannelLink::accept_pending() {
    if (listen_fd_ < 0) return false;
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) return false;
    if (conn_.load() >= 0 || !same_user(fd)) {
        (void)!::send(fd, &kTaken, 1, MSG_DONTWAIT | MSG_NOSIGNAL);
        ::close(fd);
        return false;
    }
    if (::send(fd, &kAccepted, 1, MSG_DONTWAIT | MSG_NOSIGNAL) != 1) {
        ::close(fd);
        return false;
    }
    conn_.store(fd, std::memory_order_release);
    return true;
}

} // namespace tandem
