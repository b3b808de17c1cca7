# Descriptor-table and TLB instructions, with every memory-operand shape.
	.text
	.globl	descriptor_tables
descriptor_tables:
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_0
	.short	10	# TANDEM_SITE_LGDT
	.byte	2, 0, 255, 0, 16, 255, 1, 0
	.short	0
	.long	5
	.quad	gdt_ptr
	.quad	0
	.popsection
.Ltandem_site_1:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_1
	.short	11	# TANDEM_SITE_LIDT
	.byte	2, 0, 255, 0, 16, 255, 1, 0
	.short	0
	.long	6
	.quad	idt_ptr
	.quad	0
	.popsection
.Ltandem_site_2:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_2
	.short	14	# TANDEM_SITE_SGDT
	.byte	2, 0, 255, 0, 16, 255, 1, 0
	.short	0
	.long	7
	.quad	saved_gdt+8
	.quad	0
	.popsection
.Ltandem_site_3:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_3
	.short	15	# TANDEM_SITE_SIDT
	.byte	2, 0, 255, 0, 5, 255, 1, 0
	.short	0
	.long	8
	.quad	-16
	.quad	0
	.popsection
.Ltandem_site_4:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_4
	.short	10	# TANDEM_SITE_LGDT
	.byte	2, 0, 255, 0, 7, 255, 1, 0
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
	.short	11	# TANDEM_SITE_LIDT
	.byte	2, 0, 255, 0, 4, 255, 1, 0
	.short	0
	.long	10
	.quad	8
	.quad	0
	.popsection
.Ltandem_site_6:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_6
	.short	14	# TANDEM_SITE_SGDT
	.byte	2, 0, 255, 0, 8, 9, 2, 0
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
	.short	15	# TANDEM_SITE_SIDT
	.byte	2, 0, 255, 0, 255, 1, 8, 0
	.short	0
	.long	12
	.quad	0x10
	.quad	0
	.popsection
.Ltandem_site_8:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_8
	.short	10	# TANDEM_SITE_LGDT
	.byte	2, 0, 255, 0, 255, 255, 1, 0
	.short	0
	.long	13
	.quad	gdt_ptr
	.quad	0
	.popsection
.Ltandem_site_9:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_9
	.short	11	# TANDEM_SITE_LIDT
	.byte	2, 0, 255, 0, 255, 255, 1, 0
	.short	0
	.long	14
	.quad	0x1000
	.quad	0
	.popsection
.Ltandem_site_10:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_10
	.short	14	# TANDEM_SITE_SGDT
	.byte	2, 0, 255, 0, 15, 14, 1, 0
	.short	0
	.long	15
	.quad	table+4
	.quad	0
	.popsection
.Ltandem_site_11:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_11
	.short	15	# TANDEM_SITE_SIDT
	.byte	2, 0, 255, 0, 13, 255, 1, 0
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
	.short	12	# TANDEM_SITE_LLDT
	.byte	1, 2, 0, 0, 255, 255, 0, 0
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
	.short	12	# TANDEM_SITE_LLDT
	.byte	1, 2, 10, 0, 255, 255, 0, 0
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
	.short	12	# TANDEM_SITE_LLDT
	.byte	2, 2, 255, 0, 3, 255, 1, 0
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
	.short	12	# TANDEM_SITE_LLDT
	.byte	2, 2, 255, 0, 16, 255, 1, 0
	.short	0
	.long	20
	.quad	ldt_selector
	.quad	0
	.popsection
.Ltandem_site_16:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_16
	.short	13	# TANDEM_SITE_LTR
	.byte	1, 2, 0, 0, 255, 255, 0, 0
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
	.short	13	# TANDEM_SITE_LTR
	.byte	1, 4, 1, 0, 255, 255, 0, 0
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
	.short	13	# TANDEM_SITE_LTR
	.byte	1, 2, 2, 0, 255, 255, 0, 0
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
	.short	13	# TANDEM_SITE_LTR
	.byte	2, 2, 255, 0, 16, 255, 1, 0
	.short	0
	.long	24
	.quad	tss_selector
	.quad	0
	.popsection
