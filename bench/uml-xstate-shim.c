// bench/uml-xstate-shim: runs Debian's User-Mode Linux on hosts whose XSAVE
// area is larger than UML 6.1 expects.
//
// Debian 12's UML (6.1, ptrace mode) saves and restores its processes' FPU
// state with PTRACE_GETREGSET/PTRACE_SETREGSET(NT_X86_XSTATE) and a buffer
// sized for its own `struct _xstate`.  The host kernel refuses a SETREGSET
// shorter than the host's full XSAVE size with EFAULT, so on hosts with
// AVX-512 or AMX state every UML boot dies at the first process:
// "userspace - ptrace set fp regs failed, errno = 14", then "Attempted to kill
// init".  UML falls back to PTRACE_GETFPREGS/SETFPREGS (the 512-byte FXSAVE
// image) when the XSTATE regset is missing at boot, so this shim installs a
// seccomp filter that makes ptrace(PTRACE_{GET,SET}REGSET, pid,
// NT_X86_XSTATE, ...) fail with EIO, then execs UML.  Each UML address space
// is its own host process, so the vector state beyond FXSAVE stays in the
// host's per-process state.  The filter costs every host system call of UML
// a short BPF run; the benchmark report says that the shim was used.
//
// usage: uml-xstate-shim LINUX [UML ARGUMENTS...]
#define _GNU_SOURCE
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef NT_X86_XSTATE
#define NT_X86_XSTATE 0x202
#endif

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: uml-xstate-shim LINUX [ARGS...]\n");
        return 2;
    }
    struct sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_ptrace, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        // args[0] = request: PTRACE_GETREGSET or PTRACE_SETREGSET
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PTRACE_GETREGSET, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PTRACE_SETREGSET, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        // args[2] = the regset: only the XSTATE one is hidden
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[2])),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NT_X86_XSTATE, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EIO),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog prog = {sizeof filter / sizeof filter[0], filter};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
        perror("uml-xstate-shim: seccomp");
        return 1;
    }
    execvp(argv[1], argv + 1);
    perror("uml-xstate-shim: exec");
    return 127;
}
