// Process creation and teardown.
#include "proc/process.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "dev/power.h"
#include "fs/file.h"
#include "lib/kprintf.h"
#include "lib/panic.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"
#include "mm/vmm.h"
#include "sched/sched.h"
#include "sched/task.h"
#include "syscalls/syscalls.h"

namespace proc {
namespace {
// Linux's defaults for a fresh login session, roughly.
void default_rlimits(Rlimit* r) {
    for (int i = 0; i < RLIMIT_NLIMITS; i++) r[i] = {kRlimInfinity, kRlimInfinity};
    r[RLIMIT_STACK] = {8ull << 20, kRlimInfinity};
    r[RLIMIT_CORE] = {0, kRlimInfinity};
    r[RLIMIT_NOFILE] = {1024, 4096};
    r[RLIMIT_NPROC] = {4096, 4096};
    r[RLIMIT_MEMLOCK] = {8ull << 20, 8ull << 20};
    r[RLIMIT_SIGPENDING] = {4096, 4096};
    r[RLIMIT_MSGQUEUE] = {819200, 819200};
    r[RLIMIT_NICE] = {0, 0};
    r[RLIMIT_RTPRIO] = {0, 0};
}

// The power-off status for the first process: its exit code, or 128+signal.
u32 poweroff_status(i32 wait_status) {
    if (wait_status & 0x7f) return 128 + (wait_status & 0x7f);
    return (wait_status >> 8) & 0xff;
}
} // namespace

// pid 1: the console on fds 0-2, no address space until exec.
Process* create_first(Task* t) {
    Process* p = knew<Process>();
    if (!p) return nullptr;
    p->pid = t->tid;
    p->leader = t;
    p->umask = 022;
    default_rlimits(p->rlimits);
    p->fds = FdTable::create_console();
    if (!p->fds) {
        kdelete(p);
        return nullptr;
    }
    t->proc = p;
    return p;
}

// Releases what the process owns; the first process powers the machine off.
void exit_group(i32 wait_status) {
    Task* t = current();
    Process* p = t->proc;
    kassert(p);
    p->exited = true;
    p->wait_status = wait_status;
    if (p->fds) {
        p->fds->put();
        p->fds = nullptr;
    }
    if (p->as) {
        AddressSpace* as = p->as;
        p->as = nullptr;
        vmm::activate(vmm::kernel_root());
        as->put();
    }
    if (!p->parent) {
        kdebug("kernel: first process %d exited (wait status 0x%x)\n", p->pid, wait_status);
        syscalls::report_unknown();
        power::off(poweroff_status(wait_status));
    }
    if (p->parent) p->parent->child_exit.wake_all();
    sched::exit_current();
}

} // namespace proc
