// A task is one schedulable thread of execution with its own kernel stack.
// Kernel threads have no process; user threads belong to a Process (a
// thread group with one address space, fd table and signal actions).
#pragma once

#include "lib/list.h"
#include "lib/types.h"
#include "proc/signal.h"

struct Process;
struct TrapFrame;

enum class TaskState : u8 {
    Runnable, // on the run queue or running
    Blocked,  // waiting on a wait queue or a timer
    Dead,     // exited; its stack is freed by the next task
};

struct Task {
    u64 ksp;           // saved kernel RSP while switched out (context_switch)
    u64 kstack_base;   // lowest address of the kernel stack
    u64 kstack_top;    // TSS.RSP0 / syscall stack while it runs
    i32 tid;
    TaskState state;
    bool on_runqueue;
    Process* proc;     // nullptr for kernel threads
    char name[16];

    ListNode run_node;   // sched run queue
    ListNode wait_node;  // a WaitQueue
    ListNode sleep_node; // timed sleep list
    ListNode thread_node; // Process::threads
    u64 sleep_deadline;  // monotonic ns, while on the sleep list

    u64 fs_base;       // user FS base (arch_prctl)
    u64 gs_base;       // user GS base
    void* fpu;         // FPU/SSE/AVX state area, allocated on first use

    u64 sigmask;       // blocked signals (bit n-1 = signal n)
    u64 sigpending;    // pending signals
    u64 sigforced;     // pending because of a fault: cannot be blocked or ignored
    signal::SigSource sigsrc[signal::kNumSignals]; // origin of each signal in sigpending
    ListNode sigqueue; // real-time signals queued behind those in sigpending
    u64 clear_child_tid;
    u64 robust_list;
    Task* vfork_parent;  // blocked in vfork until this task execs or exits
    bool vfork_done;     // set in the parent's task when its vfork child let go
    bool interrupted_sleep; // a signal cut a sleep short (EINTR)
    u64 saved_sigmask;   // rt_sigsuspend/pselect: restored after the handler
    bool restore_sigmask;
    u64 altstack_sp, altstack_size;
    u32 altstack_flags;
    u64 start_ns;        // monotonic time when the task started running user code
    u32 preempt_off;     // sched::PreemptGuard nesting: no involuntary switch while > 0

    // The user register frame at the top of the kernel stack.
    TrapFrame* user_frame() const;
};

constexpr u64 kKernelStackSize = 16 * 1024;
