/* SPDX-License-Identifier: GPL-2.0 */
/*
 * switcher.S: the world switcher, the only code that runs on both sides.
 *
 * This is a blob, not a function of the module: switcher_pages.c copies it into
 * the first page of each vCPU's switcher region (switcher.h) and runs that
 * copy, which is mapped at the same address in the host's page tables and
 * in the vCPU's shadow page tables.  It therefore lives in a read-only data
 * section here, must be position independent (every reference is
 * RIP-relative to a local label, so the assembler leaves no relocation in
 * it), and must fit its page budget: the .org at the end fails the build
 * if it grows past SW_CODE_PAGES pages.
 *
 * Going in (enter, called by run.c with interrupts disabled): save the
 * host's descriptor tables, TR, LDTR, CR3, segment selectors and FS/GS
 * bases; move onto the switcher stack; load the VM's IDT first (so an NMI
 * from then on lands in our IST stub, whatever else is half switched), then
 * its GDT, TSS and a null LDT; the guest's selectors and FS/GS bases; the
 * shadow CR3; pop the guest registers and iretq to guest ring 3.
 *
 * Coming back: every IDT vector lands in a 9-byte stub that pushes the
 * vector (and a zero error code where the CPU pushes none) and jumps to a
 * common path that saves the guest registers, CR2 and FS/GS state, and
 * undoes the entry in reverse: host CR3 first (the host TSS's IST stacks are
 * only mapped there), then GDT and TR, LDT, selectors and bases, IDT last,
 * and returns to run.c on the host stack.
 */
#include <linux/linkage.h>
#include <asm/msr-index.h>
#include "switcher.h"

/* Data page and guest register frame, addressed relative to the blob. */
#define D(off) (.Lbase + SW_DATA_OFF + (off))(%rip)
#define F(off) (.Lbase + SW_STACK_OFF + SWS_FRAME + (off))(%rip)

/* Vectors for which the CPU pushes an error code (SDM vol. 3, 6.15). */
#define HAS_ERROR(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

	.section .rodata.tandem_switcher, "a"
	.balign 16
	.globl tandem_switcher_blob
tandem_switcher_blob:
.Lbase:

/* ---- enter: host -> guest.  Offset 0 (SW_ENTRY_ENTER). ---- */
	endbr64
	pushfq
	push %rbx
	push %rbp
	push %r12
	push %r13
	push %r14
	push %r15
	mov %rsp, D(SWD_HOST_RSP)
	mov %cr3, %rax
	mov %rax, D(SWD_HOST_CR3)
	sgdt D(SWD_HOST_GDTR)
	sidt D(SWD_HOST_IDTR)
	str %ax
	mov %ax, D(SWD_HOST_TR)
	sldt %ax
	mov %ax, D(SWD_HOST_LDTR)
	mov %ds, %ax
	mov %ax, D(SWD_HOST_DS)
	mov %es, %ax
	mov %ax, D(SWD_HOST_ES)
	mov %fs, %ax
	mov %ax, D(SWD_HOST_FS)
	mov %gs, %ax
	mov %ax, D(SWD_HOST_GS)
	mov %ss, %ax
	mov %ax, D(SWD_HOST_SS)
	mov $MSR_FS_BASE, %ecx
	rdmsr
	mov %eax, D(SWD_HOST_FS_BASE)
	mov %edx, D(SWD_HOST_FS_BASE + 4)
	mov $MSR_GS_BASE, %ecx
	rdmsr
	mov %eax, D(SWD_HOST_GS_BASE)
	mov %edx, D(SWD_HOST_GS_BASE + 4)

	/* From here on nothing touches the host stack: it is not in the shadow. */
	lea F(0), %rsp
	/* IDT first: an NMI from now on enters our IST stub, never the host's. */
	lidt D(SWD_VM_IDTR)
	lgdt D(SWD_VM_GDTR)
	/* ltr needs an available (not busy) TSS descriptor: type 0xb -> 0x9. */
	andb $0xfd, D(SWD_GDT + SW_TSS_SEL + 5)
	mov $SW_TSS_SEL, %ax
	ltr %ax
	xor %eax, %eax
	lldt %ax

	/* Guest selectors, then bases: loading FS/GS reloads their bases. */
	movzwl D(SWD_GUEST_DS), %eax
	mov %ax, %ds
	movzwl D(SWD_GUEST_ES), %eax
	mov %ax, %es
	movzwl D(SWD_GUEST_FS), %eax
	mov %ax, %fs
	movzwl D(SWD_GUEST_GS), %eax
	mov %ax, %gs
	mov $MSR_FS_BASE, %ecx
	mov D(SWD_GUEST_FS_BASE), %eax
	mov D(SWD_GUEST_FS_BASE + 4), %edx
	wrmsr
	mov $MSR_GS_BASE, %ecx
	mov D(SWD_GUEST_GS_BASE), %eax
	mov D(SWD_GUEST_GS_BASE + 4), %edx
	wrmsr

	mov D(SWD_GUEST_CR3), %rax
	mov %rax, %cr3

	pop %r15
	pop %r14
	pop %r13
	pop %r12
	pop %r11
	pop %r10
	pop %r9
	pop %r8
	pop %rbp
	pop %rdi
	pop %rsi
	pop %rdx
	pop %rcx
	pop %rbx
	pop %rax
	add $16, %rsp		/* vector, error */
	iretq

