// The host signals that stop tandem with status 128+N, in one place for
// everything that waits for them: the halt wait (run/halt_wait.cpp), the run
// loop's HOST_SIGNAL exits and composite mode's RUN (backends/).
#pragma once

#include <csignal>

namespace tandem {

inline constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
inline constexpr int kStopSignalCount = sizeof kStopSignals / sizeof kStopSignals[0];

constexpr bool is_stop_signal(int sig) {
    for (int s : kStopSignals)
        if (s == sig) return true;
    return false;
}

} // namespace tandem
