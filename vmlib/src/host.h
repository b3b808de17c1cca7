// Host (Linux) interface for the user-only backend: raw system calls issued
// from vmlib's text, and the kernel's signal-frame layouts, which vmlib
// defines itself because it links against no libc.
#pragma once
#include "vmlib.h"

extern "C" long vmlib_host_syscall(long nr, long a1 = 0, long a2 = 0, long a3 = 0, long a4 = 0, long a5 = 0,
                                   long a6 = 0);
extern "C" void vmlib_sigreturn();

namespace vmlib::host {

enum : long {
    kSysMmap = 9, kSysMprotect = 10, kSysMunmap = 11, kSysTimerSettime = 223, kSysFutex = 202, kSysExitGroup = 231,
};
// Shared (not private) futex operations: the switchboard word is waited on
// from several processes, each for its own bit.
constexpr long kFutexWaitBitset = 9, kFutexWakeBitset = 10;
enum : long {
    kProtRead = 1, kProtWrite = 2, kProtExec = 4,
    kMapShared = 0x01, kMapFixed = 0x10, kMapPopulate = 0x8000,
};
enum : int {
    kSigHup = 1, kSigInt = 2, kSigIll = 4, kSigTrap = 5, kSigBus = 7, kSigFpe = 8,
    kSigSegv = 11, kSigTerm = 15, kSigSys = 31,
};
constexpr unsigned char kSelectorAllow = 0, kSelectorBlock = 1;
// The host's 64-bit user code and data selectors (__USER_CS, __USER_DS).
// Its GDT also has a 32-bit user code segment, which a far transfer, or an
// Intel CPU's `sysenter` (whose return is to 32-bit code), can put user
// code in.
constexpr u16 kUserCs64 = 0x33, kUserDs = 0x2b;
constexpr u64 kSaSiginfo = 4, kSaOnstack = 0x08000000, kSaRestart = 0x10000000, kSaRestorer = 0x04000000;

// struct sigcontext of x86-64 Linux (arch/x86/include/uapi/asm/sigcontext.h).
struct Sigcontext {
    u64 r8, r9, r10, r11, r12, r13, r14, r15;
    u64 rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, eflags;
    u16 cs, gs, fs, ss;
    u64 err, trapno, oldmask, cr2;
    u64 fpstate;
    u64 reserved[8];
};
static_assert(sizeof(Sigcontext) == 256);

struct Ucontext {
    u64 uc_flags;
    u64 uc_link;
    u64 ss_sp;
    int32_t ss_flags;
    int32_t pad;
    u64 ss_size;
    Sigcontext mc;
    u64 sigmask;
};
static_assert(__builtin_offsetof(Ucontext, mc) == 40);

struct Siginfo {
    int32_t signo, err, code, pad;
    u64 addr;  // si_addr (faults) or si_call_addr (SIGSYS)
    int32_t syscall;
    u32 arch;
};

struct KernelSigaction {
    u64 handler;
    u64 flags;
    u64 restorer;
    u64 mask;
};

struct Timespec {
    int64_t sec, nsec;
};
struct Itimerspec {
    Timespec interval, value;
};

} // namespace vmlib::host
