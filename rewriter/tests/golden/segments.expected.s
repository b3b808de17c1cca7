# Segment registers (virtualized) and FS/GS base instructions.
	.text
	.globl	segments
segments:
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_0
	.short	41	# TANDEM_SITE_MOV_TO_SEG
	.byte	1, 2, 0, 3, 255, 255, 0, 0
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
	.short	41	# TANDEM_SITE_MOV_TO_SEG
	.byte	1, 4, 0, 0, 255, 255, 0, 0
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
	.short	41	# TANDEM_SITE_MOV_TO_SEG
	.byte	1, 8, 0, 2, 255, 255, 0, 0
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
	.short	41	# TANDEM_SITE_MOV_TO_SEG
	.byte	1, 2, 1, 4, 255, 255, 0, 0
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
	.short	41	# TANDEM_SITE_MOV_TO_SEG
	.byte	1, 4, 2, 5, 255, 255, 0, 0
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
	.short	41	# TANDEM_SITE_MOV_TO_SEG
	.byte	2, 2, 255, 3, 4, 255, 1, 0
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
	.short	41	# TANDEM_SITE_MOV_TO_SEG
	.byte	2, 2, 255, 2, 16, 255, 1, 0
	.short	0
	.long	11
	.quad	sel
	.quad	0
	.popsection
.Ltandem_site_7:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_7
	.short	42	# TANDEM_SITE_MOV_FROM_SEG
	.byte	1, 2, 0, 3, 255, 255, 0, 0
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
	.short	42	# TANDEM_SITE_MOV_FROM_SEG
	.byte	1, 4, 3, 0, 255, 255, 0, 0
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
	.short	42	# TANDEM_SITE_MOV_FROM_SEG
	.byte	1, 8, 1, 1, 255, 255, 0, 0
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
	.short	42	# TANDEM_SITE_MOV_FROM_SEG
	.byte	1, 2, 8, 2, 255, 255, 0, 0
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
	.short	42	# TANDEM_SITE_MOV_FROM_SEG
	.byte	1, 4, 9, 4, 255, 255, 0, 0
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
	.short	42	# TANDEM_SITE_MOV_FROM_SEG
	.byte	1, 8, 10, 5, 255, 255, 0, 0
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
	.short	42	# TANDEM_SITE_MOV_FROM_SEG
	.byte	2, 2, 255, 1, 7, 255, 1, 0
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
	.short	42	# TANDEM_SITE_MOV_FROM_SEG
	.byte	2, 2, 255, 3, 16, 255, 1, 0
	.short	0
	.long	19
	.quad	saved_ds
	.quad	0
	.popsection
.Ltandem_site_15:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_15
	.short	43	# TANDEM_SITE_PUSH_SEG
	.byte	0, 8, 255, 4, 255, 255, 0, 0
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
	.short	43	# TANDEM_SITE_PUSH_SEG
	.byte	0, 8, 255, 5, 255, 255, 0, 0
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
	.short	43	# TANDEM_SITE_PUSH_SEG
	.byte	0, 8, 255, 1, 255, 255, 0, 0
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
	.short	43	# TANDEM_SITE_PUSH_SEG
	.byte	0, 8, 255, 3, 255, 255, 0, 0
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
	.short	43	# TANDEM_SITE_PUSH_SEG
	.byte	0, 8, 255, 0, 255, 255, 0, 0
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
	.short	43	# TANDEM_SITE_PUSH_SEG
	.byte	0, 8, 255, 2, 255, 255, 0, 0
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
	.short	44	# TANDEM_SITE_POP_SEG
	.byte	0, 8, 255, 4, 255, 255, 0, 0
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
	.short	44	# TANDEM_SITE_POP_SEG
	.byte	0, 8, 255, 5, 255, 255, 0, 0
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
	.short	44	# TANDEM_SITE_POP_SEG
	.byte	0, 8, 255, 3, 255, 255, 0, 0
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
	.short	44	# TANDEM_SITE_POP_SEG
	.byte	0, 8, 255, 0, 255, 255, 0, 0
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
	.short	44	# TANDEM_SITE_POP_SEG
	.byte	0, 8, 255, 2, 255, 255, 0, 0
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
	.short	46	# TANDEM_SITE_RDFSBASE
	.byte	1, 8, 0, 0, 255, 255, 0, 0
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
	.short	47	# TANDEM_SITE_RDGSBASE
	.byte	1, 8, 8, 0, 255, 255, 0, 0
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
	.short	48	# TANDEM_SITE_WRFSBASE
	.byte	1, 8, 7, 0, 255, 255, 0, 0
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
	.short	49	# TANDEM_SITE_WRGSBASE
	.byte	1, 4, 15, 0, 255, 255, 0, 0
	.short	0
	.long	34
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_30:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_30
	.short	46	# TANDEM_SITE_RDFSBASE
	.byte	1, 4, 0, 0, 255, 255, 0, 0
	.short	0
	.long	35
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_31:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_31
	.short	49	# TANDEM_SITE_WRGSBASE
	.byte	1, 8, 6, 0, 255, 255, 0, 0
	.short	0
	.long	36
	.quad	0
	.quad	0
	.popsection
	ret
