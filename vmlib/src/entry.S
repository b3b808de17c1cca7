/*
 * vmlib's assembly: the entry of every rewritten site, the two ways back into
 * the guest (kernel and user mode), and the switch between the host (vmproc)
 * and the guest in user-only mode.  The C++ side is in sites.cpp and
 * uo_backend.cpp; docs/ARCHITECTURE.md draws the flow.
 */
#define REGS_SIZE	144	/* sizeof(struct tandem_regs) */
#define SITE_GAP	256	/* room below the site's RSP for pushes the emulation makes */
#define PRIVATE_STACK_SIZE	16384

/*
 * The private stack of swapgs/sysretq sites (platform.h section 5).  The
 * slot holds the stack's top while no such site runs; the site's
 * `xchgq %rsp, __vmlib_private_rsp(%rip)` leaves the guest's RSP in it, and
 * vmlib_site_dispatch puts the top back.
 */
	.bss
	.balign	16
	.globl	__vmlib_private_stack
__vmlib_private_stack:
	.skip	PRIVATE_STACK_SIZE
	.globl	__vmlib_private_stack_top
__vmlib_private_stack_top:
	.data
	.balign	8
	.globl	__vmlib_private_rsp
__vmlib_private_rsp:
	.quad	__vmlib_private_stack_top

	.text

/*
 * __vmlib_site: target of every `call` the rewriter emits.  Stack on entry:
 * [rsp] = return address, and the guest kernel's stack above it (guests are
 * built without a red zone, so everything below RSP is free).  Clears DF
 * for the C++ code once the flags are saved.  Saves the full register
 * state as a struct tandem_regs, leaving SITE_GAP bytes free below
 * the original stack pointer for emulated pushes (pushf, interrupt frames),
 * and hands it to vmlib_site_dispatch, which never returns here: it resumes
 * the guest through vmlib_resume_kernel_asm or vmlib_enter_user_asm.
 */
	.globl	__vmlib_site
	.type	__vmlib_site, @function
__vmlib_site:
	pushfq
	cld				/* the guest may run with DF=1; C++ code must not */
	leaq	-(SITE_GAP + REGS_SIZE)(%rsp), %rsp
	movq	%rax, 0(%rsp)
	movq	%rcx, 8(%rsp)
	movq	%rdx, 16(%rsp)
	movq	%rbx, 24(%rsp)
	movq	%rbp, 40(%rsp)
	movq	%rsi, 48(%rsp)
	movq	%rdi, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	movq	%r10, 80(%rsp)
	movq	%r11, 88(%rsp)
	movq	%r12, 96(%rsp)
	movq	%r13, 104(%rsp)
	movq	%r14, 112(%rsp)
	movq	%r15, 120(%rsp)
	leaq	(REGS_SIZE + SITE_GAP + 16)(%rsp), %rax	/* RSP before the call */
	movq	%rax, 32(%rsp)
	movq	(REGS_SIZE + SITE_GAP + 8)(%rsp), %rax	/* return address */
	movq	%rax, 128(%rsp)
	movq	(REGS_SIZE + SITE_GAP)(%rsp), %rax		/* flags */
	movq	%rax, 136(%rsp)
	movq	%rsp, %rdi
	andq	$-16, %rsp
	call	vmlib_site_dispatch
	ud2
	.size	__vmlib_site, .-__vmlib_site

/*
 * Pops a resume area (rax..r15 without rsp, rflags, rsp) from the current
 * stack pointer; the guest's own RSP is the last thing loaded.
 */
.macro POP_GUEST_REGISTERS
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rbx
	popq	%rbp
	popq	%rsi
	popq	%rdi
	popq	%r8
	popq	%r9
	popq	%r10
	popq	%r11
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popfq
	popq	%rsp
.endm

/*
 * vmlib_resume_kernel_asm(area): loads the guest registers from a resume
 * area (rax..r15 without rsp, rflags, rsp, rip) and jumps into the guest.
 * Nothing is written below the guest's RSP, which may be a user stack
 * pointer (after a swapgs site).  The area is g_kernel_area, which no
 * signal handler touches, so a host signal between the last pop and the
 * jump (in vmlib's text: deferred) cannot change it.
 */
	.globl	vmlib_resume_kernel_asm
	.type	vmlib_resume_kernel_asm, @function
vmlib_resume_kernel_asm:
	movq	%rdi, %rsp
	POP_GUEST_REGISTERS
	jmp	*(g_kernel_area + 17 * 8)(%rip)
	.size	vmlib_resume_kernel_asm, .-vmlib_resume_kernel_asm

/*
 * vmlib_enter_user_asm: enters guest user mode from g_user_area (same layout
 * plus the RIP).  Nothing may be written below the user's RSP (user code has
 * a red zone), so the final jump goes through memory.  A host signal that
 * lands between the begin and end labels is treated as if it had arrived in
 * user mode at the area's state (uo_signals.cpp), which makes entry atomic.
 */
	.globl	vmlib_enter_user_asm
	.globl	__vmlib_enter_user_begin
	.globl	__vmlib_enter_user_end
	.type	vmlib_enter_user_asm, @function
vmlib_enter_user_asm:
__vmlib_enter_user_begin:
	leaq	g_user_area(%rip), %rsp
	POP_GUEST_REGISTERS
	jmp	*(g_user_area + 18 * 8)(%rip)
__vmlib_enter_user_end:
	.size	vmlib_enter_user_asm, .-vmlib_enter_user_asm

/* Where a host signal handler sends the vCPU to stop it for good (on vmlib's own stack). */
	.globl	vmlib_fatal_trampoline
	.type	vmlib_fatal_trampoline, @function
vmlib_fatal_trampoline:
	andq	$-16, %rsp
	call	vmlib_fatal_loop
	ud2
	.size	vmlib_fatal_trampoline, .-vmlib_fatal_trampoline

	.section .note.GNU-stack,"",@progbits
