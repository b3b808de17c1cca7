# g++ -S -O2 -mno-red-zone -mgeneral-regs-only output of a small kernel file (inline asm).
	.file	"kern.cc"
	.text
	.p2align 4
	.globl	load_gdt
	.type	load_gdt, @function
load_gdt:
.LFB8:
	.cfi_startproc
	movl	$63, %eax
	movw	%ax, _ZL7gdt_ptr(%rip)
	leaq	gdt(%rip), %rax
	movq	%rax, 2+_ZL7gdt_ptr(%rip)
#APP
# 19 "kern.cc" 1
	lgdt _ZL7gdt_ptr(%rip)
# 0 "" 2
#NO_APP
	movl	$16, %eax
#APP
# 20 "kern.cc" 1
	mov %ax, %ds; mov %ax, %es; mov %ax, %ss
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE8:
	.size	load_gdt, .-load_gdt
	.p2align 4
	.globl	console_putc
	.type	console_putc, @function
console_putc:
.LFB9:
	.cfi_startproc
	movl	$1288, %edx
	movl	%edi, %eax
#APP
# 6 "kern.cc" 1
	outb %al, %dx
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE9:
	.size	console_putc, .-console_putc
	.p2align 4
	.globl	kbd
	.type	kbd, @function
kbd:
.LFB10:
	.cfi_startproc
#APP
# 7 "kern.cc" 1
	inb $96, %al
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE10:
	.size	kbd, .-kbd
	.p2align 4
	.globl	flush_tlb
	.type	flush_tlb, @function
flush_tlb:
.LFB11:
	.cfi_startproc
#APP
# 8 "kern.cc" 1
	mov %cr3, %rax
# 0 "" 2
# 9 "kern.cc" 1
	mov %rax, %cr3
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE11:
	.size	flush_tlb, .-flush_tlb
	.p2align 4
	.globl	irq_save
	.type	irq_save, @function
irq_save:
.LFB12:
	.cfi_startproc
#APP
# 10 "kern.cc" 1
	pushfq; popq %rax
# 0 "" 2
# 25 "kern.cc" 1
	cli
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE12:
	.size	irq_save, .-irq_save
	.p2align 4
	.globl	irq_restore
	.type	irq_restore, @function
irq_restore:
.LFB13:
	.cfi_startproc
#APP
# 11 "kern.cc" 1
	pushq %rdi; popfq
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE13:
	.size	irq_restore, .-irq_restore
	.p2align 4
	.globl	read_sectors
	.type	read_sectors, @function
read_sectors:
.LFB14:
	.cfi_startproc
	movl	$256, %ecx
	movl	$496, %edx
#APP
# 13 "kern.cc" 1
	rep
	insw
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE14:
	.size	read_sectors, .-read_sectors
	.p2align 4
	.globl	efer
	.type	efer, @function
efer:
.LFB15:
	.cfi_startproc
	movl	$-1073741696, %ecx
#APP
# 15 "kern.cc" 1
	rdmsr
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rdx, %rax
	ret
	.cfi_endproc
.LFE15:
	.size	efer, .-efer
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"tandem; # kernel"
	.text
	.p2align 4
	.globl	banner
	.type	banner, @function
banner:
.LFB16:
	.cfi_startproc
	leaq	.LC0(%rip), %rax
	ret
	.cfi_endproc
.LFE16:
	.size	banner, .-banner
	.p2align 4
	.globl	idle
	.type	idle, @function
idle:
.LFB17:
	.cfi_startproc
	.p2align 4,,10
	.p2align 3
.L12:
#APP
# 30 "kern.cc" 1
	sti; hlt
# 0 "" 2
#NO_APP
	jmp	.L12
	.cfi_endproc
.LFE17:
	.size	idle, .-idle
	.globl	gdt
	.bss
	.align 32
	.type	gdt, @object
	.size	gdt, 64
gdt:
	.zero	64
	.local	_ZL7gdt_ptr
	.comm	_ZL7gdt_ptr,10,8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