/* ---- the common exit path: stack = vector, error, rip, cs, rflags, rsp, ss ---- */
.Lcommon:
	andq $0xff, (%rsp)	/* the stubs push the vector as a sign-extended imm8 */
.Lcommon_masked:
	testb $3, 24(%rsp)	/* CS of the interrupted context */
	jz .Lbug		/* ring 0: a fault inside the switcher itself */
.Lfrom_guest:
	push %rax
	push %rbx
	push %rcx
	push %rdx
	push %rsi
	push %rdi
	push %rbp
	push %r8
	push %r9
	push %r10
	push %r11
	push %r12
	push %r13
	push %r14
	push %r15
	mov %cr2, %rax
	mov %rax, D(SWD_GUEST_CR2)
	mov %ds, %ax
	mov %ax, D(SWD_GUEST_DS)
	mov %es, %ax
	mov %ax, D(SWD_GUEST_ES)
	mov %fs, %ax
	mov %ax, D(SWD_GUEST_FS)
	mov %gs, %ax
	mov %ax, D(SWD_GUEST_GS)
	mov $MSR_FS_BASE, %ecx
	rdmsr
	mov %eax, D(SWD_GUEST_FS_BASE)
	mov %edx, D(SWD_GUEST_FS_BASE + 4)
	mov $MSR_GS_BASE, %ecx
	rdmsr
	mov %eax, D(SWD_GUEST_GS_BASE)
	mov %edx, D(SWD_GUEST_GS_BASE + 4)
	jmp .Lto_host

.Lbug:
	/* Not the guest's doing: record it, abandon the guest state, go home. */
	mov (%rsp), %rax
	mov %rax, D(SWD_BUG_VECTOR)
	mov 8(%rsp), %rax
	mov %rax, D(SWD_BUG_ERROR)
	mov 16(%rsp), %rax
	mov %rax, D(SWD_BUG_RIP)
	movl $1, D(SWD_BUG)

.Lto_host:
	/* Host CR3 first: the host TSS's IST stacks are only mapped there. */
	mov D(SWD_HOST_CR3), %rax
	mov %rax, %cr3
	/* TR: ltr marks the descriptor busy, so it needs the writable GDT. */
	lgdt D(SWD_HOST_GDTR_RW)
	mov D(SWD_HOST_GDTR_RW + 2), %rax
	movzwl D(SWD_HOST_TR), %edx
	and $0xfff8, %edx
	andb $0xfd, 5(%rax,%rdx)
	ltr %dx
	lgdt D(SWD_HOST_GDTR)
	movzwl D(SWD_HOST_LDTR), %eax
	lldt %ax
	movzwl D(SWD_HOST_SS), %eax
	mov %ax, %ss
	movzwl D(SWD_HOST_DS), %eax
	mov %ax, %ds
	movzwl D(SWD_HOST_ES), %eax
	mov %ax, %es
	movzwl D(SWD_HOST_FS), %eax
	mov %ax, %fs
	movzwl D(SWD_HOST_GS), %eax
	mov %ax, %gs
	mov $MSR_FS_BASE, %ecx
	mov D(SWD_HOST_FS_BASE), %eax
	mov D(SWD_HOST_FS_BASE + 4), %edx
	wrmsr
	/* GS base last before the IDT: the host's paranoid entries rely on it. */
	mov $MSR_GS_BASE, %ecx
	mov D(SWD_HOST_GS_BASE), %eax
	mov D(SWD_HOST_GS_BASE + 4), %edx
	wrmsr
	lidt D(SWD_HOST_IDTR)
	mov D(SWD_HOST_RSP), %rsp
	pop %r15
	pop %r14
	pop %r13
	pop %r12
	pop %rbp
	pop %rbx
	popfq
	ret

