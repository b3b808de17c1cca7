/*
 * Raw host system calls for vmlib.  They live in vmlib's text, which is the
 * range Syscall User Dispatch always lets through, so vmlib can reach the
 * host kernel while guest code (whose syscalls must trap) is current.
 */
	.text
	.globl	vmlib_host_syscall
	.type	vmlib_host_syscall, @function
/* long vmlib_host_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6) */
vmlib_host_syscall:
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	%r8, %r10
	movq	%r9, %r8
	movq	8(%rsp), %r9
	syscall
	ret
	.size	vmlib_host_syscall, .-vmlib_host_syscall

/* Signal restorer: rt_sigreturn must itself come from the allowed range. */
	.globl	vmlib_sigreturn
	.type	vmlib_sigreturn, @function
vmlib_sigreturn:
	movl	$15, %eax
	syscall
	ud2
	.size	vmlib_sigreturn, .-vmlib_sigreturn
	.section .note.GNU-stack,"",@progbits
