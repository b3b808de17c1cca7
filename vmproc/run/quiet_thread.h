// Helper threads of the VM process (the input watch, the watchdog, the
// channel's watch) must never take the signals meant for the vCPU thread
// (vmlib's timer signal in composite mode, stop requests, the watchdog's
// stop): each starts with every signal blocked.
#pragma once

#include <pthread.h>
#include <signal.h>

#include <thread>
#include <utility>

namespace tandem {

// A std::thread running `fn` with all signals blocked; the caller's mask is
// left as it was.
template <typename Fn> std::thread start_quiet_thread(Fn&& fn) {
    sigset_t all, saved;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &saved);
    std::thread t(std::forward<Fn>(fn));
    pthread_sigmask(SIG_SETMASK, &saved, nullptr);
    return t;
}

} // namespace tandem
