/* SPDX-License-Identifier: GPL-2.0 */
/*
 * switcher.S: the world switcher, the only code that runs on both sides.
 *
 * This is a blob, not a function of the module: switcher_pages.c copies it into
 * the first (code) pages of each vCPU's switcher region (switcher.h) and runs that
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
 *
 * Except for the two transitions of a composite guest's system call (its
 * user `syscall`, vmlib's ENTER_USER hypercall): those the fast paths below
 * may finish right here, on the frame, and iretq to the guest again without
 * the host ever running (fastpath.c has the C side).
 */
#include <linux/linkage.h>
#include <asm/msr-index.h>
#include <tandem/x86.h>
#include "switcher.h"

/* Data page and guest register frame, addressed relative to the blob. */
#define D(off) (.Lbase + SW_DATA_OFF + (off))(%rip)
#define F(off) (.Lbase + SW_STACK_OFF + SWS_FRAME + (off))(%rip)

/* Completes the register frame: the general registers below the hardware part. */
.macro PUSH_GPRS
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
.endm

/* Loads the guest's general registers from the frame and irets to it (RSP = frame). */
.macro POP_GPRS_IRET
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
.endm

/* Jumps to \bad unless \reg is canonical (clobbers %rcx and %rdx). */
.macro CANONICAL reg, bad
	mov D(SWD_CANON_SHIFT), %rcx
	mov \reg, %rdx
	shl %cl, %rdx
	sar %cl, %rdx
	cmp \reg, %rdx
	jne \bad
.endm

/* %rax := the TSC (clobbers %rdx). */
.macro TSC
	rdtsc
	shl $32, %rdx
	or %rdx, %rax
.endm

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
	andb $(~TANDEM_TSS_BUSY_BIT & 0xff), D(SWD_GDT + SW_TSS_SEL + TANDEM_DESC_TYPE_BYTE)
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

	POP_GPRS_IRET

/* ---- the common exit path: stack = vector, error, rip, cs, rflags, rsp, ss ---- */
.Lcommon:
	andq $0xff, (%rsp)	/* the stubs push the vector as a sign-extended imm8 */
.Lcommon_masked:
	testb $3, 24(%rsp)	/* CS of the interrupted context */
	jz .Lbug		/* ring 0: a fault inside the switcher itself */
.Lfrom_guest:
	PUSH_GPRS
	cmpq $SW_VECTOR_HYPERCALL, F(SWF_VECTOR)
	je .Lfast_enter_user
	cmpq $SW_VECTOR_SYSCALL, F(SWF_VECTOR)
	je .Lfast_syscall
.Lslow:
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
	mov D(SWD_HOST_GDTR_RW + SW_DTR_BASE), %rax
	movzwl D(SWD_HOST_TR), %edx
	and $0xfff8, %edx
	andb $(~TANDEM_TSS_BUSY_BIT & 0xff), TANDEM_DESC_TYPE_BYTE(%rax,%rdx)
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
 * The fast paths (fastpath.c): the two transitions of every guest system
 * call, done here without going back to the host.  Both start with the
 * register frame complete (every general register saved, RSP = the frame)
 * and end either in .Lslow with nothing changed (the C path then does the
 * same transition, or refuses it, as it always did), or at .Lfast_out with
 * the new state committed.  They check what the C path checks and what
 * tandem_cp_before_entry would have done before the next entry: nothing to
 * do there means the guest may go on at once.  Guest memory (vmlib's vCPU
 * head, the register block) is reached through the region's window slots
 * and each field is read exactly once: the guest itself is stopped, but the
 * VM process could write its memory meanwhile, so a value is checked and
 * used from the same register.  Interrupts stay off throughout (interrupt
 * gates, FMASK); a host interrupt is taken right after the iretq, and exits.
 */

/*
 * Checks shared by both: the deadline vmlib's head holds is the one the
 * last entry armed the hrtimer for, it has not passed (%r15 = TSC at the
 * start), the guest's CR0.TS is what the last entry set the real TS for
 * (fastpath.c: a TS lent clear to the guest's #NM handler counts as clear), and
 * vmlib's invalidation queue is empty (spaces.c applies it).
 * %rbx = the head.  Clobbers %rax.
 */
.macro FAST_ENTRY_CHECKS
	cmpl $0, CPV_INVAL_COUNT(%rbx)
	jne .Lslow
	mov CPV_DEADLINE(%rbx), %rax
	cmp D(SWD_SEEN_DEADLINE), %rax
	jne .Lslow
	cmp D(SWD_DEADLINE_TSC), %r15
	jae .Lslow
	mov CPV_CR0(%rbx), %rax
	and $TANDEM_CR0_TS, %eax
	cmp D(SWD_GUEST_TS), %rax
	jne .Lslow
