// The host has no delegated cgroup for an ordinary user in general (and
// cgroup v1 on some hosts), so the share is the nice value, which every
// Linux host honours for an unprivileged process: the fair scheduler gives
// runnable threads CPU in proportion to their nice weights (1.25x a step).
#include "cpu_share.h"

#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "cli/supervise_options.h"

namespace tandem {

Status apply_cpu_weight(unsigned weight) {
    const int nice = nice_for_cpu_weight(weight);
    if (::setpriority(PRIO_PROCESS, 0, nice) == 0) return ok_status();
    int err = errno;
    std::string why = err == EACCES || err == EPERM
                          ? "this user may not lower its nice value (it needs CAP_SYS_NICE or RLIMIT_NICE, `ulimit -e`)"
                          : std::strerror(err);
    return Error{"--cpu-weight " + std::to_string(weight) + ": cannot set nice " + std::to_string(nice) + ": " + why};
}

int current_nice() {
    errno = 0;
    int n = ::getpriority(PRIO_PROCESS, 0);
    return errno ? 0 : n;
}

} // namespace tandem
