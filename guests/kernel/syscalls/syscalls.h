// Linux x86-64 system calls: the numbers, one handler per call, and the
// dispatch table (syscalls/dispatch.cpp).  Handlers return a value or -errno.
#pragma once

#include "lib/types.h"

struct TrapFrame;

// Arguments in the x86-64 syscall convention: rdi, rsi, rdx, r10, r8, r9.
struct SyscallArgs {
    u64 a[6];
    TrapFrame* frame;
};

using SyscallFn = long (*)(SyscallArgs&);

// X(number, name): every implemented system call.
#define SYSCALL_LIST(X)                                                                              \
    X(0, read) X(1, write) X(2, open) X(3, close) X(4, stat) X(5, fstat) X(6, lstat) X(8, lseek)     \
    X(9, mmap) X(10, mprotect) X(11, munmap) X(12, brk) X(13, rt_sigaction) X(14, rt_sigprocmask)   \
    X(16, ioctl) X(19, readv) X(20, writev) X(21, access) X(24, sched_yield) X(28, madvise)         \
    X(32, dup) X(33, dup2) X(35, nanosleep) X(39, getpid) X(60, exit) X(62, kill) X(63, uname)      \
    X(72, fcntl) X(79, getcwd) X(89, readlink) X(95, umask) X(96, gettimeofday) X(97, getrlimit)   \
    X(102, getuid) X(104, getgid) X(107, geteuid) X(108, getegid) X(110, getppid)                  \
    X(111, getpgrp) X(131, sigaltstack) X(158, arch_prctl) X(160, setrlimit) X(186, gettid)        \
    X(200, tkill) X(201, time) X(218, set_tid_address) X(228, clock_gettime)                       \
    X(229, clock_getres) X(230, clock_nanosleep) X(231, exit_group) X(234, tgkill)                 \
    X(257, openat) X(262, newfstatat) X(267, readlinkat) X(269, faccessat) X(273, set_robust_list) \
    X(292, dup3) X(302, prlimit64) X(318, getrandom) X(334, rseq) X(439, faccessat2)             \
    X(15, rt_sigreturn) X(56, clone) X(57, fork) X(58, vfork) X(61, wait4) X(109, setpgid)        \
    X(112, setsid) X(121, getpgid) X(124, getsid) X(127, rt_sigpending) X(130, rt_sigsuspend)      \
    X(202, futex) X(247, waitid) X(435, clone3)

#define SYSCALL_DECLARE(nr, name) long sys_##name(SyscallArgs& args);
SYSCALL_LIST(SYSCALL_DECLARE)
#undef SYSCALL_DECLARE

namespace syscalls {
// Prints how often each unknown system call was made (only with `debug`).
void report_unknown();
} // namespace syscalls