.Ltandem_site_20:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_20
	.short	16	# TANDEM_SITE_SLDT
	.byte	1, 2, 0, 0, 255, 255, 0, 0
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
	.short	16	# TANDEM_SITE_SLDT
	.byte	1, 4, 0, 0, 255, 255, 0, 0
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
	.short	16	# TANDEM_SITE_SLDT
	.byte	1, 8, 11, 0, 255, 255, 0, 0
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
	.short	16	# TANDEM_SITE_SLDT
	.byte	2, 2, 255, 0, 0, 255, 1, 0
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
	.short	17	# TANDEM_SITE_STR
	.byte	1, 2, 3, 0, 255, 255, 0, 0
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
	.short	17	# TANDEM_SITE_STR
	.byte	1, 4, 3, 0, 255, 255, 0, 0
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
	.short	17	# TANDEM_SITE_STR
	.byte	1, 8, 12, 0, 255, 255, 0, 0
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
	.short	17	# TANDEM_SITE_STR
	.byte	2, 2, 255, 0, 5, 255, 1, 0
	.short	0
	.long	32
	.quad	-2
	.quad	0
	.popsection
.Ltandem_site_28:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_28
	.short	18	# TANDEM_SITE_SMSW
	.byte	1, 2, 0, 0, 255, 255, 0, 0
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
	.short	18	# TANDEM_SITE_SMSW
	.byte	1, 4, 6, 0, 255, 255, 0, 0
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
	.short	18	# TANDEM_SITE_SMSW
	.byte	1, 8, 7, 0, 255, 255, 0, 0
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
	.short	18	# TANDEM_SITE_SMSW
	.byte	2, 2, 255, 0, 7, 255, 1, 0
	.short	0
	.long	36
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_32:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_32
	.short	19	# TANDEM_SITE_LMSW
	.byte	1, 2, 0, 0, 255, 255, 0, 0
	.short	0
	.long	37
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_33:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_33
	.short	19	# TANDEM_SITE_LMSW
	.byte	1, 2, 9, 0, 255, 255, 0, 0
	.short	0
	.long	38
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_34:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_34
	.short	19	# TANDEM_SITE_LMSW
	.byte	2, 2, 255, 0, 16, 255, 1, 0
	.short	0
	.long	39
	.quad	cr0_low
	.quad	0
	.popsection
.Ltandem_site_35:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_35
	.short	28	# TANDEM_SITE_INVLPG
	.byte	2, 0, 255, 0, 7, 255, 1, 0
	.short	0
	.long	40
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_36:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_36
	.short	28	# TANDEM_SITE_INVLPG
	.byte	2, 0, 255, 0, 0, 255, 1, 0
	.short	0
	.long	41
	.quad	4096
	.quad	0
	.popsection
.Ltandem_site_37:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_37
	.short	28	# TANDEM_SITE_INVLPG
	.byte	2, 0, 255, 0, 16, 255, 1, 0
	.short	0
	.long	42
	.quad	page
	.quad	0
	.popsection
.Ltandem_site_38:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_38
	.short	28	# TANDEM_SITE_INVLPG
	.byte	2, 0, 255, 0, 0, 3, 4, 0
	.short	0
	.long	43
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_39:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_39
	.short	29	# TANDEM_SITE_INVPCID
	.byte	2, 8, 7, 0, 6, 255, 1, 0
	.short	0
	.long	44
	.quad	0
	.quad	0
	.popsection
.Ltandem_site_40:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_40
	.short	29	# TANDEM_SITE_INVPCID
	.byte	2, 8, 8, 0, 16, 255, 1, 0
	.short	0
	.long	45
	.quad	desc
	.quad	0
	.popsection
	ret
