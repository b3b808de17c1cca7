/*
 * Moving the vCPU between space processes (uo_spaces.cpp).  The guest
 * kernel's stack and everything vmlib keeps lives in guest memory, mapped at
 * the same address in every space, so a context saved by one space can be
 * resumed by another: the callee-saved registers and the stack pointer of
 * the hand-off's caller are all it takes.  The space that hands over waits
 * on its own idle stack (its local area): the stack it was on goes on being
 * used by the vCPU in the other space.
 */
	.text

/* void vmlib_space_migrate(u32 target, u64 idle_stack_top)
 * Returns in whichever space next holds the vCPU (the target, normally). */
	.globl	vmlib_space_migrate
	.type	vmlib_space_migrate, @function
vmlib_space_migrate:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, vmlib_migrate_rsp(%rip)
	movq	%rsi, %rsp
	call	vmlib_space_hand_off
	jmp	vmlib_space_resume
	.size	vmlib_space_migrate, .-vmlib_space_migrate

/* [[noreturn]] void vmlib_space_idle(u64 idle_stack_top)
 * A space that has never held the vCPU waits for it on its idle stack. */
	.globl	vmlib_space_idle
	.type	vmlib_space_idle, @function
vmlib_space_idle:
	movq	%rdi, %rsp
	call	vmlib_space_wait_turn
	/* fall through */
	.size	vmlib_space_idle, .-vmlib_space_idle

/* Resumes the context the last hand-off saved, in this space. */
	.type	vmlib_space_resume, @function
vmlib_space_resume:
	movq	vmlib_migrate_rsp(%rip), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	vmlib_space_resume, .-vmlib_space_resume
	.section .note.GNU-stack,"",@progbits
