# mov to and from control and debug registers.
	.text
	.globl	control_regs
control_regs:
	mov	%cr0, %rax
	mov	%rax, %cr0
	mov	%cr2, %rcx
	mov	%cr3, %rdx
	mov	%rbx, %cr3
	movq	%cr4, %rsp
	movq	%rbp, %cr4
	mov	%cr8, %rsi
	mov	%rdi, %cr8
	mov	%cr3, %r8
	mov	%r15, %cr3
	mov	%db0, %rax
	mov	%rax, %db1
	mov	%dr2, %r10
	mov	%r11, %dr3
	movq	%db6, %r12
	movq	%r13, %db7
	mov	%dr4, %rcx
	mov	%rcx, %dr5
	MOV	%CR3, %RAX
	ret
