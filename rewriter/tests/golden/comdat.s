# An inline function emitted in a COMDAT group (what g++ -S gives for a
# header-defined inline function): its site record joins the same group, so
# a duplicate discarded by the linker takes its records with it.
	.section	.text._ZN3x863cliEv,"axG",@progbits,_ZN3x863cliEv,comdat
	.weak	_ZN3x863cliEv
	.type	_ZN3x863cliEv, @function
_ZN3x863cliEv:
	cli
	ret
	.text
	.globl	f
f:
	sti
	.pushsection .text.g,"axG",@progbits,grp
	hlt
	.popsection
	.section	.text.h,"ax",@progbits
	clts
	.previous
	swapgs
	ret
