// Signals.  This stage records actions and masks (rt_sigaction,
// rt_sigprocmask) and implements default actions; user handlers are not
// invoked yet, so a signal that would run one terminates the process.
#pragma once

#include "lib/types.h"

struct Task;
struct TrapFrame;

namespace signal {
enum : int {
    SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7,
    SIGFPE = 8, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13,
    SIGALRM = 14, SIGTERM = 15, SIGSTKFLT = 16, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19,
    SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23, SIGXCPU = 24, SIGXFSZ = 25,
    SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, SIGIO = 29, SIGPWR = 30, SIGSYS = 31,
};
constexpr int kNumSignals = 64;
constexpr u64 kSigDfl = 0, kSigIgn = 1;

constexpr u64 bit(int sig) { return 1ull << (sig - 1); }

// Queues a signal for a task (wakes it if it sleeps).
void send(Task* t, int sig);
// A synchronous fault of the current task: it is delivered on return to
// user mode even if blocked or ignored.
void force(int sig);
// Something to do before returning to user mode?
bool pending_work(Task* t);
// Acts on pending signals (may not return: the process dies).
void handle_pending(TrapFrame* frame);
// True if a pending signal will terminate the task (sleeps are cut short).
bool fatal_pending(Task* t);
} // namespace signal
