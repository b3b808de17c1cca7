// Fatal kernel errors: print `kernel panic: ...` with the RIP and power off
// with status 125.  Never used for anything a user program can cause.
#pragma once

#include "lib/types.h"

[[noreturn]] void panic_at(u64 rip, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
#define panic(...) panic_at(u64(__builtin_return_address(0)), __VA_ARGS__)
#define kassert(cond)                                                                          \
    do {                                                                                       \
        if (unlikely(!(cond))) panic_at(0, "assertion failed: %s (%s:%d)", #cond, __FILE__, __LINE__); \
    } while (0)
