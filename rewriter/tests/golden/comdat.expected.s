# An inline function emitted in a COMDAT group (what g++ -S gives for a
# header-defined inline function): its site record joins the same group, so
# a duplicate discarded by the linker takes its records with it.
	.section	.text._ZN3x863cliEv,"axG",@progbits,_ZN3x863cliEv,comdat
	.weak	_ZN3x863cliEv
	.type	_ZN3x863cliEv, @function
_ZN3x863cliEv:
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"awG",@progbits,_ZN3x863cliEv,comdat
	.balign 8
	.quad	.Ltandem_site_0
	.short	1	# TANDEM_SITE_CLI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	8
	.quad	0
	.quad	0
	.popsection
	ret
	.text
	.globl	f
f:
.Ltandem_site_1:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_1
	.short	2	# TANDEM_SITE_STI
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	13
	.quad	0
	.quad	0
	.popsection
	.pushsection .text.g,"axG",@progbits,grp
.Ltandem_site_2:
	call	__vmlib_site
	.pushsection .tandem.sites,"awG",@progbits,grp
	.balign 8
	.quad	.Ltandem_site_2
	.short	5	# TANDEM_SITE_HLT
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	15
	.quad	0
	.quad	0
	.popsection
	.popsection
	.section	.text.h,"ax",@progbits
.Ltandem_site_3:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_3
	.short	20	# TANDEM_SITE_CLTS
	.byte	0, 0, 255, 0, 255, 255, 0, 0
	.short	0
	.long	18
	.quad	0
	.quad	0
	.popsection
	.previous
	xchgq	%rsp, __vmlib_private_rsp(%rip)
.Ltandem_site_4:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_4
	.short	32	# TANDEM_SITE_SWAPGS
	.byte	0, 0, 255, 0, 255, 255, 0, 2
	.short	0
	.long	20
	.quad	0
	.quad	0
	.popsection
	ret
