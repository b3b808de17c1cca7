# Sensitive instructions inside bodies that gas expands several times get a
# numeric local label, so each expansion defines its own.
	.text
.macro	SAVE_AND_DISABLE reg
918273645:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	918273645b
	.short	3	# TANDEM_SITE_PUSHF
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	5
	.quad	0
	.quad	0
	.popsection
	popq	\reg
918273645:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	918273645b
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	7
	.quad	0
	.quad	0
	.popsection
.endm
.macro	OUTER
	.rept	2
918273645:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	918273645b
	.short	5	# TANDEM_SITE_HLT
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	11
	.quad	0
	.quad	0
	.popsection
	.endr
.endm
	.globl	macros
macros:
	SAVE_AND_DISABLE %rax
	SAVE_AND_DISABLE %rbx
	OUTER
	.irp	port, 0x60, 0x64
918273645:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	918273645b
	.short	6	# TANDEM_SITE_IN
	.byte	3, 1, 0, 0, 255, 255, 0, 0
	.short	\port
	.long	20
	.quad	0
	.quad	0
	.popsection
	.endr
	.rept	3
918273645:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	918273645b
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	23
	.quad	0
	.quad	0
	.popsection
	.endr
.Ltandem_site_5:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_5
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	25
	.quad	0
	.quad	0
	.popsection
	ret
