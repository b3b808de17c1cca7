// Default signal actions (termination) and bookkeeping.
#include "proc/signal.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "proc/process.h"
#include "sched/sched.h"
#include "sched/sleep.h"
#include "sched/task.h"

namespace signal {
namespace {
// Signals whose default action is to do nothing (SIGCONT also: nothing stops yet).
bool default_ignored(int sig) { return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT; }

// True if delivering sig to t would end the process (no handlers run yet).
bool kills(Task* t, int sig) {
    if (sig == SIGKILL || sig == SIGSTOP) return true;
    if (!t->proc) return false;
    u64 h = t->proc->actions[sig - 1].handler;
    if (h == kSigIgn) return false;
    if (h == kSigDfl) return !default_ignored(sig);
    return true; // a user handler: cannot run it yet, so terminate
}
} // namespace

void send(Task* t, int sig) {
    if (sig < 1 || sig > kNumSignals) return;
    cpu::IrqGuard guard;
    t->sigpending |= bit(sig);
    if (t->state == TaskState::Blocked && fatal_pending(t)) {
        sleep::cancel(t);
        sched::wake(t);
    }
}

void force(int sig) {
    Task* t = current();
    t->sigpending |= bit(sig);
    t->sigforced |= bit(sig);
}

// Deliverable = pending and not blocked (SIGKILL/SIGSTOP cannot be blocked).
bool pending_work(Task* t) {
    u64 blockable = ~(bit(SIGKILL) | bit(SIGSTOP));
    return (t->sigpending & ~(t->sigmask & blockable)) != 0 || (t->sigpending & t->sigforced) != 0;
}

bool fatal_pending(Task* t) {
    u64 blockable = ~(bit(SIGKILL) | bit(SIGSTOP));
    u64 deliverable = t->sigpending & ~(t->sigmask & blockable);
    for (int sig = 1; sig <= kNumSignals; sig++)
        if ((deliverable & bit(sig)) && kills(t, sig)) return true;
    return false;
}

// Lowest deliverable signal first; forced faults always terminate.
void handle_pending(TrapFrame*) {
    Task* t = current();
    u64 blockable = ~(bit(SIGKILL) | bit(SIGSTOP));
    for (int sig = 1; sig <= kNumSignals; sig++) {
        u64 b = bit(sig);
        if (!(t->sigpending & b)) continue;
        bool forced = t->sigforced & b;
        if (!forced && (t->sigmask & blockable & b)) continue;
        t->sigpending &= ~b;
        t->sigforced &= ~b;
        if (forced || kills(t, sig)) proc::exit_group(proc::signal_status(sig));
    }
}

} // namespace signal

bool current_has_fatal_signal() { return signal::fatal_pending(current()); }
