# in/out with immediate and %dx ports in every width; ins/outs with and
# without rep, the prefix on the same line, after ';' or on the line before.
	.text
	.globl	port_io
port_io:
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_0
	.short	6	# TANDEM_SITE_IN
	.byte	3, 1, 0, 0, 255, 255, 0, 0
	.short	0x60
	.long	6
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_1:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_1
	.short	6	# TANDEM_SITE_IN
	.byte	3, 2, 0, 0, 255, 255, 0, 0
	.short	0x60
	.long	7
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_2:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_2
	.short	6	# TANDEM_SITE_IN
	.byte	3, 4, 0, 0, 255, 255, 0, 0
	.short	0x60
	.long	8
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_3:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_3
	.short	6	# TANDEM_SITE_IN
	.byte	3, 1, 0, 0, 255, 255, 0, 0
	.short	96
	.long	9
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_4:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_4
	.short	6	# TANDEM_SITE_IN
	.byte	3, 2, 0, 0, 255, 255, 0, 0
	.short	0x71
	.long	10
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_5:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_5
	.short	6	# TANDEM_SITE_IN
	.byte	3, 4, 0, 0, 255, 255, 0, 0
	.short	PORT_BASE+4
	.long	11
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_6:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_6
	.short	6	# TANDEM_SITE_IN
	.byte	4, 1, 0, 0, 255, 255, 0, 0
	.short	0
	.long	12
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_7:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_7
	.short	6	# TANDEM_SITE_IN
	.byte	4, 2, 0, 0, 255, 255, 0, 0
	.short	0
	.long	13
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_8:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_8
	.short	6	# TANDEM_SITE_IN
	.byte	4, 4, 0, 0, 255, 255, 0, 0
	.short	0
	.long	14
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_9:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_9
	.short	6	# TANDEM_SITE_IN
	.byte	3, 1, 0, 0, 255, 255, 0, 0
	.short	0x61
	.long	15
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_10:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_10
	.short	6	# TANDEM_SITE_IN
	.byte	4, 4, 0, 0, 255, 255, 0, 0
	.short	0
	.long	16
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_11:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_11
	.short	7	# TANDEM_SITE_OUT
	.byte	3, 1, 0, 0, 255, 255, 0, 0
	.short	0x80
	.long	17
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_12:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_12
	.short	7	# TANDEM_SITE_OUT
	.byte	3, 2, 0, 0, 255, 255, 0, 0
	.short	0x80
	.long	18
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_13:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_13
	.short	7	# TANDEM_SITE_OUT
	.byte	3, 4, 0, 0, 255, 255, 0, 0
	.short	0xff
	.long	19
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_14:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_14
	.short	7	# TANDEM_SITE_OUT
	.byte	4, 1, 0, 0, 255, 255, 0, 0
	.short	0
	.long	20
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_15:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_15
	.short	7	# TANDEM_SITE_OUT
	.byte	4, 2, 0, 0, 255, 255, 0, 0
	.short	0
	.long	21
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_16:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_16
	.short	7	# TANDEM_SITE_OUT
	.byte	4, 4, 0, 0, 255, 255, 0, 0
	.short	0
	.long	22
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_17:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_17
	.short	7	# TANDEM_SITE_OUT
	.byte	3, 1, 0, 0, 255, 255, 0, 0
	.short	0x80
	.long	23
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_18:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_18
	.short	7	# TANDEM_SITE_OUT
	.byte	4, 2, 0, 0, 255, 255, 0, 0
	.short	0
	.long	24
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_19:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_19
	.short	8	# TANDEM_SITE_INS
	.byte	4, 1, 255, 0, 255, 255, 0, 0
	.short	0
	.long	25
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_20:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_20
	.short	8	# TANDEM_SITE_INS
	.byte	4, 2, 255, 0, 255, 255, 0, 0
	.short	0
	.long	26
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_21:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_21
	.short	8	# TANDEM_SITE_INS
	.byte	4, 4, 255, 0, 255, 255, 0, 0
	.short	0
	.long	27
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_22:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_22
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 1, 255, 0, 255, 255, 0, 0
	.short	0
	.long	28
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_23:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_23
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 2, 255, 0, 255, 255, 0, 0
	.short	0
	.long	29
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_24:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_24
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 4, 255, 0, 255, 255, 0, 0
	.short	0
	.long	30
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_25:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_25
	.short	8	# TANDEM_SITE_INS
	.byte	4, 1, 255, 0, 255, 255, 0, 1
	.short	0
	.long	31
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_26:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_26
	.short	8	# TANDEM_SITE_INS
	.byte	4, 2, 255, 0, 255, 255, 0, 1
	.short	0
	.long	32
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_27:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_27
	.short	8	# TANDEM_SITE_INS
	.byte	4, 4, 255, 0, 255, 255, 0, 1
	.short	0
	.long	33
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_28:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_28
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 1, 255, 0, 255, 255, 0, 1
	.short	0
	.long	34
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_29:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_29
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 2, 255, 0, 255, 255, 0, 1
	.short	0
	.long	35
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_30:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_30
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 4, 255, 0, 255, 255, 0, 1
	.short	0
	.long	36
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_31:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_31
	.short	8	# TANDEM_SITE_INS
	.byte	4, 1, 255, 0, 255, 255, 0, 1
	.short	0
	.long	37
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_32:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_32
	.short	8	# TANDEM_SITE_INS
	.byte	4, 2, 255, 0, 255, 255, 0, 1
	.short	0
	.long	39
	.quad	0
	.quad	0
	.popsection
	# count in %rcx
.Ltandem_site_33:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_33
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 4, 255, 0, 255, 255, 0, 1
	.short	0
	.long	41
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_34:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_34
	.short	8	# TANDEM_SITE_INS
	.byte	4, 1, 255, 0, 255, 255, 0, 0
	.short	0
	.long	42
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_35:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_35
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 2, 255, 0, 255, 255, 0, 1
	.short	0
	.long	43
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_36:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_36
	.short	9	# TANDEM_SITE_OUTS
	.byte	4, 4, 255, 0, 255, 255, 0, 0
	.short	0
	.long	44
	.quad	0
	.quad	0
	.popsection
	ret
