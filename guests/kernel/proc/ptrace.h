// ptrace: a tracer process controls tracee processes.  A tracee stops (a
// "ptrace stop") at signal delivery, at system-call entry and exit when
// resumed with PTRACE_SYSCALL, after a single step, and at the events its
// options ask for (fork/vfork/clone, exec, exit); the tracer learns of each
// stop through wait, inspects and changes registers and memory, and
// resumes it.  Tracing is per process: the thread that stops is the one
// the requests act on (multithreaded tracees are not traced per thread).
#pragma once

#include "lib/list.h"
#include "lib/types.h"
#include "proc/signal.h"
#include "sched/waitqueue.h"

struct Process;
struct Task;
struct TrapFrame;

namespace ptrace {
// PTRACE_O_* and PTRACE_EVENT_* (Linux values).
constexpr u32 O_TRACESYSGOOD = 1, O_TRACEFORK = 2, O_TRACEVFORK = 4, O_TRACECLONE = 8, O_TRACEEXEC = 0x10,
              O_TRACEVFORKDONE = 0x20, O_TRACEEXIT = 0x40, O_EXITKILL = 0x100000, O_MASK = 0x1000ff;
constexpr int EVENT_FORK = 1, EVENT_VFORK = 2, EVENT_CLONE = 3, EVENT_EXEC = 4, EVENT_VFORK_DONE = 5,
              EVENT_EXIT = 6, EVENT_STOP = 128;

enum class Stop : u8 { None, Signal, SyscallEntry, SyscallExit, Event };
enum class Resume : u8 { Cont, Syscall, Step };

// A process's side of tracing (Process::trace).
struct State {
    Process* tracer = nullptr;
    ListNode node;            // in the tracer's `tracees`
    ListNode tracees;         // processes this one traces
    u32 options = 0;
    bool seized = false;
    Task* stopped = nullptr;  // the thread in a ptrace stop
    Stop kind = Stop::None;
    i32 code = 0;             // the stop as wait reports it: status = code << 8 | 0x7f
    bool report = false;      // a stop (or, for a tracer that is not the parent, the exit) waiting to be reported
    bool trap_pending = false; // PTRACE_EVENT_STOP at the next return to user mode (SEIZE, INTERRUPT)
    Resume resume = Resume::Cont;
    i32 resume_sig = 0;       // the signal the tracer passed when it resumed a signal stop
    u64 event_msg = 0;        // PTRACE_GETEVENTMSG
    int last_sig = 0;         // PTRACE_GETSIGINFO
    signal::SigSource last_src;
    WaitQueue wait;           // the stopped thread sleeps here
};

// Signal-delivery stop for sig (SIGKILL never stops): the signal the tracer
// passes on (0: suppressed).  src is updated when the tracer changed it.
int signal_stop(Task* t, int sig, signal::SigSource* src);
// System-call entry/exit stops (when resumed with PTRACE_SYSCALL).
bool traces_syscalls(Task* t);
void syscall_stop(Task* t, bool entry);
// Single-step trap: true if the tracee was stepping (the #DB is its SIGTRAP).
bool stepping(Task* t);
// A pending PTRACE_EVENT_STOP (seized tracees); taken at return to user mode.
bool trap_pending(Task* t);
void take_trap(Task* t);
// Events: after a successful exec (EVENT_EXEC, or the legacy SIGTRAP),
// before exit (EVENT_EXIT), and in the parent after clone with the new
// process, which is then traced by the same tracer (auto-attach).
void on_exec(Task* t, i32 old_tid);
void on_exit(Task* t, i32 wait_status);
void on_clone(Task* t, Process* child, u64 clone_flags, bool thread);
// A tracee's exit: true if its tracer is not its parent and must hear first.
bool exit_for_tracer(Process* p);
// The tracer exits: its tracees go free (or die with O_EXITKILL).
void release_tracees(Process* tracer);
// A tracee is reaped or leaves: unlink it from its tracer.
void unlink(Process* p);

// wait(2)'s view of tracees of `self` (which need not be their parent).
// A tracee with a stop or exit to report that matches `pid`, else nullptr;
// *have is set if any tracee matches.
Process* find_report(Process* self, i64 pid, bool* have);
} // namespace ptrace
