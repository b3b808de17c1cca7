/*
 * tandem's x86-64 rules: the architectural constants that vmlib (C++), the
 * kernel module (C) and the module's world switcher (assembly) all apply.
 * Each rule is written here once; platform.h includes this header, and
 * assembly files include it directly (every C declaration below is hidden
 * from the assembler).
 *
 * Numbers carry no C suffix in assembly: TANDEM_X86_U64(x) is `x` there and
 * an unsigned long long constant in C and C++.  Sources: Intel SDM vol. 3
 * (2.3 RFLAGS and CR0, 3.4.5 segment descriptors, 6.14 64-bit IDT gates,
 * 7.7 the 64-bit TSS, table 6-1 error codes) and vol. 2 (SYSCALL).
 */
#ifndef TANDEM_X86_H
#define TANDEM_X86_H

#if defined(__ASSEMBLER__) || defined(__ASSEMBLY__)
#define TANDEM_X86_U64(x) x
#else
#define TANDEM_X86_U64(x) x##ull
#endif

/* ---- RFLAGS bits ---------------------------------------------------------- */
#define TANDEM_RFLAGS_CF TANDEM_X86_U64(0x1)
#define TANDEM_RFLAGS_FIXED TANDEM_X86_U64(0x2) /* always 1 */
#define TANDEM_RFLAGS_PF TANDEM_X86_U64(0x4)
#define TANDEM_RFLAGS_AF TANDEM_X86_U64(0x10)
#define TANDEM_RFLAGS_ZF TANDEM_X86_U64(0x40)
#define TANDEM_RFLAGS_SF TANDEM_X86_U64(0x80)
#define TANDEM_RFLAGS_TF TANDEM_X86_U64(0x100)
#define TANDEM_RFLAGS_IF TANDEM_X86_U64(0x200)
#define TANDEM_RFLAGS_DF TANDEM_X86_U64(0x400)
#define TANDEM_RFLAGS_OF TANDEM_X86_U64(0x800)
#define TANDEM_RFLAGS_IOPL TANDEM_X86_U64(0x3000)
#define TANDEM_RFLAGS_IOPL_SHIFT 12
#define TANDEM_RFLAGS_NT TANDEM_X86_U64(0x4000)
#define TANDEM_RFLAGS_RF TANDEM_X86_U64(0x10000)
#define TANDEM_RFLAGS_VM TANDEM_X86_U64(0x20000)
#define TANDEM_RFLAGS_AC TANDEM_X86_U64(0x40000)
#define TANDEM_RFLAGS_ID TANDEM_X86_U64(0x200000)

/*
 * Which RFLAGS bits run for real.  The guest kernel runs in host user mode
 * (ring 3), so IF and IOPL are always virtual (vmlib's virtual CPU keeps
 * them), and so is AC in guest kernel mode (a real AC would turn on
 * alignment checking there).  The arithmetic flags and DF run for real
 * everywhere; in guest user mode AC and TF do too.
 */
#define TANDEM_RFLAGS_ARITH                                                                            \
    (TANDEM_RFLAGS_CF | TANDEM_RFLAGS_PF | TANDEM_RFLAGS_AF | TANDEM_RFLAGS_ZF | TANDEM_RFLAGS_SF |    \
     TANDEM_RFLAGS_OF)
#define TANDEM_RFLAGS_REAL (TANDEM_RFLAGS_ARITH | TANDEM_RFLAGS_DF)
#define TANDEM_RFLAGS_REAL_USER (TANDEM_RFLAGS_REAL | TANDEM_RFLAGS_AC | TANDEM_RFLAGS_TF)
/* What the kernel module lets a ring-3 guest hold: IOPL, NT, RF, VM, VIF and VIP are dropped. */
#define TANDEM_RFLAGS_RING3 (TANDEM_RFLAGS_REAL_USER | TANDEM_RFLAGS_ID)

