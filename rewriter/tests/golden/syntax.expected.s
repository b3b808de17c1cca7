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
1:
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_0
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	11
	.quad	0
	.quad	0
	.popsection
2:
.Ltandem_site_1:
	call	__vmlib_site	# a trailing comment ; with a semicolon
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_1
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	12
	.quad	0
	.quad	0
	.popsection
foo: bar:
.Ltandem_site_2:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_2
	.short	5	# TANDEM_SITE_HLT
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	13
	.quad	0
	.quad	0
	.popsection
.Lretry:
.Ltandem_site_3:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_3
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	14
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_4:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_4
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	15
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_5:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_5
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	15
	.quad	0
	.quad	0
	.popsection
	movq %rax, %rbx
.Ltandem_site_6:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_6
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	16
	.quad	0
	.quad	0
	.popsection
	movq %rbx, %rcx
.Ltandem_site_7:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_7
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	17
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_8:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_8
	.short	5	# TANDEM_SITE_HLT
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	17
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_9:
	call	__vmlib_site	# three sites on one line
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_9
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	17
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_10:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_10
	.short	3	# TANDEM_SITE_PUSHF
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	18
	.quad	0
	.quad	0
	.popsection
	nop	/* a comment */
.Ltandem_site_11:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_11
	.short	4	# TANDEM_SITE_POPF
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	19
	.quad	0
	.quad	0
	.popsection
	/* another */ ; nop
	/* comment before */
.Ltandem_site_12:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_12
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	20
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_13:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_13
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	21
	.quad	0
	.quad	0
	.popsection
	/* a block comment
	   that goes on ; cli
	   for lines */
.Ltandem_site_14:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_14
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	23
	.quad	0
	.quad	0
	.popsection
	/* only a comment: hlt */
# cli in a whole-line comment
/ cli in a '/' line comment
	// hlt in another
	nop; / sti after a statement separator
	.ascii	"cli; sti # not code"
	.string	"\"; hlt"
	movb	$'#', %al
.Ltandem_site_15:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_15
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	31
	.quad	0
	.quad	0
	.popsection
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
.Ltandem_site_16:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_16
	.short	30	# TANDEM_SITE_WBINVD
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	55
	.quad	0
	.quad	0
	.popsection
	.popsection
	.cfi_endproc
.LFE0:
	.size	syntax, .-syntax
	.section	.note.GNU-stack,"",@progbits
