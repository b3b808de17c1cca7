// Preemptive round-robin scheduler for a single CPU.  Timer ticks ask for a
// reschedule; it happens on the way back to user mode or when the
// interrupted kernel code had interrupts enabled.
#pragma once

#include "lib/types.h"
#include "sched/task.h"

namespace sched {
// Turns the boot context into the idle task and sets up the per-CPU area.
void init();
// Creates a runnable kernel thread running fn(arg); nullptr when out of memory.
Task* spawn_kernel_thread(const char* name, void (*fn)(void*), void* arg);
// A task that will run fn(arg) once made runnable (clone builds on it).
Task* create_task(const char* name, void (*fn)(void*), void* arg);
void make_runnable(Task* t);
// Frees a task created but never made runnable.
void destroy_unstarted(Task* t);
// Picks the next task and switches to it (callable with IRQs on or off).
void schedule();
// Timer tick: request preemption when another task is waiting to run.
void tick();
// Tasks running or waiting to run (not idle): the load that /proc reports.
u32 runnable_count();
// True while the idle task runs.
bool idle();
// Makes a blocked task runnable again.
void wake(Task* t);
// Marks the current task blocked; the caller then calls schedule().
void block_current();
// Ends the current task for good (its stack is freed after the switch).
[[noreturn]] void exit_current();
bool need_resched();
// Runs pending reschedules before returning to a preemptible context.
void preempt_point();
// Makes a region atomic with respect to other tasks without masking
// interrupts: the guest has one CPU, so a task that cannot be preempted is
// alone in the kernel (a uniprocessor spinlock).  Used where a check and
// the act on it span device round trips (the dentry cache, the file
// service's inode state, the page cache).  The region must not sleep; a
// reschedule asked for meanwhile happens when the outermost guard ends.
class PreemptGuard {
public:
    PreemptGuard();
    ~PreemptGuard();
    PreemptGuard(const PreemptGuard&) = delete;
    PreemptGuard& operator=(const PreemptGuard&) = delete;
};
// Loads t's user FS/GS base into the CPU (exec, arch_prctl, switches).
void load_user_bases(Task* t);
// Next free thread/process id.
i32 alloc_tid();
// The last thread id handed out (/proc/loadavg).
i32 last_tid();
// The idle loop: sti; hlt forever (the boot task ends up here).
[[noreturn]] void idle_loop();
} // namespace sched

// Lets code that sleeps find out whether the task was asked to die.
bool current_has_fatal_signal();