/* ---- control registers ------------------------------------------------------ */
#define TANDEM_CR0_PE TANDEM_X86_U64(0x1)
#define TANDEM_CR0_MP TANDEM_X86_U64(0x2)
#define TANDEM_CR0_EM TANDEM_X86_U64(0x4)
#define TANDEM_CR0_TS TANDEM_X86_U64(0x8)
#define TANDEM_CR0_ET TANDEM_X86_U64(0x10)
#define TANDEM_CR0_NE TANDEM_X86_U64(0x20)
#define TANDEM_CR0_WP TANDEM_X86_U64(0x10000)
#define TANDEM_CR0_PG TANDEM_X86_U64(0x80000000)

/* ---- exceptions --------------------------------------------------------------- */
/*
 * The exception vectors for which the CPU pushes an error code, one bit per
 * vector: #DF (8), #TS (10), #NP (11), #SS (12), #GP (13), #PF (14),
 * #AC (17), #CP (21), #VC (29), #SX (30).  Vectors 32 and up never do.
 */
#define TANDEM_ERROR_CODE_VECTORS 0x60227d00
#define TANDEM_HAS_ERROR_CODE(v) ((v) < 32 && ((TANDEM_ERROR_CODE_VECTORS >> ((v) & 31)) & 1))

/* ---- descriptors ------------------------------------------------------------- */
/* A 64-bit IDT gate (16 bytes): the low and high quadwords. */
#define TANDEM_GATE_SIZE 16
#define TANDEM_GATE_OFFSET_LOW(lo) ((lo) & 0xffff)
#define TANDEM_GATE_SELECTOR(lo) (((lo) >> 16) & 0xffff)
#define TANDEM_GATE_IST(lo) (((lo) >> 32) & 7)
#define TANDEM_GATE_TYPE(lo) (((lo) >> 40) & 0xf)
#define TANDEM_GATE_DPL(lo) (((lo) >> 45) & 3)
#define TANDEM_GATE_PRESENT(lo) (((lo) >> 47) & 1)
#define TANDEM_GATE_OFFSET_MID(lo) (((lo) >> 32) & 0xffff0000)
#define TANDEM_GATE_HANDLER(lo, hi) (TANDEM_GATE_OFFSET_LOW(lo) | TANDEM_GATE_OFFSET_MID(lo) | ((hi) << 32))
#define TANDEM_GATE_INTERRUPT 0xe /* clears IF on delivery */
#define TANDEM_GATE_TRAP 0xf

/* A 64-bit TSS descriptor in the GDT (16 bytes); its type byte is byte 5. */
#define TANDEM_DESC_TYPE_BYTE 5
#define TANDEM_DESC_TYPE(lo) (((lo) >> 40) & 0xf)
#define TANDEM_DESC_TSS_BASE(lo, hi)                                                                   \
    ((((lo) >> 16) & 0xffffff) | ((((lo) >> 56) & 0xff) << 24) | (((hi) & 0xffffffff) << 32))
#define TANDEM_TSS_AVAILABLE 0x9
#define TANDEM_TSS_BUSY 0xb
#define TANDEM_TSS_BUSY_BIT 0x2 /* the type bit ltr sets; ltr refuses a busy TSS */

/* The 64-bit TSS: RSP0 and IST1..IST7 (IST n at TANDEM_TSS_IST(n)). */
#define TANDEM_TSS_RSP0 4
#define TANDEM_TSS_IST(n) (36 + ((n) - 1) * 8)

/* ---- SYSCALL -------------------------------------------------------------------- */
/* SYSCALL loads CS from STAR[47:32] with the RPL cleared, and SS = that CS + 8. */
#define TANDEM_STAR_SYSCALL_SHIFT 32
#define TANDEM_SELECTOR_NO_RPL 0xfffc
#define TANDEM_SYSCALL_SS_FROM_CS 8
#define TANDEM_STAR_SYSCALL_CS(star) (((star) >> TANDEM_STAR_SYSCALL_SHIFT) & TANDEM_SELECTOR_NO_RPL)
#define TANDEM_STAR_SYSCALL_SS(star) (TANDEM_STAR_SYSCALL_CS(star) + TANDEM_SYSCALL_SS_FROM_CS)

#endif /* TANDEM_X86_H */
