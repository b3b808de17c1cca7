/* The stub's own stack (start.S moves to it at once) and the spans it
 * unmaps around the kernel's initial stack and around the vDSO (stub.c). */
#pragma once
#define STUB_STACK_SIZE 0x10000           /* 64 KiB, in the stub's image */
#define STUB_HOST_STACK_BELOW 0x4000000ul /* 64 MiB below the initial stack pointer */
#define STUB_HOST_STACK_ABOVE 0x800000ul  /* 8 MiB above: the arguments and the environment */
#define STUB_VDSO_SPAN 0x100000ul         /* 1 MiB each side of the vDSO (its data pages precede it) */