/*
 * NMI, #MC and #DB (IST1, IST2, IST4).  From guest ring 3: move the hardware
 * frame from the IST stack into the register frame and leave like any trap;
 * NMIs stay blocked until the host's own handler, which run.c calls next,
 * irets.  From ring 0 (an NMI inside the switcher, half way through a
 * switch): note it for run.c, which calls the host handler once the host
 * state is back, and iretq to where we were.  A ring-0 #DB is the single
 * step a guest `syscall` with TF set arms before FMASK clears TF: the stub
 * is on the guest's stack there, hence the IST; it is dropped (DR7 is off
 * while the guest runs, so nothing else in the switcher can raise #DB).
 */
.macro IST_STUB vector, pending
	testb $3, 8(%rsp)
	jz 1f
	push %rax
	mov 8(%rsp), %rax
	mov %rax, F(SWF_RIP)
	mov 16(%rsp), %rax
	mov %rax, F(SWF_CS)
	mov 24(%rsp), %rax
	mov %rax, F(SWF_RFLAGS)
	mov 32(%rsp), %rax
	mov %rax, F(SWF_RSP)
	mov 40(%rsp), %rax
	mov %rax, F(SWF_SS)
	pop %rax
	lea F(SWF_VECTOR), %rsp
	movq $\vector, F(SWF_VECTOR)
	movq $0, F(SWF_ERROR)
	jmp .Lcommon_masked
1:
	.if \pending
	orl $\pending, D(SWD_PENDING)
	.endif
	iretq
.endm

	.globl tandem_switcher_nmi
tandem_switcher_nmi:
	IST_STUB 2, SW_PENDING_NMI

	.globl tandem_switcher_mc
tandem_switcher_mc:
	IST_STUB 18, SW_PENDING_MC

	.globl tandem_switcher_db
tandem_switcher_db:
	IST_STUB 1, 0

/* #DF (IST3) can only mean the switcher itself is broken. */
	.globl tandem_switcher_df
tandem_switcher_df:
	pushq $8
	jmp .Lbug

/*
 * The VM's LSTAR.  `syscall` switches neither stack nor GS, and FMASK (the
 * host's, which clears IF, TF, DF and AC) has already run: park the guest
 * RSP, take the register frame, build the hardware-like part of it from
 * RCX/R11 and leave with the pseudo-vector SW_VECTOR_SYSCALL.
 */
	.globl tandem_switcher_syscall
tandem_switcher_syscall:
	endbr64
	mov %rsp, F(SWF_RSP)
	lea F(SWF_VECTOR), %rsp
	mov %rcx, F(SWF_RIP)
	mov %r11, F(SWF_RFLAGS)
	movq $SW_USER_CS, F(SWF_CS)
	movq $SW_USER_DS, F(SWF_SS)
	movq $0, F(SWF_ERROR)
	movq $SW_VECTOR_SYSCALL, F(SWF_VECTOR)
	jmp .Lfrom_guest

/*
 * One stub per vector, SW_STUB_STRIDE bytes each so that switcher_pages.c can
 * compute gate addresses: `push $0` (or a 2-byte nop where the CPU pushed an
 * error code), `push $vector` as an imm8, `jmp rel32` to the common path.
 */
	.globl tandem_switcher_stubs
tandem_switcher_stubs:
	.set .Lv, 0
	.rept 256
	.if HAS_ERROR(.Lv)
	.byte 0x66, 0x90
	.else
	.byte 0x6a, 0x00
	.endif
	.byte 0x6a, (.Lv & 0xff)
	.byte 0xe9
	.long .Lcommon - (. + 4)
	.set .Lv, .Lv + 1
	.endr
.Lstubs_end:
	.if (.Lstubs_end - tandem_switcher_stubs) - 256 * SW_STUB_STRIDE
	.error "switcher stubs are not SW_STUB_STRIDE bytes each"
	.endif

	.globl tandem_switcher_blob_end
tandem_switcher_blob_end:
	/* The page budget: moving .org backwards is an assembly error. */
	.org .Lbase + SW_CODE_PAGES * SW_PAGE
