# Every FORM_NONE kind, in each accepted spelling.
	.text
	.globl	no_operand
no_operand:
	cli
	sti
	pushf
	pushfq
	popf
	popfq
	hlt
	clts
	rdmsr
	wrmsr
	rdpmc
	wbinvd
	invd
	swapgs
	iretq
	sysretq
	stac
	clac
	xsetbv
	monitor
	monitor	%rax,%ecx,%edx
	monitor	%rax, %rcx, %rdx
	mwait
	mwait	%eax,%ecx
	mwait	%rax, %rcx
	cpuid
	lretq
	CLI
	Sti
	IRETQ
	ret
