// Constants shared between the kernel's assembly (.S) and C++: segment
// selectors and the TrapFrame layout.  The .S files cannot include
// platform.h (it has C typedefs), so the numbers live here and
// arch/frame.h static_asserts that the C++ structure agrees.
#pragma once

// GDT layout.  The order of the user entries is what syscall/sysret need:
// STAR[47:32] = kernel CS (SS = +8); STAR[63:48] = base such that user
// SS = base+8 and user CS = base+16.
#define SEL_KCODE 0x08
#define SEL_KDATA 0x10
#define SEL_UDATA 0x1b /* 0x18 | RPL 3 */
#define SEL_UCODE 0x23 /* 0x20 | RPL 3 */
#define SEL_TSS 0x28
#define STAR_SYSRET_BASE 0x10 /* sysret: SS = 0x18|3, CS = 0x20|3 */

// TrapFrame offsets (bytes from the frame start = RSP after the pushes).
#define TF_R15 0
#define TF_RCX 96
#define TF_RAX 112
#define TF_VECTOR 120
#define TF_ERROR 128
#define TF_RIP 136
#define TF_CS 144
#define TF_RFLAGS 152
#define TF_RSP 160
#define TF_SS 168
#define TF_SIZE 176

// Pseudo vector recorded in TrapFrame.vector for system calls.
#define VEC_SYSCALL 256
