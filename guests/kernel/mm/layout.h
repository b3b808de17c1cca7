// Where a program's regions go in its address space: Linux's x86-64 user
// layout, randomized as Linux randomizes it.
#pragma once

#include <tandem/platform.h>
#include "lib/types.h"

// Linux's x86-64 user layout (arch/x86/include/asm/elf.h, fs/binfmt_elf.c,
// arch/x86/mm/mmap.c), with 4-level paging: the stack at the top of the
// 47-bit user space, mmaps top-down from a base below it, PIE programs at
// two thirds of it, the heap (brk) after the program.  Each is randomized
// as Linux randomizes it (randomize_va_space = 2) unless the process has
// personality(ADDR_NO_RANDOMIZE); the kernel hole (platform.h) is never
// handed out.
constexpr u64 kStackTop = TANDEM_USER_TOP;              // STACK_TOP = TASK_SIZE
constexpr u64 kStackSize = 8ull << 20;                  // RLIMIT_STACK
constexpr u64 kStackGuardGap = 256 * 4096ull;           // stack_guard_gap
constexpr u64 kMmapGapMin = 128ull << 20;               // mmap_base's least distance from TASK_SIZE
constexpr u64 kPieBase = (TANDEM_USER_TOP / 3 * 2) & ~0xfffull; // ELF_ET_DYN_BASE: 0x555555554000
constexpr u64 kMmapMin = 0x10000;                       // TANDEM_USER_BASE, vm.mmap_min_addr
constexpr u64 kStackRandomMax = 0x3fffffull << 12;      // STACK_RND_MASK pages: 16 GiB
constexpr u64 kMmapRandomPages = 1ull << 28;            // mmap_rnd_bits = 28
constexpr u64 kBrkRandomMax = 1ull << 30;               // arch_randomize_brk on 64-bit since Linux 6.10 (32 MiB before)
static_assert(kPieBase == 0x555555554000ull, "ELF_ET_DYN_BASE as Linux computes it");
static_assert(kPieBase > TANDEM_KERNEL_HOLE_TOP, "PIE programs load above the kernel hole");

// Where exec puts the regions of one address space (inherited over fork).
struct Layout {
    u64 stack_top = kStackTop;                  // end of the stack mapping
    u64 mmap_base = kStackTop - kMmapGapMin;    // top-down mmaps start below this
    u64 pie_base = kPieBase;                    // load address of a PIE program
    u64 brk_offset = 0;                         // gap between the program's end and its heap
    bool randomized = false;

    // Linux's choices for a new program image: fixed ones, or random ones
    // drawn from the kernel's generator.
    static Layout choose(bool randomize);
};
