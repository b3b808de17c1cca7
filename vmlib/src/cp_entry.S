/*
 * vmlib's assembly for composite mode (platform.h section 8b): where the
 * module starts the vCPU, where it reflects guest events (the upcall
 * entry), and the hypercall instruction.  The C++ side is cp_backend.cpp.
 */
#define TANDEM_HYPERCALL_VECTOR 31	/* platform.h; checked in cp_backend.cpp */

	.text

/* First guest code in composite mode: the module enters here on vmlib's boot stack. */
	.globl	vmlib_cp_boot_asm
	.type	vmlib_cp_boot_asm, @function
vmlib_cp_boot_asm:
	andq	$-16, %rsp
	call	vmlib_cp_boot
	ud2
	.size	vmlib_cp_boot_asm, .-vmlib_cp_boot_asm

/*
 * The upcall entry: the module wrote the interrupted registers and the
 * event into g_cp_event and resumes the guest here, on vmlib's event stack.
 * vmlib_cp_event never returns: it resumes the guest itself.
 */
	.globl	vmlib_cp_event_asm
	.type	vmlib_cp_event_asm, @function
vmlib_cp_event_asm:
	andq	$-16, %rsp
	cld
	call	vmlib_cp_event
	ud2
	.size	vmlib_cp_event_asm, .-vmlib_cp_event_asm

/* long vmlib_hypercall(long nr, long a1, long a2): RAX = nr, RDI, RSI = arguments. */
	.globl	vmlib_hypercall
	.type	vmlib_hypercall, @function
vmlib_hypercall:
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	int	$TANDEM_HYPERCALL_VECTOR
	ret
	.size	vmlib_hypercall, .-vmlib_hypercall

	.section .note.GNU-stack,"",@progbits
