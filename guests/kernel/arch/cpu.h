// CPU-level helpers for the kernel: interrupt masking scopes and the few
// privileged operations not already wrapped by guests/common/x86.h.
#pragma once

#include <x86.h>
#include "lib/types.h"

namespace cpu {

// True when the (virtual) interrupt flag is set.
static inline bool irqs_enabled() { return (x86::save_flags() & TANDEM_RFLAGS_IF) != 0; }

// Masks interrupts for a scope and restores the previous state: the kernel is
// single-CPU, so this is its lock for data shared with interrupt handlers.
class IrqGuard {
public:
    IrqGuard() : was_enabled_(irqs_enabled()) { x86::cli(); }
    ~IrqGuard() {
        if (was_enabled_) x86::sti();
    }
    IrqGuard(const IrqGuard&) = delete;
    IrqGuard& operator=(const IrqGuard&) = delete;

private:
    bool was_enabled_;
};

// Reads XCR0 (xgetbv is unprivileged and runs natively).
static inline u64 xgetbv0() {
    u32 lo, hi;
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (u64(hi) << 32) | lo;
}

} // namespace cpu
