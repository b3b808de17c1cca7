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
 * below are from the start of the code page.  Fields inside the data page
 * (struct tandem_sw_data), the guest register frame (struct tandem_sw_frame)
 * and vmlib's structures (platform.h) are reached by offsets that the build
 * generates from the C structures: switcher_offsets.c lists them, kbuild
 * compiles it to assembly and turns that into switcher_offsets.h (SWD_*,
 * SWF_*, CPV_*, REGS_*, kmod/Kbuild), which this header includes.
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

/* The guest register frame (struct tandem_sw_frame) ends at the stack page's end = TSS.RSP0. */
#define SWS_FRAME (SW_PAGE - SWF_SIZE)

/* Pseudo-vector of a guest `syscall` (real vectors are 0..255). */
#define SW_VECTOR_SYSCALL 256
/* Pseudo-vector of "a fast path finished but an NMI/#MC is pending": just run again. */
#define SW_VECTOR_RESUME 258
/* vmlib's hypercall vector (TANDEM_HYPERCALL_VECTOR, checked in fastpath.c). */
#define SW_VECTOR_HYPERCALL 31
#define SW_HC_ENTER_USER 5       /* TANDEM_HC_ENTER_USER */

/* The general registers of vmlib's struct tandem_regs, in enum tandem_gpr order. */
#define REGS_GPR(n) (REGS_GPR0 + (n) * 8)

/* Offsets of the entry points inside the code page (checked in switcher.S). */
#define SW_ENTRY_ENTER 0x000     /* void enter(void): run the guest until it traps */
#define SW_STUB_STRIDE 9         /* the per-vector stubs: 2 + 2 + 5 bytes each */

#ifndef __ASSEMBLY__
#include <linux/types.h>

/*
 * The guest register file at the top of the stack page, lowest address
 * first: the order in which the switcher pushes the general registers
 * below what the stub (vector, error) and the CPU (rip .. ss) pushed.
 */
struct tandem_sw_frame {
	u64 r15, r14, r13, r12, r11, r10, r9, r8;
	u64 rbp, rdi, rsi, rdx, rcx, rbx, rax;
	u64 vector;	/* pushed by the stub */
	u64 error;	/* pushed by the CPU, or 0 by the stub */
	u64 rip, cs, rflags, rsp, ss;	/* the hardware interrupt frame */
};

/* What lgdt/lidt load, and sgdt/sidt store, in 64-bit mode. */
struct tandem_sw_dtr {
	u16 limit;
	u64 base;
} __packed;

/* The data page; each table register image on its own 16 bytes. */
struct tandem_sw_data {
	u64 gdt[SW_GDT_ENTRIES];		/* the VM's GDT */
	u8 tss[0x80];				/* the VM's struct x86_hw_tss (104 bytes) */
	struct tandem_sw_dtr vm_gdtr __aligned(16);	/* what lgdt loads */
	struct tandem_sw_dtr vm_idtr __aligned(16);
	struct tandem_sw_dtr host_gdtr __aligned(16);	/* sgdt at entry (the host's read-only GDT alias) */
	struct tandem_sw_dtr host_gdtr_rw __aligned(16);	/* this CPU's writable GDT, for ltr (set by C) */
	struct tandem_sw_dtr host_idtr __aligned(16);
	u64 host_rsp, host_cr3, host_fs_base, host_gs_base;
	u16 host_tr, host_ldtr, host_ds, host_es, host_fs, host_gs, host_ss;
	u16 guest_ds, guest_es, guest_fs, guest_gs;
	u64 guest_fs_base, guest_gs_base;
	u64 guest_cr3;		/* shadow root, with PCID 0 */
	u64 guest_cr2;		/* CR2 read at every exit */
	u32 pending;		/* SW_PENDING_* noted by IST stubs in ring 0 */
	u32 bug;		/* non-zero after a trap inside the switcher itself: */
	u64 bug_vector, bug_rip, bug_error;	/* which, where */
	/* The fast paths: fastpath.c sets these; the switcher reads them, flips user_mode and counts. */
	u32 fast;		/* SW_FAST_* */
	u32 user_mode;		/* 1 = guest user mode (composite; the only copy) */
	u64 guest_ts;		/* the guest's CR0 & TANDEM_CR0_TS as the last entry armed it (0 while lent) */
	u32 ts_lent;		/* 1 = the guest's #NM handler runs with TS clear until ENTER_USER (fpu.c) */
	u32 ts_reserved;
	u64 kroot;		/* CR3 of the kernel shadow tree */
	u64 uroot;		/* CR3 of the user shadow tree */
	u64 head;		/* switcher address of vmlib's vCPU head (window) */
	u64 enter_va;		/* the guest address of the one ENTER_USER block taken fast */
	u64 enter_ptr;		/* its switcher address (window) */
	u64 text_start, text_end;	/* vmlib's text, who may make hypercalls */
	u64 seen_deadline;	/* the guest's timer deadline (ns) the last entry armed */
	u64 deadline_tsc;	/* TSC at or before which that deadline passes; ~0 = none */
	u64 canon_shift;	/* 64 - virtual address bits (16, or 7 with LA57) */
	u64 fast_syscalls, fast_enters, fast_tsc;	/* counters, folded into the stats after each switch */
};

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

/* The generated offsets (not while switcher_offsets.c generates them). */
#ifndef TANDEM_SWITCHER_GENERATING_OFFSETS
#include "switcher_offsets.h"
#endif

#endif /* TANDEM_SWITCHER_H */
