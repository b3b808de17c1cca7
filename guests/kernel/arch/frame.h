// The register frame every kernel entry (exception, interrupt, system call)
// builds on the kernel stack: general registers pushed by arch/entry.S on
// top of the hardware interrupt frame (SDM vol. 3, 6.14.1).
#pragma once

#include <stdint.h>
#include "arch/asm_defs.h"

struct TrapFrame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;

    // True when the frame was taken from user mode (CPL 3).
    bool from_user() const { return (cs & 3) == 3; }
};

static_assert(sizeof(TrapFrame) == TF_SIZE);
static_assert(__builtin_offsetof(TrapFrame, rcx) == TF_RCX);
static_assert(__builtin_offsetof(TrapFrame, rax) == TF_RAX);
static_assert(__builtin_offsetof(TrapFrame, vector) == TF_VECTOR);
static_assert(__builtin_offsetof(TrapFrame, rip) == TF_RIP);
static_assert(__builtin_offsetof(TrapFrame, cs) == TF_CS);
static_assert(__builtin_offsetof(TrapFrame, rsp) == TF_RSP);
static_assert(__builtin_offsetof(TrapFrame, ss) == TF_SS);
