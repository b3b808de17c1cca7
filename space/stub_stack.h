/* The stub's own stack, in its image (start.S moves to it at once). */
#pragma once
#define STUB_STACK_SIZE 0x10000 /* 64 KiB */
