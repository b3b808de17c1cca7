# Parsing: labels, ';'-separated statements, comments, strings, prefixes and
# instructions that only look sensitive.
	.file	"syntax.c"
	.text
	.p2align 4
	.globl	syntax
	.type	syntax, @function
syntax:
.LFB0:
	.cfi_startproc
1:	cli
2: sti # a trailing comment ; with a semicolon
foo: bar:	hlt
.Lretry:cli
	cli; sti
	movq %rax, %rbx; cli; movq %rbx, %rcx
	cli ; hlt ; sti	# three sites on one line
	pushfq ;
	nop	/* a comment */ ; popfq /* another */ ; nop
	/* comment before */ cli
	cli /* a block comment
	   that goes on ; cli
	   for lines */ sti
	/* only a comment: hlt */
# cli in a whole-line comment
/ cli in a '/' line comment
	// hlt in another
	nop; / sti after a statement separator
	.ascii	"cli; sti # not code"
	.string	"\"; hlt"
	movb	$'#', %al ; cli
	movb	$';', %al
	lock incl (%rax)
	rep movsb
	rep
	stosq
	mov	%fs:0x28, %rax
	mov	%rax, %gs:8(%rbx)
	movw	%ax, (%rbx)
	push	%rax
	pop	%r12
	int3
	ud2
	syscall
	rdtsc
	jmp	*%rax
	call	foo
	x = 5
	.set	y, 6
	.section .data
	.quad	1
	.byte	0xfa	# the cli opcode as data
	.section .text
	.pushsection .text.unlikely,"ax",@progbits
	wbinvd
	.popsection
	.cfi_endproc
.LFE0:
	.size	syntax, .-syntax
	.section	.note.GNU-stack,"",@progbits
