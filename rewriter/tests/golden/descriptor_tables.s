# Descriptor-table and TLB instructions, with every memory-operand shape.
	.text
	.globl	descriptor_tables
descriptor_tables:
	lgdt	gdt_ptr(%rip)
	lidt	idt_ptr(%rip)
	sgdt	saved_gdt+8(%rip)
	sidt	-16(%rbp)
	lgdtq	(%rdi)
	lidtq	8(%rsp)
	sgdtq	(%r8,%r9,2)
	sidtq	0x10(,%rcx,8)
	lgdt	gdt_ptr
	lidt	0x1000
	sgdt	table+4(%r15,%r14)
	sidt	(%r13)
	lldt	%ax
	lldt	%r10w
	lldtw	(%rbx)
	lldt	ldt_selector(%rip)
	ltr	%ax
	ltr	%ecx
	ltrw	%dx
	ltr	tss_selector(%rip)
	sldt	%ax
	sldt	%eax
	sldt	%r11
	sldtw	(%rax)
	str	%bx
	strl	%ebx
	strq	%r12
	str	-2(%rbp)
	smsw	%ax
	smsw	%esi
	smsw	%rdi
	smsww	(%rdi)
	lmsw	%ax
	lmsww	%r9w
	lmsw	cr0_low(%rip)
	invlpg	(%rdi)
	invlpg	4096(%rax)
	invlpg	page(%rip)
	invlpg	(%rax,%rbx,4)
	invpcid	(%rsi), %rdi
	invpcid	desc(%rip), %r8
	ret
