/* Raw host system calls for the space stub, which links no C library. */
#pragma once

static inline long host_syscall6(long nr, long a, long b, long c, long d, long e, long f) {
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}
#define host_syscall(nr, a, b, c) host_syscall6((nr), (long)(a), (long)(b), (long)(c), 0, 0, 0)
