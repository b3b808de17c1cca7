// A process: a thread group with one address space, one fd table and one
// set of signal actions (Linux's model, so clone/fork/execve can follow).
#pragma once

#include "lib/list.h"
#include "lib/types.h"
#include "proc/signal.h"
#include "sched/waitqueue.h"

class AddressSpace;
class FdTable;
struct Task;

struct SigAction {
    u64 handler;
    u64 flags;
    u64 restorer;
    u64 mask;
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

struct Process {
    i32 pid;
    Process* parent;
    ListNode children;
    ListNode sibling;
    Task* leader;

    AddressSpace* as;
    FdTable* fds;
    SigAction actions[signal::kNumSignals];
    Rlimit rlimits[RLIMIT_NLIMITS];
    u32 umask;
    char exe[256]; // path of the running program (/proc/self/exe)

    bool exited;
    i32 wait_status; // Linux wait status: (code << 8) or signal number
    WaitQueue child_exit;
};

namespace proc {
// Makes the current kernel thread the first process (pid = its tid).
Process* create_first(Task* t);
// Terminates every thread of the current process with a wait status.
[[noreturn]] void exit_group(i32 wait_status);
// Wait-status helpers.
constexpr i32 exit_status(int code) { return (code & 0xff) << 8; }
constexpr i32 signal_status(int sig) { return sig & 0x7f; }
} // namespace proc