.endm

/*
 * A guest user `syscall`, as tandem_x86_syscall (tandem/x86_event.c,
 * which direct.c's tandem_dt_syscall runs): RCX = next RIP,
 * R11 = the user's guest-visible RFLAGS (virtual IF and IOPL), CS/SS from
 * STAR, CPL 0, RFLAGS &= ~FMASK (the virtual IF, IOPL and AC go into the
 * head), RIP = LSTAR; then the kernel shadow root.  Only from guest user
 * mode, with a CPL 3 head, a canonical LSTAR and RSP, and no interrupt
 * deliverable afterwards (pending lines with the new virtual IF set).
 */
.Lfast_syscall:
	TSC
	mov %rax, %r15
	testl $SW_FAST_HEAD, D(SWD_FAST)
	jz .Lslow
	cmpl $0, D(SWD_USER_MODE)
	je .Lslow
	mov D(SWD_HEAD), %rbx
	movzbl CPV_CPL(%rbx), %eax
	cmp $3, %eax
	jne .Lslow
	FAST_ENTRY_CHECKS
	mov CPV_LSTAR(%rbx), %r8
	CANONICAL %r8, .Lslow
	mov F(SWF_RSP), %r9
	CANONICAL %r9, .Lslow
	mov CPV_STAR(%rbx), %r9
	mov CPV_FMASK(%rbx), %r10
	mov CPV_PENDING(%rbx), %r13
	/* %r11 := the user's guest-visible flags (tandem_x86_virtual_flags at CPL 3), without RF. */
	mov F(SWF_RFLAGS), %rax
	mov %rax, %r11
	and $TANDEM_RFLAGS_REAL, %r11
	or $TANDEM_RFLAGS_FIXED, %r11
	and $(TANDEM_RFLAGS_AC | TANDEM_RFLAGS_TF), %eax
	or %rax, %r11
	cmpb $0, CPV_VIF(%rbx)
	je 1f
	or $TANDEM_RFLAGS_IF, %r11
1:	movzbl CPV_VIOPL(%rbx), %eax
	and $3, %eax
	shl $TANDEM_RFLAGS_IOPL_SHIFT, %eax
	or %rax, %r11
	/* %r12 := the kernel's guest-visible flags: FMASK applied. */
	mov %r10, %r12
	not %r12
	and %r11, %r12
	or $TANDEM_RFLAGS_FIXED, %r12
	test $TANDEM_RFLAGS_IF, %r12d
	jz 2f
	test %r13, %r13
	jnz .Lslow		/* an interrupt is due at LSTAR: the C path delivers it */
2:	/* Commit: the head first, then the frame. */
	mov %r9, %rax
	shr $TANDEM_STAR_SYSCALL_SHIFT, %rax
	and $TANDEM_SELECTOR_NO_RPL, %eax
	mov %ax, CPV_CS(%rbx)
	add $TANDEM_SYSCALL_SS_FROM_CS, %eax
	mov %ax, CPV_SS(%rbx)
	movb $0, CPV_CPL(%rbx)
	test $TANDEM_RFLAGS_IF, %r12d
	setnz CPV_VIF(%rbx)
	mov %r12, %rax
	shr $TANDEM_RFLAGS_IOPL_SHIFT, %rax
	and $3, %eax
	mov %al, CPV_VIOPL(%rbx)
	test $TANDEM_RFLAGS_AC, %r12d
	setnz CPV_VAC(%rbx)
	mov F(SWF_RIP), %rax
	mov %rax, F(SWF_RCX)
	mov %r11, F(SWF_R11)
	and $TANDEM_RFLAGS_REAL, %r12
	or $(TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF), %r12
	mov %r12, F(SWF_RFLAGS)
	mov %r8, F(SWF_RIP)
	movl $0, D(SWD_USER_MODE)
	incq D(SWD_FAST_SYSCALLS)
	mov D(SWD_KROOT), %rbx
	jmp .Lfast_out

/*
 * vmlib's TANDEM_HC_ENTER_USER, as composite.c's tandem_cp_hc_enter_user:
 * the general registers, RIP and RFLAGS (TF and AC real, IF always on) from
 * vmlib's block, then the user shadow root.  Only from vmlib's text in
 * guest kernel mode, with the block at the address fastpath.c mapped, a
 * canonical RIP and RSP (run.c's check before every entry), and no
 * interrupt deliverable in user mode.
 */
