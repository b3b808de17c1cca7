// SPDX-License-Identifier: GPL-2.0
/*
 * x86_event.c: the x86 rules vmlib and the module share, compiled into
 * tandem.ko from the platform include tree (vmlib/include/tandem/x86_event.c:
 * `syscall` entry and exception delivery through the guest's IDT and TSS).
 * direct.c runs them on vmlib's vCPU head.
 */
#include <tandem/x86_event.c>
