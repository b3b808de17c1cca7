// User-mode entry and system calls: iretq to CPL 3, syscall to LSTAR with
// RCX/R11 as the architecture defines, sysretq back, and FS_BASE as seen
// by user %fs: accesses.
#include "selftest.h"

uint64_t g_as1; // the address space the user checks run in (checks_paging.cpp reuses it)

// Entry of this file: builds the first user address space and enters it.
void checks_user() {
    g_as1 = user_space_create(0x1111111111111111ull);
    x86::write_cr3(g_as1);

    // iretq to CPL 3: u_return computes RDI + 1 and exits with syscall.
    int r = run_user(user_va(u_return), 41);
    tap::check(g_tap, r == RUN_SYSCALL && g_user_regs.rax == SYS_EXIT && g_user_regs.rdi == 42,
                "iretq enters user mode and the user code runs");

    bool lstar_ok = r == RUN_SYSCALL && g_user_regs.rcx == user_va(u_exit_ret) && g_syscall_cs == SEL_KCODE &&
                    g_user_regs.rsp == kUserStackTop;
    if (!lstar_ok) {
        tap::diag(g_tap, "rcx - expected", g_user_regs.rcx - user_va(u_exit_ret));
        tap::diag(g_tap, "cs", g_syscall_cs);
    }
    tap::check(g_tap, lstar_ok, "user syscall arrives at LSTAR, CPL0, RCX = return RIP, RSP unchanged");
    tap::check(g_tap, r == RUN_SYSCALL && !(g_syscall_rflags & TANDEM_RFLAGS_IF) && !(g_syscall_rflags & TANDEM_RFLAGS_DF),
                "syscall applies FMASK (IF=0 in the kernel)");

    // u_echo makes ZF|PF the only arithmetic flags before its syscall.
    r = run_user(user_va(u_echo), 41);
    bool echo_ok = r == RUN_SYSCALL && g_user_regs.rax == SYS_ECHO && g_user_regs.rcx == user_va(u_echo_ret) &&
                   (g_user_regs.r11 & ~TANDEM_RFLAGS_RF) == 0x246;
    if (!echo_ok) tap::diag(g_tap, "r11", g_user_regs.r11);
    tap::check(g_tap, echo_ok, "syscall saves user RFLAGS in R11");

    // sysretq back into u_echo, which exits with the kernel's answer.
    UserRegs regs = g_user_regs;
    regs.rax = regs.rdi + 1;
    r = echo_ok ? user_resume_sysret(&regs) : 0;
    tap::check(g_tap, r == RUN_SYSCALL && g_user_regs.rax == SYS_EXIT && g_user_regs.rdi == 42 &&
                    g_user_regs.rcx == user_va(u_exit_ret),
                "sysretq returns to user mode at RCX");

    // The way back with sysretq must not write below the user's RSP: user
    // code may keep live data in the 128-byte red zone across a syscall.
    r = run_user(user_va(u_redzone));
    if (r == RUN_SYSCALL && g_user_regs.rax == SYS_ECHO) {
        regs = g_user_regs;
        r = user_resume_sysret(&regs);
    }
    if (r != RUN_SYSCALL || g_user_regs.rdi != 1) {
        tap::diag(g_tap, "run result", r);
        if (r != RUN_SYSCALL) tap::diag(g_tap, "vector", g_last_trap.vector);
        tap::diag(g_tap, "result (0x100 + bytes below RSP of the clobbered quadword)", g_user_regs.rdi);
    }
    tap::check(g_tap, r == RUN_SYSCALL && g_user_regs.rax == SYS_EXIT && g_user_regs.rdi == 1,
               "syscall/sysretq leave the user red zone below RSP untouched");

    // FS_BASE written by the kernel is what user %fs:0 reads.
    uint64_t value = 0xf5f5f5f5a5a5a5a5ull;
    uint64_t* data = pv(*find_pte(g_as1, kUserData) & TANDEM_PTE_ADDR_MASK);
    data[0x100 / 8] = value;
    x86::wrmsr(TANDEM_MSR_FS_BASE, kUserData + 0x100);
    bool fs_msr = x86::rdmsr(TANDEM_MSR_FS_BASE) == kUserData + 0x100;
    r = run_user(user_va(u_fs_load));
    x86::wrmsr(TANDEM_MSR_FS_BASE, 0);
    tap::check(g_tap, fs_msr && r == RUN_SYSCALL && g_user_regs.rdi == value, "FS_BASE set by wrmsr is what user %fs:0 reads");
}
