# in/out with immediate and %dx ports in every width; ins/outs with and
# without rep, the prefix on the same line, after ';' or on the line before.
	.text
	.globl	port_io
port_io:
	inb	$0x60, %al
	inw	$0x60, %ax
	inl	$0x60, %eax
	in	$96, %al
	in	$0x71, %ax
	in	$PORT_BASE+4, %eax
	inb	%dx, %al
	inw	(%dx), %ax
	in	(%dx), %eax
	inb	$0x61
	inl	%dx
	outb	%al, $0x80
	outw	%ax, $0x80
	outl	%eax, $0xff
	out	%al, %dx
	out	%ax, (%dx)
	outl	%eax, (%dx)
	outb	$0x80
	outw	%dx
	insb
	insw
	insl
	outsb
	outsw
	outsl
	rep insb
	rep insw
	rep	insl
	rep; outsb
	repz outsw
	repe outsl
	repnz insb
	rep
	insw
	rep	# count in %rcx
	outsl
	insb	(%dx), %es:(%rdi)
	rep outsw	%ds:(%rsi), (%dx)
	outsl	(%rsi), %dx
	ret
