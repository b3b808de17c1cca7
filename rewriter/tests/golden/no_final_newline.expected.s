	.text
# no newline at the end of the file
last:
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_0
	.short	20	# TANDEM_SITE_CLTS
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	3
	.quad	0
	.quad	0
	.popsection
	nop
.Ltandem_site_1:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_1
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	5
	.quad	0
	.quad	0
	.popsection
