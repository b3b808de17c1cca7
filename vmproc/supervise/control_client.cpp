// Plain blocking sockets with poll() timeouts: a client does one request at
// a time and must never hang on a VM that stopped answering.
#include "control_client.h"

#include <dirent.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include "control_paths.h"

namespace tandem {

namespace {

constexpr int kTimeoutMs = 5000;
constexpr std::size_t kMaxReply = 16 << 20;

bool process_alive(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

// Waits until fd is ready for `events`; false on timeout or error.
bool wait_for(int fd, short events) {
    pollfd p{fd, events, 0};
    for (;;) {
        int r = ::poll(&p, 1, kTimeoutMs);
        if (r < 0 && errno == EINTR) continue;
        return r == 1;
    }
}

Result<int> connect_to(const std::string& path) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (path.size() >= sizeof addr.sun_path) return Error{"control socket path too long: " + path};
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return Error{std::string("socket: ") + std::strerror(errno)};
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        int e = errno;
        ::close(fd);
        return Error{path + ": " + std::strerror(e)};
    }
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || cred.uid != ::getuid()) {
        ::close(fd);
        return Error{path + ": the VM process does not belong to this user"};
    }
    return fd;
}

Result<std::string> send_and_receive(int fd, const std::string& request) {
    std::size_t sent = 0;
    while (sent < request.size()) {
        if (!wait_for(fd, POLLOUT)) return Error{"the VM does not answer"};
        ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return Error{std::string("sending the request: ") + std::strerror(n < 0 ? errno : EPIPE)};
        sent += static_cast<std::size_t>(n);
    }
    std::string reply;
    char buf[65536];
    for (;;) {
        if (!wait_for(fd, POLLIN)) return Error{"the VM does not answer"};
        ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return Error{std::string("reading the reply: ") + std::strerror(errno)};
        if (n == 0) return Error{"the VM closed the connection without a reply"};
        reply.append(buf, static_cast<std::size_t>(n));
        if (auto nl = reply.find('\n'); nl != std::string::npos) return reply.substr(0, nl);
        if (reply.size() > kMaxReply) return Error{"the VM's reply is too long"};
    }
}

} // namespace

Result<std::vector<VmSocket>> find_vms() {
    std::vector<VmSocket> vms;
    if (::access(control_dir_path().c_str(), F_OK) != 0) return vms; // no VM ever ran here
    std::string dir_path = TANDEM_TRY(control_dir(false));
    const std::string* dir = &dir_path;
    DIR* d = ::opendir(dir->c_str());
    if (!d) return vms;
    while (dirent* e = ::readdir(d)) {
        VmSocket vm;
        if (!parse_socket_name(e->d_name, vm.id, vm.pid)) continue;
        vm.path = *dir + "/" + e->d_name;
        if (!process_alive(vm.pid)) {
            ::unlink(vm.path.c_str()); // its VM died without removing it
            continue;
        }
        vms.push_back(std::move(vm));
    }
    ::closedir(d);
    std::sort(vms.begin(), vms.end(), [](const VmSocket& a, const VmSocket& b) { return a.pid < b.pid; });
    return vms;
}

Result<VmSocket> pick_vm(const std::vector<VmSocket>& vms, const std::string& name) {
    for (const VmSocket& vm : vms)
        if (vm.id == name || std::to_string(vm.pid) == name) return vm;
    return Error{"no running VM '" + name + "' (see 'tandem ps')"};
}

Result<VmConnection> VmConnection::open(const VmSocket& vm) {
    int fd = TANDEM_TRY(connect_to(vm.path));
    return VmConnection(fd, vm.id);
}

VmConnection::~VmConnection() {
    if (fd_ >= 0) ::close(fd_);
}

Result<json::Value> VmConnection::ask(const std::string& request) {
    auto reply = send_and_receive(fd_, request);
    if (!reply) return Error{"VM " + id_ + ": " + reply.error().message};
    auto value = json::parse(*reply);
    if (!value) return Error{"VM " + id_ + ": " + value.error().message};
    const json::Value* ok = value->find("ok");
    if (!ok || ok->kind != json::Value::Kind::Bool) return Error{"VM " + id_ + ": a reply without \"ok\""};
    if (!ok->boolean) {
        const json::Value* e = value->find("error");
        return Error{"VM " + id_ + ": " + (e && e->kind == json::Value::Kind::String ? e->string : "error")};
    }
    return value;
}

Result<json::Value> ask_vm(const VmSocket& vm, ControlCommand command) {
    VmConnection connection = TANDEM_TRY(VmConnection::open(vm));
    return connection.ask(request_line(command));
}

} // namespace tandem
