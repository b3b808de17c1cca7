// Kernel panic: the one way the kernel stops on its own bugs.
#include "lib/panic.h"
#include "arch/cpu.h"
#include "dev/power.h"
#include "lib/kprintf.h"

// Prints the reason and the code address, then powers off with 125.
void panic_at(u64 rip, const char* fmt, ...) {
    x86::cli();
    char buf[384];
    va_list ap;
    va_start(ap, fmt);
    kvsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (rip) kprintf("kernel panic: %s (rip 0x%lx)\n", buf, rip);
    else kprintf("kernel panic: %s\n", buf);
    power::off(125);
}
