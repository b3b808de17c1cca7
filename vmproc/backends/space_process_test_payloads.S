/* Machine code the space-process tests place in a fake guest memory and run
 * as the "guest": each payload is position-independent and ends the space
 * itself (exit_group) or is stopped by its filter.  DM is the direct map. */
#define DM 0x108000000000
#define PAYLOAD(name) .globl name##_start, name##_end; name##_start:
#define END(name) name##_end:
#define EXIT(code) mov $231, %eax; mov $code, %edi; syscall

    .text
PAYLOAD(payload_getpid)
    mov $39, %eax
    syscall
    EXIT(1)
END(payload_getpid)

PAYLOAD(payload_exit42)
    EXIT(42)
END(payload_exit42)

PAYLOAD(payload_int80)
    mov $1, %eax
    xor %ebx, %ebx
    int $0x80
    ud2
END(payload_int80)

/* A page of guest memory into the window, written through: allowed. */
PAYLOAD(payload_mmap_window)
    mov $9, %eax
    mov $0x10000, %edi
    mov $0x1000, %esi
    mov $3, %edx
    mov $0x11, %r10d
    mov $3, %r8d
    xor %r9d, %r9d
    syscall
    cmp $0x10000, %rax
    jne 1f
    movb $0x5a, 0x10000
    EXIT(43)
1:  EXIT(44)
END(payload_mmap_window)

/* mmap(addr, len, READ|WRITE, MAP_SHARED|MAP_FIXED, the memory file, 0). */
#define MAP_GUEST(addr, len) mov $9, %eax; movabs $addr, %rdi; movabs $len, %rsi; mov $3, %edx; \
    mov $0x11, %r10d; mov $3, %r8d; xor %r9d, %r9d; syscall

/* Guest memory mapped in the kernel hole, over the space's local area. */
PAYLOAD(payload_mmap_outside)
    MAP_GUEST(0x10f000000000, 0x1000)
    EXIT(1)
END(payload_mmap_outside)

/* Guest memory from just below the kernel hole into it. */
PAYLOAD(payload_mmap_into_hole)
    MAP_GUEST(0x107ffffff000, 0x2000)
    EXIT(1)
END(payload_mmap_into_hole)

/* Guest memory reaching past the end of the window. */
PAYLOAD(payload_mmap_past_top)
    MAP_GUEST(0x7fffffffe000, 0x2000)
    EXIT(1)
END(payload_mmap_past_top)

/* A PROT_NONE reservation inside the window: refused (the window's
 * unmapped ranges are holes; only guest memory is ever mapped there). */
PAYLOAD(payload_reserve_in_window)
    mov $9, %eax
    mov $0x10000, %edi
    mov $0x1000, %esi
    xor %edx, %edx
    mov $0x4032, %r10d
    mov $-1, %r8
    xor %r9d, %r9d
    syscall
    EXIT(1)
END(payload_reserve_in_window)

/* munmap of the whole window, the kernel hole included (guest memory and
 * the space's own pages): refused (a flush unmaps each side apart). */
PAYLOAD(payload_munmap_across_hole)
    mov $11, %eax
    mov $0x10000, %edi
    movabs $0x7fffffff0000, %rsi
    syscall
    EXIT(1)
END(payload_munmap_across_hole)

/* munmap of the local area in the kernel hole: refused. */
PAYLOAD(payload_munmap_local)
    mov $11, %eax
    movabs $0x10f000000000, %rdi
    mov $0x1000, %esi
    syscall
    EXIT(1)
END(payload_munmap_local)

/* A page of guest memory mapped into the window and unmapped again:
 * allowed. */
PAYLOAD(payload_munmap_window)
    MAP_GUEST(0x10000, 0x1000)
    mov $11, %eax
    mov $0x10000, %edi
    mov $0x1000, %esi
    syscall
    test %rax, %rax
    jne 1f
    EXIT(48)
1:  EXIT(49)
END(payload_munmap_window)

/* Guest memory in the last page of the window, above the hole, written
 * through: allowed. */
PAYLOAD(payload_mmap_window_top)
    MAP_GUEST(0x7fffffffe000, 0x1000)
    movabs $0x7fffffffe000, %rcx
    cmp %rcx, %rax
    jne 1f
    movb $0x6b, 1(%rcx)
    EXIT(46)
1:  EXIT(47)
END(payload_mmap_window_top)

/* Fresh host memory (anonymous, writable) inside the window. */
PAYLOAD(payload_mmap_anon)
    mov $9, %eax
    mov $0x20000, %edi
    mov $0x1000, %esi
    mov $3, %edx
    mov $0x32, %r10d
    mov $-1, %r8
    xor %r9d, %r9d
    syscall
    EXIT(1)
END(payload_mmap_anon)

PAYLOAD(payload_openat)
    mov $257, %eax
    mov $-100, %edi
    lea 2f(%rip), %rsi
    xor %edx, %edx
    syscall
    EXIT(1)
2:  .asciz "/etc/passwd"
END(payload_openat)

/* A private futex bitset wake: refused (only shared bitset wait/wake are allowed). */
PAYLOAD(payload_futex_private)
    mov $202, %eax
    movabs $(DM + 0x4000), %rdi
    mov $138, %esi
    mov $1, %edx
    syscall
    EXIT(1)
END(payload_futex_private)

/* A shared futex bitset wake on guest memory: allowed. */
PAYLOAD(payload_futex_shared)
    mov $202, %eax
    movabs $(DM + 0x4000), %rdi
    mov $10, %esi
    mov $1, %edx
    xor %r10d, %r10d
    xor %r8d, %r8d
    mov $-1, %r9d
    syscall
    EXIT(45)
END(payload_futex_shared)

/* A plain shared futex wake: refused (the switchboard uses bitsets only). */
PAYLOAD(payload_futex_plain)
    mov $202, %eax
    movabs $(DM + 0x4000), %rdi
    mov $1, %esi
    mov $1, %edx
    syscall
    EXIT(1)
END(payload_futex_plain)

/* A guest system call outside vmlib's range with the selector on BLOCK:
 * Syscall User Dispatch sends SIGSYS to the handler stand-in. */
PAYLOAD(payload_dispatched)
    movabs $(DM + 0x4000), %rax
    movb $1, (%rax)
    mov $39, %eax
    syscall
    EXIT(1)
END(payload_dispatched)

/* Waits for ever (the test inspects the process from outside). */
PAYLOAD(payload_spin)
1:  pause
    jmp 1b
END(payload_spin)

/* The stand-in for vmlib's signal handler: exits 77. */
PAYLOAD(payload_handler)
    EXIT(77)
END(payload_handler)

/* The stand-in for vmlib's restorer. */
PAYLOAD(payload_restorer)
    mov $15, %eax
    syscall
END(payload_restorer)
    .section .note.GNU-stack, "", @progbits
