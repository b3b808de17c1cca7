// One session per connection, reading request lines of at most
// kMaxRequestLine bytes; a longer line or a foreign peer ends the session.
#include "control_server.h"

#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <istream>

#include "control_protocol.h"

namespace tandem {

namespace asio = boost::asio;
using Local = asio::local::stream_protocol;

class ControlServer::Session : public std::enable_shared_from_this<Session> {
public:
    Session(ControlServer& server, Local::socket socket)
        : server_(server), socket_(std::move(socket)), input_(kMaxRequestLine + 1) {
        server_.sessions_++;
    }
    ~Session() {
        end_session(server_.sources_, this);
        server_.sessions_--;
    }

    void read() {
        auto self = shared_from_this();
        asio::async_read_until(socket_, input_, '\n', [self](boost::system::error_code ec, std::size_t n) {
            if (ec) return; // EOF, an over-long line, or the server stopping
            std::string line(asio::buffers_begin(self->input_.data()),
                             asio::buffers_begin(self->input_.data()) + static_cast<std::ptrdiff_t>(n - 1));
            self->input_.consume(n);
            self->reply_ = answer_request(line, self->server_.sources_, self.get()) + "\n";
            asio::async_write(self->socket_, asio::buffer(self->reply_),
                              [self](boost::system::error_code wec, std::size_t) {
                                  if (!wec) self->read();
                              });
        });
    }

private:
    ControlServer& server_;
    Local::socket socket_;
    asio::streambuf input_;
    std::string reply_;
};

// True if the peer runs as our user.
static bool peer_is_ours(int fd) {
    ucred cred{};
    socklen_t len = sizeof cred;
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 && cred.uid == ::getuid();
}

void ControlServer::accept() {
    acceptor_->async_accept([this](boost::system::error_code ec, Local::socket socket) {
        if (ec == asio::error::operation_aborted) return;
        if (!ec && sessions_ < kMaxSessions && peer_is_ours(socket.native_handle()))
            std::make_shared<Session>(*this, std::move(socket))->read();
        accept();
    });
}

Status ControlServer::start(const std::string& path) {
    ::unlink(path.c_str()); // a socket of ours left by a process with our pid that died
    boost::system::error_code ec;
    auto acceptor = std::make_unique<Local::acceptor>(io_);
    acceptor->open(Local(), ec);
    mode_t old = ::umask(0177);
    if (!ec) acceptor->bind(Local::endpoint(path), ec);
    ::umask(old);
    if (!ec) acceptor->listen(8, ec);
    if (ec) return Error{"control socket " + path + ": " + ec.message()};
    acceptor_ = std::move(acceptor);
    path_ = path;
    accept();
    // The thread must never take the signals meant for the vCPU thread.
    sigset_t all, saved;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &saved);
    thread_ = std::thread([this] { io_.run(); });
    pthread_sigmask(SIG_SETMASK, &saved, nullptr);
    return ok_status();
}

void ControlServer::stop() {
    if (thread_.joinable()) {
        io_.stop();
        thread_.join();
    }
    acceptor_.reset();
    if (!path_.empty()) {
        ::unlink(path_.c_str());
        path_.clear();
    }
}

ControlServer::~ControlServer() { stop(); }

} // namespace tandem
