/*
 * Layouts shared between the selftest's assembly (entry.S, boot.S) and its
 * C++: GDT selectors, the trap frame and the saved user registers.  Plain
 * #defines so that both the assembler and the compiler can read them.
 */
#pragma once

/* GDT layout (desc.cpp).  STAR[63:48] = SEL_USER32: sysretq takes
 * SS = SEL_USER32 + 8 and CS = SEL_USER32 + 16, both with RPL 3. */
#define SEL_KCODE 0x08
#define SEL_KDATA 0x10
#define SEL_USER32 0x18
#define SEL_UDATA 0x20
#define SEL_UCODE 0x28
#define SEL_TSS 0x30
#define SEL_LDT 0x40
#define GDT_ENTRIES 10

/* Run results of user_enter / user_resume_sysret. */
#define RUN_SYSCALL 1
#define RUN_EXCEPTION 2
#define RUN_INTERRUPT 3

/* Software-interrupt vectors: one gate user code may use (DPL 3), one it may not. */
#define VEC_USER_INT 34
#define VEC_KERNEL_INT 35

/* System calls of the selftest's user code (number in RAX). */
#define SYS_EXIT 0
#define SYS_ECHO 1
#define SYS_YIELD 2

/* struct UserRegs: general registers in this order, then rip, rflags, rsp.
 * struct TrapFrame: the same 15 registers, then vector, error and the
 * hardware frame (rip, cs, rflags, rsp, ss). */
#define R_R15 0
#define R_R14 8
#define R_R13 16
#define R_R12 24
#define R_R11 32
#define R_R10 40
#define R_R9 48
#define R_R8 56
#define R_RBP 64
#define R_RDI 72
#define R_RSI 80
#define R_RDX 88
#define R_RCX 96
#define R_RBX 104
#define R_RAX 112
#define R_RIP 120
#define R_RFLAGS 128
#define R_RSP 136
#define USER_REGS_SIZE 144

#ifndef __ASSEMBLY__
#include <stdint.h>

struct UserRegs {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t rip, rflags, rsp;
};
static_assert(sizeof(UserRegs) == USER_REGS_SIZE);
static_assert(__builtin_offsetof(UserRegs, rax) == R_RAX);
static_assert(__builtin_offsetof(UserRegs, rsp) == R_RSP);

struct TrapFrame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss; /* pushed by the CPU */
};
static_assert(__builtin_offsetof(TrapFrame, rip) == R_RIP + 16);
#endif
