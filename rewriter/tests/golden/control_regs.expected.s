# mov to and from control and debug registers.
	.text
	.globl	control_regs
control_regs:
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_0
	.short	22	# TANDEM_SITE_MOV_FROM_CR
	.byte	1, 8, 0, 0, 255, 255, 0, 0
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
	.short	21	# TANDEM_SITE_MOV_TO_CR
	.byte	1, 8, 0, 0, 255, 255, 0, 0
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
	.short	22	# TANDEM_SITE_MOV_FROM_CR
	.byte	1, 8, 1, 2, 255, 255, 0, 0
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
	.short	22	# TANDEM_SITE_MOV_FROM_CR
	.byte	1, 8, 2, 3, 255, 255, 0, 0
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
	.short	21	# TANDEM_SITE_MOV_TO_CR
	.byte	1, 8, 3, 3, 255, 255, 0, 0
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
	.short	22	# TANDEM_SITE_MOV_FROM_CR
	.byte	1, 8, 4, 4, 255, 255, 0, 0
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
	.short	21	# TANDEM_SITE_MOV_TO_CR
	.byte	1, 8, 5, 4, 255, 255, 0, 0
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
	.short	22	# TANDEM_SITE_MOV_FROM_CR
	.byte	1, 8, 6, 8, 255, 255, 0, 0
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
	.short	21	# TANDEM_SITE_MOV_TO_CR
	.byte	1, 8, 7, 8, 255, 255, 0, 0
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
	.short	22	# TANDEM_SITE_MOV_FROM_CR
	.byte	1, 8, 8, 3, 255, 255, 0, 0
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
	.short	21	# TANDEM_SITE_MOV_TO_CR
	.byte	1, 8, 15, 3, 255, 255, 0, 0
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
	.short	24	# TANDEM_SITE_MOV_FROM_DR
	.byte	1, 8, 0, 0, 255, 255, 0, 0
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
	.short	23	# TANDEM_SITE_MOV_TO_DR
	.byte	1, 8, 0, 1, 255, 255, 0, 0
	.short	0
	.long	17
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_13:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_13
	.short	24	# TANDEM_SITE_MOV_FROM_DR
	.byte	1, 8, 10, 2, 255, 255, 0, 0
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
	.short	23	# TANDEM_SITE_MOV_TO_DR
	.byte	1, 8, 11, 3, 255, 255, 0, 0
	.short	0
	.long	19
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_15:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_15
	.short	24	# TANDEM_SITE_MOV_FROM_DR
	.byte	1, 8, 12, 6, 255, 255, 0, 0
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
	.short	23	# TANDEM_SITE_MOV_TO_DR
	.byte	1, 8, 13, 7, 255, 255, 0, 0
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
	.short	24	# TANDEM_SITE_MOV_FROM_DR
	.byte	1, 8, 1, 4, 255, 255, 0, 0
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
	.short	23	# TANDEM_SITE_MOV_TO_DR
	.byte	1, 8, 1, 5, 255, 255, 0, 0
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
	.short	22	# TANDEM_SITE_MOV_FROM_CR
	.byte	1, 8, 0, 3, 255, 255, 0, 0
	.short	0
	.long	24
	.quad	0
	.quad	0
	.popsection
	ret
