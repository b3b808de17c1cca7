# Sensitive instructions inside bodies that gas expands several times get a
# numeric local label, so each expansion defines its own.
	.text
.macro	SAVE_AND_DISABLE reg
	pushfq
	popq	\reg
	cli
.endm
.macro	OUTER
	.rept	2
	hlt
	.endr
.endm
	.globl	macros
macros:
	SAVE_AND_DISABLE %rax
	SAVE_AND_DISABLE %rbx
	OUTER
	.irp	port, 0x60, 0x64
	inb	$\port, %al
	.endr
	.rept	3
	sti
	.endr
	cli
	ret
