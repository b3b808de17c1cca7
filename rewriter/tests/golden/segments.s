# Segment registers (virtualized) and FS/GS base instructions.
	.text
	.globl	segments
segments:
	mov	%ax, %ds
	mov	%eax, %es
	mov	%rax, %ss
	movw	%cx, %fs
	movl	%edx, %gs
	mov	(%rsp), %ds
	movw	sel(%rip), %ss
	mov	%ds, %ax
	mov	%es, %ebx
	mov	%cs, %rcx
	movw	%ss, %r8w
	movl	%fs, %r9d
	movq	%gs, %r10
	mov	%cs, (%rdi)
	movw	%ds, saved_ds(%rip)
	push	%fs
	pushq	%gs
	push	%cs
	push	%ds
	push	%es
	push	%ss
	pop	%fs
	popq	%gs
	pop	%ds
	pop	%es
	pop	%ss
	rdfsbase	%rax
	rdgsbase	%r8
	wrfsbase	%rdi
	wrgsbase	%r15d
	rdfsbasel	%eax
	wrgsbaseq	%rsi
	ret
