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
    X(112, setsid) X(121, getpgid) X(124, getsid) X(127, rt_sigpending) X(130, rt_sigsuspend) X(128, rt_sigtimedwait) X(129, rt_sigqueueinfo) X(297, rt_tgsigqueueinfo)      \
    X(202, futex) X(247, waitid) X(435, clone3)                                                   \
    X(17, pread64) X(18, pwrite64) X(295, preadv) X(296, pwritev) X(436, close_range)             \
    X(22, pipe) X(293, pipe2) X(7, poll) X(271, ppoll) X(23, select) X(270, pselect6)              \
    X(40, sendfile) X(275, splice) X(326, copy_file_range) X(73, flock) X(221, fadvise64)         \
    X(85, creat) X(332, statx) X(80, chdir) X(81, fchdir) X(161, chroot) X(83, mkdir)              \
    X(258, mkdirat) X(133, mknod) X(259, mknodat) X(84, rmdir) X(87, unlink) X(263, unlinkat)      \
    X(82, rename) X(264, renameat) X(316, renameat2) X(88, symlink) X(266, symlinkat) X(86, link)  \
    X(265, linkat) X(90, chmod) X(268, fchmodat) X(91, fchmod) X(92, chown) X(94, lchown)          \
    X(93, fchown) X(260, fchownat) X(76, truncate) X(77, ftruncate) X(280, utimensat)              \
    X(235, utimes) X(132, utime) X(74, fsync) X(75, fdatasync) X(162, sync) X(137, statfs)         \
    X(138, fstatfs) X(217, getdents64) X(78, getdents) X(59, execve) X(37, alarm) X(38, setitimer) X(36, getitimer)  \
    X(105, setuid) X(106, setgid) X(113, setreuid) X(114, setregid) X(117, setresuid) X(119, setresgid) \
    X(122, setfsuid) X(123, setfsgid) X(116, setgroups) X(115, getgroups) X(118, getresuid)            \
    X(120, getresgid) X(98, getrusage) X(100, times) X(140, getpriority) X(141, setpriority)            \
    X(204, sched_getaffinity) X(203, sched_setaffinity) X(125, capget) X(135, personality) X(157, prctl)          \
    X(25, mremap) X(26, msync) X(149, mlock) X(150, munlock)                                      \
    X(285, fallocate) X(251, ioprio_set) X(252, ioprio_get) X(34, pause)                          \
    X(188, setxattr) X(189, lsetxattr) X(190, fsetxattr) X(191, getxattr) X(192, lgetxattr)        \
    X(193, fgetxattr) X(194, listxattr) X(195, llistxattr) X(196, flistxattr) X(197, removexattr)  \
    X(198, lremovexattr) X(199, fremovexattr) X(99, sysinfo)                                     \
    X(41, socket) X(42, connect) X(43, accept) X(44, sendto) X(45, recvfrom) X(46, sendmsg)        \
    X(47, recvmsg) X(48, shutdown) X(49, bind) X(50, listen) X(51, getsockname)                   \
    X(52, getpeername) X(53, socketpair) X(54, setsockopt) X(55, getsockopt) X(288, accept4)      \
    X(213, epoll_create) X(291, epoll_create1) X(233, epoll_ctl) X(232, epoll_wait)               \
    X(281, epoll_pwait) X(441, epoll_pwait2) X(284, eventfd) X(290, eventfd2)                     \
    X(283, timerfd_create) X(286, timerfd_settime) X(287, timerfd_gettime) X(282, signalfd)       \
    X(289, signalfd4) X(222, timer_create) X(223, timer_settime) X(224, timer_gettime)           \
    X(225, timer_getoverrun) X(226, timer_delete) X(329, pkey_mprotect) X(330, pkey_alloc)        \
    X(331, pkey_free) X(101, ptrace) X(310, process_vm_readv) X(311, process_vm_writev)

#define SYSCALL_DECLARE(nr, name) long sys_##name(SyscallArgs& args);
SYSCALL_LIST(SYSCALL_DECLARE)
#undef SYSCALL_DECLARE

struct tandem_enosys_count;

namespace syscalls {
// Prints how often each unknown system call was made (only with `debug`).
void report_unknown();
// Fills up to max entries with the unknown system calls made; their number.
u32 unknown_counts(tandem_enosys_count* out, u32 max);
} // namespace syscalls
