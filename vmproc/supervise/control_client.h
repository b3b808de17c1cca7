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

// Sends `command` to the VM and returns its reply, an error if the VM does
// not answer within a few seconds or replies with "ok": false.
Result<json::Value> ask_vm(const VmSocket& vm, ControlCommand command);

} // namespace tandem
