// The VM's control socket: a Unix socket in the user's control directory,
// served by a thread of its own with its own Boost.Asio io_context, so a
// request never waits for the vCPU and the vCPU never waits for a client.
// Only connections from our own user are answered (SO_PEERCRED); the socket
// is removed when the server stops.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>

#include <memory>
#include <string>
#include <thread>

#include "live_view.h"
#include "result.h"

namespace tandem {

class ControlServer {
public:
    explicit ControlServer(const LiveSources& sources) : sources_(sources) {}
    ~ControlServer();
    ControlServer(const ControlServer&) = delete;
    ControlServer& operator=(const ControlServer&) = delete;

    // Binds `path` (mode 0600, in a directory control_dir() checked) and starts the thread.
    Status start(const std::string& path);
    // Stops the thread, closes every connection and removes the socket (idempotent).
    void stop();

    // Sessions open at once; more connections are closed at accept.
    static constexpr int kMaxSessions = 16;

private:
    class Session;
    void accept();

    const LiveSources& sources_;
    int sessions_ = 0; // touched only on the server thread; declared before io_, whose handlers hold sessions
    boost::asio::io_context io_;
    std::unique_ptr<boost::asio::local::stream_protocol::acceptor> acceptor_;
    std::string path_;
    std::thread thread_;
};

} // namespace tandem
