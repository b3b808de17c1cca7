// --channel NAME between VM processes (docs/SUPERVISOR.md, "Channels"): an
// AF_UNIX SOCK_SEQPACKET rendezvous at DIR/channel-NAME.sock, DIR being the
// control sockets' directory (0700, owner checked).  The first VM process
// of a name listens there; the second connects and is accepted; a third is
// told the channel is taken and fails to start.  Both ends check the other
// with SO_PEERCRED: only the same user's VM processes meet.  Joins of one
// name take turns under a lock file beside the socket.
#pragma once

#include <atomic>
#include <string>

#include "result.h"

namespace tandem {

class ChannelLink {
public:
    // Joins channel `name` in directory `dir`: connects to the VM process
    // that waits there (and waits, at most a few seconds, for its answer),
    // or becomes the one that waits.
    static Result<ChannelLink> join(const std::string& dir, const std::string& name);
    ChannelLink(ChannelLink&& other) noexcept;
    ChannelLink& operator=(ChannelLink&&) = delete;
    ~ChannelLink();

    // The connection to the peer, -1 while none has come.
    int connection() const { return conn_.load(std::memory_order_acquire); }
    // The listening socket while this side waits for its peer (-1 otherwise).
    int listener() const { return listen_fd_; }
    // The listener is readable: accepts one connection.  The first of this
    // user becomes the connection (true); any later one, or another user's,
    // is answered "taken" and closed.
    bool accept_pending();
    const std::string& path() const { return path_; }

    // The one-byte answers of the listener to a connecting VM process.
    static constexpr char kAccepted = 'A';
    static constexpr char kTaken = 'T';

private:
    ChannelLink() = default;
    std::string path_;
    int listen_fd_ = -1;
    std::atomic<int> conn_{-1};
};

// "DIR/channel-NAME.sock".
std::string channel_socket_path(const std::string& dir, const std::string& name);
// "DIR/channel-NAME.lock": serializes the joins of one name.
std::string channel_lock_path(const std::string& dir, const std::string& name);

} // namespace tandem