.Lfast_enter_user:
	TSC
	mov %rax, %r15
	testl $SW_FAST_HEAD, D(SWD_FAST)
	jz .Lslow
	cmpl $0, D(SWD_USER_MODE)
	jne .Lslow
	cmpq $SW_HC_ENTER_USER, F(SWF_RAX)
	jne .Lslow
	mov F(SWF_RDI), %rax
	test %rax, %rax
	jz .Lslow
	cmp D(SWD_ENTER_VA), %rax
	jne .Lslow
	mov F(SWF_RIP), %rax
	sub $2, %rax		/* the int $31 itself */
	cmp D(SWD_TEXT_START), %rax
	jb .Lslow
	cmp D(SWD_TEXT_END), %rax
	jae .Lslow
	mov D(SWD_HEAD), %rbx
	FAST_ENTRY_CHECKS
	cmpb $0, CPV_VIF(%rbx)
	je 1f
	cmpq $0, CPV_PENDING(%rbx)
	jne .Lslow		/* an interrupt is due in user mode: the C path delivers it */
1:	mov D(SWD_ENTER_PTR), %rsi
	mov REGS_RIP(%rsi), %r8
	CANONICAL %r8, .Lslow
	mov REGS_GPR(4)(%rsi), %r9	/* RSP */
	CANONICAL %r9, .Lslow
	mov REGS_RFLAGS(%rsi), %r10
	/* Commit. */
	mov REGS_GPR(0)(%rsi), %rax
	mov %rax, F(SWF_RAX)
	mov REGS_GPR(1)(%rsi), %rax
	mov %rax, F(SWF_RCX)
	mov REGS_GPR(2)(%rsi), %rax
	mov %rax, F(SWF_RDX)
	mov REGS_GPR(3)(%rsi), %rax
	mov %rax, F(SWF_RBX)
	mov REGS_GPR(5)(%rsi), %rax
	mov %rax, F(SWF_RBP)
	mov REGS_GPR(6)(%rsi), %rax
	mov %rax, F(SWF_RSI)
	mov REGS_GPR(7)(%rsi), %rax
	mov %rax, F(SWF_RDI)
	mov REGS_GPR(8)(%rsi), %rax
	mov %rax, F(SWF_R8)
	mov REGS_GPR(9)(%rsi), %rax
	mov %rax, F(SWF_R9)
	mov REGS_GPR(10)(%rsi), %rax
	mov %rax, F(SWF_R10)
	mov REGS_GPR(11)(%rsi), %rax
	mov %rax, F(SWF_R11)
	mov REGS_GPR(12)(%rsi), %rax
	mov %rax, F(SWF_R12)
	mov REGS_GPR(13)(%rsi), %rax
	mov %rax, F(SWF_R13)
	mov REGS_GPR(14)(%rsi), %rax
	mov %rax, F(SWF_R14)
	mov REGS_GPR(15)(%rsi), %rax
	mov %rax, F(SWF_R15)
	mov %r9, F(SWF_RSP)
	mov %r8, F(SWF_RIP)
	and $TANDEM_RFLAGS_RING3, %r10
	or $(TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF), %r10
	mov %r10, F(SWF_RFLAGS)
	movl $1, D(SWD_USER_MODE)
	movl $0, D(SWD_TS_LENT)	/* the guest's #NM handler is over (fpu.c) */
	incq D(SWD_FAST_ENTERS)
	mov D(SWD_UROOT), %rbx
	/* fall through */

/*
 * Both fast paths end here with the transition committed, %rbx = the new
 * shadow root, %r15 = the TSC at the start.  An NMI or #MC that hit the
 * switcher meanwhile (the IST stubs noted it) goes to the host now, through
 * an exit that run.c simply resumes; one in the last instructions waits for
 * the next exit, as on the enter path.
 */
.Lfast_out:
	mov %rbx, D(SWD_GUEST_CR3)
	TSC
	sub %r15, %rax
	add %rax, D(SWD_FAST_TSC)
	cmpl $0, D(SWD_PENDING)
	jne 1f
	mov %rbx, %cr3
	POP_GPRS_IRET
1:	movq $SW_VECTOR_RESUME, F(SWF_VECTOR)
	jmp .Lslow

/*
 * One stub per vector, SW_STUB_STRIDE bytes each so that switcher_pages.c can
 * compute gate addresses: `push $0` (or a 2-byte nop where the CPU pushed an
 * error code), `push $vector` as an imm8, `jmp rel32` to the common path.
 */
	.globl tandem_switcher_stubs
tandem_switcher_stubs:
	.set .Lv, 0
	.rept 256
	.if TANDEM_HAS_ERROR_CODE(.Lv)
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
