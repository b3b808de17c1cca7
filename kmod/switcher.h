/* SPDX-License-Identifier: GPL-2.0 */
/*
 * switcher.h: the layout of the world switcher, shared by switcher.S and C.
 *
 * Each vCPU owns one "switcher region": SW_PAGES virtually contiguous pages
 * mapped at the same kernel virtual address in the host's page tables and in
 * the vCPU's shadow page tables, so that the code on it keeps running while
 * CR3 changes underneath it.
 *
 *   0..1    code   a private copy of the switcher blob (switcher.S), RX
 *   page 2  IDT    256 gates, every one into the code pages
 *   page 3  data   the VM's GDT and TSS, the saved host state, guest extras,
 *                  what the fast paths need (SWD_FAST and on)
 *   page 4  stack  IST stacks (NMI, #MC, #DF, #DB) and, at the very top, the
 *                  guest register frame; TSS.RSP0 points just above it, so a
 *                  trap from guest ring 3 pushes its hardware frame straight
 *                  into the register file
 *   5..7    window guest pages the fast path reads and writes (fastpath.c):
 *                  the one or two holding vmlib's vCPU head, and the one
 *                  holding the register block of TANDEM_HC_ENTER_USER; mapped
 *                  only in the shadow trees (supervisor, NX), in the host
 *                  the region's own zeroed pages hold the addresses
 *
 * The code finds everything else with RIP-relative addressing: the offsets
 * below are from the start of the code page.  Both C (static asserts in
 * switcher_pages.c) and the assembler (.if/.error in switcher.S) check them.
 */
#ifndef TANDEM_SWITCHER_H
#define TANDEM_SWITCHER_H

#define SW_PAGE 4096
#define SW_CODE_PAGES 2 /* the blob's page budget; switcher.S fails to assemble beyond it */
#define SW_WIN_PAGES 3  /* guest pages mapped for the fast path (fastpath.c) */
#define SW_PAGES (SW_CODE_PAGES + 3 + SW_WIN_PAGES)
#define SW_IDT_OFF (SW_CODE_PAGES * SW_PAGE)
#define SW_DATA_OFF (SW_IDT_OFF + SW_PAGE)
#define SW_STACK_OFF (SW_DATA_OFF + SW_PAGE)
#define SW_WIN_OFF (SW_STACK_OFF + SW_PAGE)
#define SW_WIN_HEAD 0           /* window slots: vmlib's vCPU head (two pages) ... */
#define SW_WIN_ENTER 2          /* ... and the ENTER_USER register block */

/* The VM's GDT: the host's selector numbers, minus what a guest must not reach. */
#define SW_GDT_ENTRIES 16
#define SW_KERNEL_CS 0x10
#define SW_KERNEL_DS 0x18
#define SW_USER_DS 0x2b  /* entry 5, RPL 3 */
#define SW_USER_CS 0x33  /* entry 6, RPL 3, 64-bit; there is no 32-bit user code segment */
#define SW_TSS_SEL 0x40  /* entries 8-9 */

/* Offsets inside the data page (struct tandem_sw_data). */
#define SWD_GDT 0x000            /* 16 descriptors */
#define SWD_TSS 0x080            /* struct x86_hw_tss, 104 bytes */
#define SWD_VM_GDTR 0x100        /* limit (2) + base (8), what lgdt loads */
#define SWD_VM_IDTR 0x110
#define SWD_HOST_GDTR 0x120      /* sgdt at entry (the host's read-only GDT alias) */
#define SWD_HOST_GDTR_RW 0x130   /* this CPU's writable GDT, for ltr (set by C) */
#define SWD_HOST_IDTR 0x140
#define SWD_HOST_RSP 0x150
#define SWD_HOST_CR3 0x158
#define SWD_HOST_FS_BASE 0x160
#define SWD_HOST_GS_BASE 0x168
#define SWD_HOST_TR 0x170        /* u16 each from here */
#define SWD_HOST_LDTR 0x172
#define SWD_HOST_DS 0x174
#define SWD_HOST_ES 0x176
#define SWD_HOST_FS 0x178
#define SWD_HOST_GS 0x17a
#define SWD_HOST_SS 0x17c
#define SWD_GUEST_DS 0x180       /* u16 each */
#define SWD_GUEST_ES 0x182
#define SWD_GUEST_FS 0x184
#define SWD_GUEST_GS 0x186
#define SWD_GUEST_FS_BASE 0x188
#define SWD_GUEST_GS_BASE 0x190
#define SWD_GUEST_CR3 0x198      /* shadow root, with PCID 0 */
#define SWD_GUEST_CR2 0x1a0      /* CR2 read at every exit */
#define SWD_PENDING 0x1a8        /* u32: SW_PENDING_* noted by IST stubs in ring 0 */
#define SWD_BUG_VECTOR 0x1b0     /* a trap inside the switcher itself: vector ... */
#define SWD_BUG_RIP 0x1b8        /* ... and where */
#define SWD_BUG_ERROR 0x1c0
#define SWD_BUG 0x1c8            /* u32: non-zero after such a trap */
/* The fast path (fastpath.c sets these; the switcher reads them and updates the last five). */
#define SWD_FAST 0x1d0           /* u32: SW_FAST_* */
#define SWD_USER_MODE 0x1d4      /* u32: 1 = guest user mode (composite; the only copy) */
#define SWD_GUEST_TS 0x1d8       /* the guest's CR0 & TANDEM_CR0_TS as of the last entry */
#define SWD_KROOT 0x1e0          /* CR3 of the kernel shadow tree */
#define SWD_UROOT 0x1e8          /* CR3 of the user shadow tree */
#define SWD_HEAD 0x1f0           /* switcher address of vmlib's vCPU head (window) */
#define SWD_ENTER_VA 0x1f8       /* the guest address of the one ENTER_USER block taken fast */
#define SWD_ENTER_PTR 0x200      /* its switcher address (window) */
#define SWD_TEXT_START 0x208     /* vmlib's text, who may make hypercalls */
#define SWD_TEXT_END 0x210
#define SWD_SEEN_DEADLINE 0x218  /* the guest's timer deadline (ns) the last entry armed */
#define SWD_DEADLINE_TSC 0x220   /* TSC at or before which that deadline passes; ~0 = none */
#define SWD_CANON_SHIFT 0x228    /* 64 - virtual address bits (16, or 7 with LA57) */
#define SWD_FAST_SYSCALLS 0x230  /* counters, folded into the stats after each switch */
#define SWD_FAST_ENTERS 0x238
#define SWD_FAST_TSC 0x240
#define SWD_SIZE 0x248

