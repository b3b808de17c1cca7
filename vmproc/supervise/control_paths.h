// Where the control sockets of running VMs live (docs/SUPERVISOR.md): one
// directory per user, mode 0700 and owned by that user, checked both by the
// VM that creates its socket there and by the client that connects.
#pragma once

#include <string>
#include <sys/types.h>

#include "result.h"

namespace tandem {

// The directory for this user: $XDG_RUNTIME_DIR/tandem, else /run/tandem
// if /run is writable, else /tmp/tandem-$UID.  With `create`, the directory
// is made (0700) if missing.  An error if it exists but is not a directory
// owned by us with no access for others.
Result<std::string> control_dir(bool create);
// The directory's path alone, unchecked (for "does it exist at all").
std::string control_dir_path();

// "<dir>/<id>-<pid>.sock": the pid in the name lets `tandem ps` remove the
// sockets of VM processes that died without removing theirs.
std::string socket_path(const std::string& dir, const std::string& id, pid_t pid);

// Splits a socket file name "<id>-<pid>.sock"; false if it is not one.
bool parse_socket_name(const std::string& name, std::string& id, pid_t& pid);

// A short random id for a new VM (6 hex digits).
std::string new_vm_id();

} // namespace tandem
