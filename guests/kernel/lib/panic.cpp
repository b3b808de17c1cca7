// Kernel panic: the one way the kernel stops on its own bugs.
#include "lib/panic.h"
#include "arch/cpu.h"
#include "boot/bootinfo.h"
#include "dev/power.h"
#include "lib/kprintf.h"

namespace {
// Static, not on the stack: a panic may come from a stack in trouble.
tandem_panic_report g_panic_report;
} // namespace

// Prints the reason and the code address, hands vmproc a panic report (the
// registers of this very frame, so a debugger on the core unwinds the panic
// path from here) and powers off with 125.
void panic_at(u64 rip, const char* fmt, ...) {
    x86::cli();
    tandem_panic_report& r = g_panic_report;
    u64 here;
    // Every register as it is at label 1, and label 1's address as RIP.
    asm volatile("1:\n\t"
                 "mov %%rax, 0(%1)\n\tmov %%rcx, 8(%1)\n\tmov %%rdx, 16(%1)\n\tmov %%rbx, 24(%1)\n\t"
                 "mov %%rsp, 32(%1)\n\tmov %%rbp, 40(%1)\n\tmov %%rsi, 48(%1)\n\tmov %%rdi, 56(%1)\n\t"
                 "mov %%r8, 64(%1)\n\tmov %%r9, 72(%1)\n\tmov %%r10, 80(%1)\n\tmov %%r11, 88(%1)\n\t"
                 "mov %%r12, 96(%1)\n\tmov %%r13, 104(%1)\n\tmov %%r14, 112(%1)\n\tmov %%r15, 120(%1)\n\t"
                 "lea 1b(%%rip), %0"
                 : "=&r"(here)
                 : "r"(r.regs.gpr)
                 : "memory");
    r.regs.rip = here;
    r.regs.rflags = 0x2;
    char buf[384];
    va_list ap;
    va_start(ap, fmt);
    kvsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (rip) kprintf("kernel panic: %s (rip 0x%lx)\n", buf, rip);
    else kprintf("kernel panic: %s\n", buf);
    ksnprintf(r.message, sizeof r.message, "%s", buf);
    r.magic = TANDEM_PANIC_MAGIC;
    x86::outl(TANDEM_PORT_POWER + TANDEM_POWER_PANIC, u32(virt_to_phys(&r)));
    power::off(125);
}
