// SPDX-License-Identifier: GPL-2.0
/*
 * switcher_offsets.c: the C structure offsets that switcher.S needs, as
 * assembler constants.  This file is never linked: kbuild compiles it to
 * assembly (switcher_offsets.s), where each TANDEM_OFFSET below leaves a
 * line `.ascii "=offset= NAME VALUE"`, and kmod/Kbuild turns those lines
 * into `#define NAME VALUE` in switcher_offsets.h, which switcher.h
 * includes.  So the offsets always follow the structures: the data page
 * and the guest register frame (switcher.h) and vmlib's vCPU head and
 * register block (platform.h).
 */
#define TANDEM_SWITCHER_GENERATING_OFFSETS
#include <linux/stddef.h>

#include <tandem/platform.h>

#include "switcher.h"

/* One constant for the generated header; "i" makes the compiler prove it is one. */
#define TANDEM_OFFSET(name, value) asm volatile("\n.ascii \"=offset= " #name " %c0\"" : : "i"(value))
/* Shorthands: SWD_NAME in the data page, SWF_NAME in the frame, CPV_NAME in vmlib's head. */
#define DATA(name, field) TANDEM_OFFSET(SWD_##name, offsetof(struct tandem_sw_data, field))
#define FRAME(name, field) TANDEM_OFFSET(SWF_##name, offsetof(struct tandem_sw_frame, field))
#define HEAD(name, field) TANDEM_OFFSET(CPV_##name, offsetof(struct tandem_cp_vcpu, field))

/* The list itself: never called, only compiled. */
void tandem_switcher_offsets(void);
void tandem_switcher_offsets(void)
{
	DATA(GDT, gdt); DATA(TSS, tss); DATA(VM_GDTR, vm_gdtr); DATA(VM_IDTR, vm_idtr);
	DATA(HOST_GDTR, host_gdtr); DATA(HOST_GDTR_RW, host_gdtr_rw); DATA(HOST_IDTR, host_idtr);
	DATA(HOST_RSP, host_rsp); DATA(HOST_CR3, host_cr3);
	DATA(HOST_FS_BASE, host_fs_base); DATA(HOST_GS_BASE, host_gs_base);
	DATA(HOST_TR, host_tr); DATA(HOST_LDTR, host_ldtr); DATA(HOST_DS, host_ds); DATA(HOST_ES, host_es);
	DATA(HOST_FS, host_fs); DATA(HOST_GS, host_gs); DATA(HOST_SS, host_ss);
	DATA(GUEST_DS, guest_ds); DATA(GUEST_ES, guest_es); DATA(GUEST_FS, guest_fs); DATA(GUEST_GS, guest_gs);
	DATA(GUEST_FS_BASE, guest_fs_base); DATA(GUEST_GS_BASE, guest_gs_base);
	DATA(GUEST_CR3, guest_cr3); DATA(GUEST_CR2, guest_cr2); DATA(PENDING, pending);
	DATA(BUG, bug); DATA(BUG_VECTOR, bug_vector); DATA(BUG_RIP, bug_rip); DATA(BUG_ERROR, bug_error);
	DATA(FAST, fast); DATA(USER_MODE, user_mode); DATA(GUEST_TS, guest_ts); DATA(TS_LENT, ts_lent);
	DATA(KROOT, kroot); DATA(UROOT, uroot); DATA(HEAD, head); DATA(ENTER_VA, enter_va); DATA(ENTER_PTR, enter_ptr);
	DATA(TEXT_START, text_start); DATA(TEXT_END, text_end);
	DATA(SEEN_DEADLINE, seen_deadline); DATA(DEADLINE_TSC, deadline_tsc); DATA(CANON_SHIFT, canon_shift);
	DATA(FAST_SYSCALLS, fast_syscalls); DATA(FAST_ENTERS, fast_enters); DATA(FAST_TSC, fast_tsc);
	TANDEM_OFFSET(SWD_SIZE, sizeof(struct tandem_sw_data));
	TANDEM_OFFSET(SW_DTR_BASE, offsetof(struct tandem_sw_dtr, base));

	FRAME(R15, r15); FRAME(R14, r14); FRAME(R13, r13); FRAME(R12, r12);
	FRAME(R11, r11); FRAME(R10, r10); FRAME(R9, r9); FRAME(R8, r8);
	FRAME(RBP, rbp); FRAME(RDI, rdi); FRAME(RSI, rsi); FRAME(RDX, rdx); FRAME(RCX, rcx); FRAME(RBX, rbx);
	FRAME(RAX, rax); FRAME(VECTOR, vector); FRAME(ERROR, error);
	FRAME(RIP, rip); FRAME(CS, cs); FRAME(RFLAGS, rflags); FRAME(RSP, rsp); FRAME(SS, ss);
	TANDEM_OFFSET(SWF_SIZE, sizeof(struct tandem_sw_frame));

	HEAD(CR0, state.cr0); HEAD(STAR, state.star); HEAD(LSTAR, state.lstar); HEAD(FMASK, state.fmask);
	HEAD(CS, state.cs); HEAD(SS, state.ss); HEAD(CPL, state.cpl);
	HEAD(PENDING, state.irq_pending); HEAD(DEADLINE, state.timer_deadline_ns);
	HEAD(VIF, vif); HEAD(VIOPL, viopl); HEAD(VAC, vac); HEAD(INVAL_COUNT, inval_count);
	TANDEM_OFFSET(CPV_SIZE, sizeof(struct tandem_cp_vcpu));
	TANDEM_OFFSET(REGS_GPR0, offsetof(struct tandem_regs, gpr));
	TANDEM_OFFSET(REGS_RIP, offsetof(struct tandem_regs, rip));
	TANDEM_OFFSET(REGS_RFLAGS, offsetof(struct tandem_regs, rflags));
	TANDEM_OFFSET(REGS_SIZE, sizeof(struct tandem_regs));
}
