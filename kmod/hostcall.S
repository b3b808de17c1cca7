/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hostcall.S: hand an interrupt or NMI that arrived while the guest ran to
 * the host's own handler.
 *
 * By the time run.c knows what the guest was interrupted by, the CPU has
 * already delivered it, through the VM's IDT: for an external interrupt the
 * local APIC has it in service and will not deliver it again, so merely
 * re-enabling interrupts would lose it (and block that priority class until
 * an EOI that never comes).  Instead the host's handler is called the way
 * the CPU would have called it, on a synthetic interrupt frame that looks
 * like "interrupted in the kernel with interrupts off"; its iretq returns
 * here.  For an NMI this is the host's non-IST NMI entry, and its iretq is
 * what finally unblocks NMIs.
 */
#include <linux/linkage.h>
#include <asm/nospec-branch.h>
#include <asm/segment.h>

	.text
/* void tandem_call_host_vector(unsigned long entry): called with interrupts off. */
SYM_FUNC_START(tandem_call_host_vector)
	push %rbp
	mov %rsp, %rbp
	and $-16, %rsp		/* the CPU aligns the stack before pushing a frame */
	push $__KERNEL_DS
	push %rbp
	pushf
	push $__KERNEL_CS
	CALL_NOSPEC rdi
	/* The handler's iretq already restored RSP; say so to objtool too. */
	mov %rbp, %rsp
	pop %rbp
	RET
SYM_FUNC_END(tandem_call_host_vector)
