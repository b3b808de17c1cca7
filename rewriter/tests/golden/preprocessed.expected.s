# 0 "entry.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "/usr/include/stdc-predef.h" 1 3 4
# 0 "<command-line>" 2
# 1 "entry.S"

# 1 "entry.h" 1
# 3 "entry.S" 2
 .text
 .globl syscall_entry
syscall_entry:
	xchgq	%rsp, __vmlib_private_rsp(%rip)
.Ltandem_site_0:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_0
	.short	32	# TANDEM_SITE_SWAPGS
	.byte	0, 0, 255, 0, 255, 255, 0, 2
	.short	0
	.long	13
	.quad	0
	.quad	0
	.popsection
 movq %rsp, %gs:16
 movq %gs:8, %rsp
.Ltandem_site_1:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_1
	.short	3	# TANDEM_SITE_PUSHF
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	16
	.quad	0
	.quad	0
	.popsection
 popq %r11
 movw $0x10, %ax
.Ltandem_site_2:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_2
	.short	41	# TANDEM_SITE_MOV_TO_SEG
	.byte	1, 2, 0, 3, 255, 255, 0, 0
	.short	0
	.long	19
	.quad	0
	.quad	0
	.popsection
	xchgq	%rsp, __vmlib_private_rsp(%rip)
.Ltandem_site_3:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_3
	.short	32	# TANDEM_SITE_SWAPGS
	.byte	0, 0, 255, 0, 255, 255, 0, 2
	.short	0
	.long	20
	.quad	0
	.quad	0
	.popsection
	xchgq	%rsp, __vmlib_private_rsp(%rip)
.Ltandem_site_4:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_4
	.short	34	# TANDEM_SITE_SYSRETQ
	.byte	0, 8, 255, 0, 255, 255, 0, 2
	.short	0
	.long	21
	.quad	0
	.quad	0
	.popsection

 .globl reload_cs
reload_cs:
 pushq $0x08
 leaq 1f(%rip), %rax
 pushq %rax
.Ltandem_site_5:
	call	__vmlib_site
	.pushsection .tandem.sites,"aw",@progbits
	.balign 8
	.quad	.Ltandem_site_5
	.short	45	# TANDEM_SITE_LRETQ
	.byte	0, 8, 255, 0, 255, 255, 0, 0
	.short	0
	.long	28
	.quad	0
	.quad	0
	.popsection
1: ret
