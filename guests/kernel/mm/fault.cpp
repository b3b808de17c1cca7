// The page-fault handler: demand paging for user memory, exception-table
// fixups for kernel accesses to bad user pointers, SIGSEGV otherwise.
#include "arch/cpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "arch/traps.h"
#include "arch/usercopy.h"
#include "lib/kprintf.h"
#include "lib/kstats.h"
#include "lib/panic.h"
#include "mm/addrspace.h"
#include "proc/process.h"
#include "proc/signal.h"
#include "sched/task.h"

namespace traps {

// CR2 is read first, before anything else could fault.
void handle_page_fault(TrapFrame* f) {
    u64 addr = x86::read_cr2();
    bool write = f->error & TANDEM_PF_W;
    bool exec = f->error & TANDEM_PF_I;
    Task* t = current();
    AddressSpace* as = t->proc ? t->proc->as : nullptr;

    if (f->from_user()) {
        int r = as && tandem_user_address(addr) ? as->handle_fault(addr, write, exec) : kFaultSegv;
        if (r == kFaultOk) {
            g_kstats.page_faults++;
            return;
        }
        if (r == kFaultOom) {
            g_kstats.oom_kills++;
            kprintf("kernel: out of memory: killing process %d (%s)\n", t->proc->pid, t->name);
            signal::send_process(t->proc, signal::SIGKILL);
            return;
        }
        kdebug("kernel: task %d: %s at 0x%lx (rip 0x%lx, error 0x%lx)\n", t->tid,
               r == kFaultBus ? "bus error" : "segmentation fault", addr, f->rip, f->error);
        i32 code = r == kFaultBus ? signal::BUS_ADRERR
                   : as && tandem_user_address(addr) && as->find(addr) ? signal::SEGV_ACCERR
                                                                   : signal::SEGV_MAPERR;
        signal::force(r, addr, code);
        return;
    }

    // Kernel mode: only the user-copy routines may touch user memory.
    u64 fixup = extable_fixup(f->rip);
    if (fixup && tandem_user_address(addr)) {
        if (as && as->handle_fault(addr, write, false) == kFaultOk) return;
        f->rip = fixup;
        return;
    }
    panic_at(f->rip, "page fault in kernel mode at 0x%lx (error 0x%lx)", addr, f->error);
}

} // namespace traps
