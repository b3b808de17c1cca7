// Signals: pending sets per thread and per process, default actions, and
// delivery to user handlers with Linux's x86-64 rt_sigframe (siginfo +
// ucontext + FPU state) so that glibc's handlers and sigreturn work.
#pragma once

#include "lib/types.h"

struct Process;
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

// sigaction flags (Linux x86-64 values).
constexpr u64 SA_NOCLDSTOP = 1, SA_NOCLDWAIT = 2, SA_SIGINFO = 4, SA_RESTORER = 0x04000000,
              SA_ONSTACK = 0x08000000, SA_RESTART = 0x10000000, SA_NODEFER = 0x40000000,
              SA_RESETHAND = 0x80000000;
// sigaltstack flags.
constexpr u32 SS_ONSTACK = 1, SS_DISABLE = 2;
// siginfo codes.
constexpr int kSigRtMin = 32; // the kernel's SIGRTMIN (glibc keeps 32 and 33 for itself)
constexpr i32 SI_USER = 0, SI_KERNEL = 0x80, SI_QUEUE = -1, SI_TIMER = -2, SI_TKILL = -6, CLD_EXITED = 1, CLD_KILLED = 2,
              CLD_DUMPED = 3, CLD_TRAPPED = 4, CLD_STOPPED = 5, CLD_CONTINUED = 6, SEGV_MAPERR = 1,
              SEGV_ACCERR = 2, BUS_ADRERR = 2, ILL_ILLOPN = 2, FPE_INTDIV = 1, TRAP_BRKPT = 1,
              TRAP_TRACE = 2;

// What a pending signal's siginfo says about its origin: si_code and the
// fields that code selects (sender pid/uid for SI_USER/SI_TKILL/SI_QUEUE and
// sigqueue's si_value, child pid/status for SIGCHLD, the faulting address
// for SIGSEGV/SIGBUS/SIGILL/SIGFPE).  A standard signal generated while the
// same one is pending is merged into it; every instance of a real-time
// signal is queued (the first in the pending set's array, the rest on its
// queue), within RLIMIT_SIGPENDING, as Linux does.
struct SigSource {
    i32 code = SI_KERNEL;
    i32 pid = 0;
    u32 uid = 0;
    i32 status = 0;
    u64 addr = 0;
    u64 value = 0;        // si_value (SI_QUEUE)
    bool counted = false; // a queued real-time instance (RLIMIT_SIGPENDING's count)
};
// A signal a process sends (kill: SI_USER, tkill/tgkill: SI_TKILL).
SigSource from_process(const Process* sender, i32 code);

// System-call results that ask for a restart (never seen by user code).
constexpr long ERESTARTSYS = 512, ERESTARTNOINTR = 513, ERESTARTNOHAND = 514;

constexpr u64 bit(int sig) { return 1ull << (sig - 1); }
constexpr u64 kUnblockable = bit(SIGKILL) | bit(SIGSTOP);

// Queues a signal for one thread (wakes it if it sleeps).
void send(Task* t, int sig, const SigSource& src = SigSource{});
// Queues a process-directed signal (kill): any thread not blocking it takes it.
void send_process(Process* p, int sig, const SigSource& src = SigSource{});
// rt_tgsigqueueinfo and rt_sigqueueinfo: as send and send_process, but a
// real-time signal RLIMIT_SIGPENDING leaves no room for is refused (-EAGAIN)
// where the others deliver it without its siginfo (Linux's rule for kill).
long queue(Task* t, int sig, const SigSource& src);
long queue_process(Process* p, int sig, const SigSource& src);
// Discards what is pending of the signals in `set` for t and its process
// (an action set to SIG_IGN), queued real-time instances included.
void discard(Task* t, u64 set);
// Drops the real-time signals pending for a dying thread, or for a process
// that is reaped (their queued instances count against RLIMIT_SIGPENDING).
void flush(Task* t);
void flush_shared(Process* p);
// A synchronous fault of the current task (delivered even if blocked; if
// blocked or ignored it kills).  `addr` fills si_addr, `code` si_code.
void force(int sig, u64 addr, i32 code);
// Takes the lowest pending signal of `set` out of t's pending sets (its own
// first, then its process's) with its origin; 0 if none.
int take(Task* t, u64 set, SigSource* src);
// Writes the siginfo_t (128 bytes) of signal `sig` from `src` to user
// memory at `uaddr` (rt_sigtimedwait); false on a fault.
bool copy_siginfo_to_user(u64 uaddr, int sig, const SigSource& src);
// Something to do before returning to user mode?
bool pending_work(Task* t);
// Acts on pending signals before a return to user mode through `frame`:
// default actions (may not return) or a handler frame on the user stack.
void handle_pending(TrapFrame* frame);
// True if a pending signal will terminate the task (sleeps are cut short).
bool fatal_pending(Task* t);
// True if a blocking system call should give up (-EINTR/-ERESTARTSYS).
bool interrupt_pending(Task* t);
// rt_sigreturn: restores the context saved by a handler frame.
long sigreturn(TrapFrame* frame);
// Clears handlers to SIG_DFL on exec (ignored signals stay ignored).
void reset_on_exec(Process* p);
} // namespace signal
