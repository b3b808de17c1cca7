// A user-only space process: started from the `tandem-space` stub, holding
// only guest memory under the seccomp allow-list (docs/PLATFORM.md "User-only
// mode: processes and trust", platform.h section 10).  vmproc keeps its pid,
// a pidfd to see it die and the filter's listener to see what it was refused.
#pragma once

#include <sys/types.h>

#include <tandem/platform.h>

#include <array>
#include <cstdint>
#include <string>

#include "result.h"

namespace tandem {

// A host system call a space's filter refused, as the listener reported it.
struct SpaceViolation {
    pid_t pid = 0;
    int nr = 0;
    std::uint32_t arch = 0;
    std::uint64_t ip = 0; // the instruction after the system call
    std::array<std::uint64_t, 6> args{};
};

// One line for the user: "forbidden host system call openat (257) at 0x...".
std::string describe(const SpaceViolation& v);

// The x86-64 name of host system call `nr`, or nullptr if it has none.
const char* host_syscall_name(int nr);

class SpaceProcess {
public:
    SpaceProcess() = default;
    SpaceProcess(SpaceProcess&& other) noexcept;
    SpaceProcess& operator=(SpaceProcess&& other) noexcept;
    SpaceProcess(const SpaceProcess&) = delete;
    SpaceProcess& operator=(const SpaceProcess&) = delete;
    ~SpaceProcess(); // kills and reaps the process if it still runs

    // Starts `stub` on `memfd` with `config` (magic and ABI version are filled
    // in here) and waits until its filter is in force and its listener has
    // arrived.  A stub that fails its set-up is reaped and its reason named.
    static Result<SpaceProcess> start(const std::string& stub, int memfd, tandem_space_config config);
    // The same in two halves, so that several spaces set themselves up at
    // once (a VM's pool at start and at every --restart): spawn() starts the
    // stub and hands it its configuration without waiting; finish_start()
    // waits for its listener as start() does (the space is reaped on error).
    static Result<SpaceProcess> spawn(const std::string& stub, int memfd, tandem_space_config config);
    Status finish_start();

    pid_t pid() const { return pid_; }
    int pidfd() const { return pidfd_; }
    int listener() const { return listener_; }
    // Waits up to `timeout_ms` for a refused system call (-1: for ever).
    // An error when none came in time or the process ended.
    Result<SpaceViolation> next_violation(int timeout_ms) const;
    // Kills the process and reaps it; returns its wait status (or -1 if it was gone already).
    int kill_and_reap();
    // Waits for the process to end by itself and reaps it; returns its wait status.
    int wait();

private:
    void close_fds();
    pid_t pid_ = -1;
    int pidfd_ = -1;
    int listener_ = -1;
    int setup_fd_ = -1; // vmproc's end of the set-up channel until finish_start()
};

// The stub installed beside the running `tandem` binary.
std::string space_stub_beside_self();

} // namespace tandem
