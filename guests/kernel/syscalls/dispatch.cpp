// System-call dispatch through a table indexed by number.  Unknown calls
// return -ENOSYS and are counted (`verbose` on the command line names the
// first of each number with the calling program); `strace` traces calls.
#include "arch/cpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "arch/traps.h"
#include "boot/cmdline.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "proc/process.h"
#include "proc/ptrace.h"
#include "sched/task.h"
#include "syscalls/syscalls.h"
#include "lib/kstats.h"
#include <tandem/platform.h>

namespace {
constexpr u32 kTableSize = 512;

struct Table {
    SyscallFn fn[kTableSize];
    const char* name[kTableSize];
};

// Built at compile time from SYSCALL_LIST.
constexpr Table make_table() {
    Table t{};
#define SYSCALL_ENTRY(nr, nm) t.fn[nr] = sys_##nm, t.name[nr] = #nm;
    SYSCALL_LIST(SYSCALL_ENTRY)
#undef SYSCALL_ENTRY
    return t;
}
constinit const Table g_table = make_table();

u64 g_unknown[kTableSize + 1]; // last slot: numbers >= kTableSize
} // namespace

// Entry from arch/entry.S.  Runs the handler with interrupts enabled and
// stores the result in RAX of the frame.
extern "C" void syscall_dispatch(TrapFrame* f) {
    x86::sti();
    u64 nr = f->rax;
    g_kstats.syscalls++;
    f->error = nr; // kept for restarting the call after a signal
    bool traced = ptrace::traces_syscalls(current());
    if (traced) {
        // The entry stop: a tracer sees RAX = -ENOSYS and may change the
        // number (orig_rax; -1 skips the call) and the arguments.
        f->rax = u64(-ENOSYS);
        ptrace::syscall_stop(current(), true);
        nr = f->error;
    }
    SyscallArgs args{{f->rdi, f->rsi, f->rdx, f->r10, f->r8, f->r9}, f};
    long ret;
    if (traced && nr == ~0ull) {
        ret = long(f->rax);
    } else if (nr < kTableSize && g_table.fn[nr]) {
        ret = g_table.fn[nr](args);
        if (cmdline::strace())
            kprintf("[%d] %s(0x%lx, 0x%lx, 0x%lx) = %ld\n", current()->tid, g_table.name[nr], args.a[0], args.a[1],
                    args.a[2], ret);
    } else {
        u64& count = g_unknown[nr < kTableSize ? nr : kTableSize];
        if (count == 0 && cmdline::verbose())
            kprintf("tandem: %s (pid %d): unknown system call %lu, answered ENOSYS%s\n", current()->name,
                    current()->proc ? current()->proc->pid : 0, nr,
                    nr < kTableSize ? "" : " (larger numbers are not named again)");
        count++;
        ret = -ENOSYS;
        if (cmdline::strace()) kprintf("[%d] unknown system call %lu = -ENOSYS\n", current()->tid, nr);
    }
    f->rax = u64(ret);
    if (ptrace::traces_syscalls(current())) ptrace::syscall_stop(current(), false);
    traps::exit_to_user(f);
}

namespace syscalls {

void report_unknown() {
    if (!cmdline::debug()) return;
    for (u32 i = 0; i <= kTableSize; i++) {
        if (!g_unknown[i]) continue;
        if (i == kTableSize) kprintf("kernel: unknown system calls >= %u: %lu\n", kTableSize, g_unknown[i]);
        else kprintf("kernel: unknown system call %u: %lu\n", i, g_unknown[i]);
    }
}

u32 unknown_counts(tandem_enosys_count* out, u32 max) {
    u32 n = 0;
    for (u32 i = 0; i < kTableSize && n < max; i++) {
        if (!g_unknown[i]) continue;
        out[n].nr = i;
        out[n].reserved = 0;
        out[n].count = g_unknown[i];
        n++;
    }
    if (g_unknown[kTableSize] && n < max) out[n++] = tandem_enosys_count{kTableSize, 0, g_unknown[kTableSize]};
    return n;
}

} // namespace syscalls
