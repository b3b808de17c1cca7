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
 swapgs
 movq %rsp, %gs:16
 movq %gs:8, %rsp
 pushfq
 popq %r11
 movw $0x10, %ax
 mov %ax, %ds
 swapgs
 sysretq

 .globl reload_cs
reload_cs:
 pushq $0x08
 leaq 1f(%rip), %rax
 pushq %rax
 lretq
1: ret
