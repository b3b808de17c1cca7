# Every FORM_NONE kind, in each accepted spelling.
	.text
	.globl	no_operand
no_operand:
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_0
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	5
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_1:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_1
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	6
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_2:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_2
	.short	3	# TANDEM_SITE_PUSHF
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	7
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_3:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_3
	.short	3	# TANDEM_SITE_PUSHF
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	8
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_4:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_4
	.short	4	# TANDEM_SITE_POPF
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	9
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_5:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_5
	.short	4	# TANDEM_SITE_POPF
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	10
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_6:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_6
	.short	5	# TANDEM_SITE_HLT
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	11
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_7:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_7
	.short	20	# TANDEM_SITE_CLTS
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	12
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_8:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_8
	.short	25	# TANDEM_SITE_RDMSR
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	13
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_9:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_9
	.short	26	# TANDEM_SITE_WRMSR
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	14
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_10:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_10
	.short	27	# TANDEM_SITE_RDPMC
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	15
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_11:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_11
	.short	30	# TANDEM_SITE_WBINVD
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	16
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_12:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_12
	.short	31	# TANDEM_SITE_INVD
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	17
	.quad	0
	.quad	0
	.popsection
	xchgq	%rsp, __vmlib_private_rsp(%rip)
.Ltandem_site_13:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_13
	.short	32	# TANDEM_SITE_SWAPGS
	.byte	0, 0, 255, 0, 255, 255, 0, 2
	.short	0
	.long	18
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_14:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_14
	.short	33	# TANDEM_SITE_IRETQ
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	19
	.quad	0
	.quad	0
	.popsection
	xchgq	%rsp, __vmlib_private_rsp(%rip)
.Ltandem_site_15:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_15
	.short	34	# TANDEM_SITE_SYSRETQ
	.byte	0, 8, 255, 0, 255, 255, 0, 2
	.short	0
	.long	20
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_16:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_16
	.short	35	# TANDEM_SITE_STAC
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	21
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_17:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_17
	.short	36	# TANDEM_SITE_CLAC
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	22
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_18:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_18
	.short	37	# TANDEM_SITE_XSETBV
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	23
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_19:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_19
	.short	38	# TANDEM_SITE_MONITOR
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	24
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_20:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_20
	.short	38	# TANDEM_SITE_MONITOR
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	25
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_21:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_21
	.short	38	# TANDEM_SITE_MONITOR
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	26
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_22:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_22
	.short	39	# TANDEM_SITE_MWAIT
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	27
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_23:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_23
	.short	39	# TANDEM_SITE_MWAIT
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	28
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_24:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_24
	.short	39	# TANDEM_SITE_MWAIT
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	29
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_25:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_25
	.short	40	# TANDEM_SITE_CPUID
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	30
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_26:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_26
	.short	45	# TANDEM_SITE_LRETQ
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	31
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_27:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_27
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	32
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_28:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_28
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	33
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_29:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_29
	.short	33	# TANDEM_SITE_IRETQ
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	34
	.quad	0
	.quad	0
	.popsection
	ret
