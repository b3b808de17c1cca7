// The client side of the control socket, for `tandem ps`, `stats` and `top`:
// find the running VMs in the control directory, connect, check that the
// server is our own user, send one request, read one reply line.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "control_protocol.h"
#include "json.h"
#include "result.h"

namespace tandem {

struct VmSocket {
    std::string id;
    pid_t pid = 0;
    std::string path;
};

// The sockets of VMs whose process is alive; sockets of dead processes are
// removed on the way.  An empty list if the directory does not exist.
Result<std::vector<VmSocket>> find_vms();

// The VM named by `name` (its id or its host pid) among `vms`.
Result<VmSocket> pick_vm(const std::vector<VmSocket>& vms, const std::string& name);

// A connection to a VM for one request after the other (a trace that one
// request opens and the next closes belongs to its connection).
class VmConnection {
public:
    static Result<VmConnection> open(const VmSocket& vm);
    VmConnection(VmConnection&& other) noexcept : fd_(other.fd_), id_(std::move(other.id_)) { other.fd_ = -1; }
    VmConnection& operator=(VmConnection&&) = delete;
    ~VmConnection();
    // Sends one request line (with its newline) and returns the reply, an
    // error if the VM does not answer within a few seconds or replies with
    // "ok": false.
    Result<json::Value> ask(const std::string& request);

private:
    VmConnection(int fd, std::string id) : fd_(fd), id_(std::move(id)) {}
    int fd_;
    std::string id_;
};

// Sends `command` to the VM on a connection of its own and returns its reply (VmConnection::ask).
Result<json::Value> ask_vm(const VmSocket& vm, ControlCommand command);

} // namespace tandem
