// A process: a thread group with one address space, one fd table and one
// set of signal actions (Linux's model: clone decides what is shared).
// Processes form a tree (parent/children); an exited process stays as a
// zombie until its parent collects it with wait4/waitid.
#pragma once

#include "fs/dcache.h"
#include "lib/list.h"
#include "lib/types.h"
#include "proc/ptrace.h"
#include "proc/signal.h"
#include "sched/waitqueue.h"

class AddressSpace;
namespace pty { struct Pty; }
class FdTable;
struct FsContext;
struct Task;

struct SigAction {
    u64 handler;
    u64 flags;
    u64 restorer;
    u64 mask;
};

// Signal actions, shared between processes created with CLONE_SIGHAND.
struct SigHand {
    SigAction actions[signal::kNumSignals];
    u32 refs = 1;
};

struct Rlimit {
    u64 cur, max;
};

enum Rlim : int {
    RLIMIT_CPU = 0, RLIMIT_FSIZE = 1, RLIMIT_DATA = 2, RLIMIT_STACK = 3, RLIMIT_CORE = 4,
    RLIMIT_RSS = 5, RLIMIT_NPROC = 6, RLIMIT_NOFILE = 7, RLIMIT_MEMLOCK = 8, RLIMIT_AS = 9,
    RLIMIT_LOCKS = 10, RLIMIT_SIGPENDING = 11, RLIMIT_MSGQUEUE = 12, RLIMIT_NICE = 13,
    RLIMIT_RTPRIO = 14, RLIMIT_RTTIME = 15, RLIMIT_NLIMITS = 16,
};
constexpr u64 kRlimInfinity = ~0ull;

enum class ProcState : u8 { Alive, Zombie };

struct Process {
    i32 pid;
    i32 pgid;
    i32 sid;
    pty::Pty* ctty;      // controlling terminal if it is a pty (holds a reference); else the console
    ProcState state = ProcState::Alive;
    Process* parent;
    ListNode children;  // Process::sibling of each child
    ListNode sibling;
    ListNode all_node;  // every live or zombie process
    ListNode threads;   // Task::thread_node
    u32 nthreads;
    Task* leader;

    AddressSpace* as;
    FdTable* fds;
    FsContext* fs;      // cwd and root
    SigHand* sighand;
    u64 shared_pending;  // process-directed signals not yet taken by a thread
    signal::SigSource shared_src[signal::kNumSignals]; // origin of each in shared_pending
    ListNode shared_queue; // real-time signals queued behind those in shared_pending
    Rlimit rlimits[RLIMIT_NLIMITS];
    u32 umask;
    u32 personality;     // personality(2) flags (inherited, kept over exec)
    u32 ioprio;          // ioprio_set(2) value (inherited)
    Path exe;      // the running program's file (/proc/self/exe); exe.d holds a reference

    bool group_exiting;  // exit_group or a fatal signal: every thread leaves
    bool stopped;        // job control: stopped by a stop signal until SIGCONT
    i32 stop_sig;
    bool stop_report;    // a stop not yet reported to wait (WUNTRACED)
    bool cont_report;    // a continue not yet reported to wait (WCONTINUED)
    WaitQueue stop_wait; // threads sleeping while the process is stopped
    i32 exit_signal;     // sent to the parent at exit (SIGCHLD, or 0)
    i32 wait_status;     // Linux wait status: (code << 8) or signal number
    u64 utime_ns, stime_ns, cutime_ns, cstime_ns; // rusage (approximate)
    u64 alarm_deadline;  // ITIMER_REAL: monotonic ns of the next SIGALRM, 0 = off
    u64 alarm_interval;  // ns, 0 = one-shot
    WaitQueue child_exit;
    ptrace::State trace; // as a tracee and as a tracer (proc/ptrace.h)

    SigAction& action(int sig) { return sighand->actions[sig - 1]; }
};

namespace proc {
// Linux's 64-bit pid_max, which /proc/sys reports (thread ids count up
// from 1 and are not reused).
constexpr i32 kPidMax = 4194304;
// The RLIMIT_NPROC every process starts with (threads-max reports it).
constexpr u32 kMaxProcesses = 1024;
// Makes the current kernel thread the first process (pid = its tid).
Process* create_first(Task* t);
// The process with this pid (live or zombie), or nullptr.
Process* find(i32 pid);
// Visits every process (live or zombie); fn returns false to stop.
template <typename Fn> void for_each(Fn&& fn);
// The first process (init): orphans are re-parented to it.
Process* init_process();
// Ends the calling thread; the last thread out ends the process.
[[noreturn]] void exit_thread(i32 wait_status);
// Terminates every thread of the current process with a wait status.
[[noreturn]] void exit_group(i32 wait_status);
// A vfork child execs or exits: its parent may run again.
void release_vfork(Task* t);
// Frees a zombie that its parent collected.
void release_zombie(Process* p);
// A process became a zombie: SIGCHLD to its parent and a wake-up for its
// wait (or, if the parent ignores SIGCHLD, it is freed at once).
void announce_exit(Process* p);
// Number of processes alive or zombie (fork limit).
u32 count();
// Counts a new process (clone).
void register_process();
// Wait-status helpers.
constexpr i32 exit_status(int code) { return (code & 0xff) << 8; }
constexpr i32 signal_status(int sig) { return sig & 0x7f; }

extern ListNode g_all;
template <typename Fn> void for_each(Fn&& fn) {
    for (ListNode* n = g_all.next; n != &g_all;) {
        ListNode* next = n->next;
        if (!fn(container_of(n, Process, all_node))) return;
        n = next;
    }
}
} // namespace proc