#define SW_FAST_HEAD 0x1         /* the head window is mapped: the fast paths may run */

#define SW_PENDING_NMI 0x1
#define SW_PENDING_MC 0x2

/* The stack page: four IST stacks, then the guest register frame at its top. */
#define SWS_IST_NMI_TOP 0x300    /* IST1 */
#define SWS_IST_MC_TOP 0x600     /* IST2 */
#define SWS_IST_DF_TOP 0x900     /* IST3 */
#define SWS_IST_DB_TOP 0xc00     /* IST4 */
#define SW_IST_NMI 1
#define SW_IST_MC 2
#define SW_IST_DF 3
#define SW_IST_DB 4

/* struct tandem_sw_frame, the guest register file, lowest address first. */
#define SWF_R15 0x00
#define SWF_R14 0x08
#define SWF_R13 0x10
#define SWF_R12 0x18
#define SWF_R11 0x20
#define SWF_R10 0x28
#define SWF_R9 0x30
#define SWF_R8 0x38
#define SWF_RBP 0x40
#define SWF_RDI 0x48
#define SWF_RSI 0x50
#define SWF_RDX 0x58
#define SWF_RCX 0x60
#define SWF_RBX 0x68
#define SWF_RAX 0x70
#define SWF_VECTOR 0x78 /* pushed by the stub */
#define SWF_ERROR 0x80  /* pushed by the CPU, or 0 by the stub */
#define SWF_RIP 0x88    /* the hardware interrupt frame */
#define SWF_CS 0x90
#define SWF_RFLAGS 0x98
#define SWF_RSP 0xa0
#define SWF_SS 0xa8
#define SWF_SIZE 0xb0
#define SWS_FRAME (SW_PAGE - SWF_SIZE) /* frame end = page end = TSS.RSP0 */

/* Pseudo-vector of a guest `syscall` (real vectors are 0..255). */
#define SW_VECTOR_SYSCALL 256
/* Pseudo-vector of "a fast path finished but an NMI/#MC is pending": just run again. */
#define SW_VECTOR_RESUME 258
/* vmlib's hypercall vector (TANDEM_HYPERCALL_VECTOR, checked in fastpath.c). */
#define SW_VECTOR_HYPERCALL 31
#define SW_HC_ENTER_USER 5       /* TANDEM_HC_ENTER_USER */

/*
 * Offsets inside vmlib's struct tandem_cp_vcpu and struct tandem_regs
 * (platform.h) that the fast path touches; fastpath.c checks them.
 */
#define CPV_CR0 144
#define CPV_STAR 200
#define CPV_LSTAR 208
#define CPV_FMASK 224
#define CPV_CS 364
#define CPV_SS 366
#define CPV_CPL 376
#define CPV_PENDING 384
#define CPV_DEADLINE 392
#define CPV_VIF 400
#define CPV_VIOPL 401
#define CPV_VAC 402
#define CPV_SIZE 408
#define REGS_GPR(n) ((n) * 8)    /* enum tandem_gpr order */
#define REGS_RIP 128
#define REGS_RFLAGS 136
#define REGS_SIZE 144

/* Offsets of the entry points inside the code page (checked in switcher.S). */
#define SW_ENTRY_ENTER 0x000     /* void enter(void): run the guest until it traps */
#define SW_STUB_STRIDE 9         /* the per-vector stubs: 2 + 2 + 5 bytes each */

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* The guest register file at the top of the stack page (layout above). */
struct tandem_sw_frame {
	u64 r15, r14, r13, r12, r11, r10, r9, r8;
	u64 rbp, rdi, rsi, rdx, rcx, rbx, rax;
	u64 vector, error;
	u64 rip, cs, rflags, rsp, ss;
};

/* What lgdt/lidt load, and sgdt/sidt store, in 64-bit mode. */
struct tandem_sw_dtr {
	u16 limit;
	u64 base;
} __packed;

/* Offsets of the switcher's own symbols inside the blob (from switcher.S). */
extern const u8 tandem_switcher_blob[];
extern const u8 tandem_switcher_blob_end[];
extern const u8 tandem_switcher_stubs[];
extern const u8 tandem_switcher_nmi[];
extern const u8 tandem_switcher_mc[];
extern const u8 tandem_switcher_df[];
extern const u8 tandem_switcher_db[];
extern const u8 tandem_switcher_syscall[];

/* Calls a host interrupt or NMI entry point on a synthetic interrupt frame (hostcall.S). */
void tandem_call_host_vector(unsigned long entry);
#endif

#endif /* TANDEM_SWITCHER_H */
