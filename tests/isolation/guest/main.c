/* tandem-redteam ATTACK [--marker P] [--secret P] [--socket P] [--watched P]
 *                [--victim PID:ADDR] [--kernel-elf P] [--files N]
 * Runs one attack (or `list`) inside the guest; see redteam.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redteam.h"

struct host_targets g_targets = {.files = 70000};

#define ATTACKS(X)                                                                                                \
    X(gadget_scan, "scan every mapped range for syscall/int80/sysenter bytes and call each with host getpid")    \
    X(marker_create, "create a host file outside the exports through a syscall;ret gadget")                      \
    X(execve_shell, "execve a host shell through a gadget (it writes the marker and leaves a process)")          \
    X(kill_victim, "kill a host process through a gadget")                                                       \
    X(kill_parent, "send SIGTERM to tandem's host parent through a gadget")                                      \
    X(ptrace_victim, "ptrace-attach a host process, read and write its memory")                                  \
    X(socket_connect, "connect to a host Unix socket through a gadget")                                          \
    X(mmap_host_file, "open and mmap a host file outside the exports through a gadget")                          \
    X(process_vm_writev, "write a host process's memory with process_vm_writev")                                 \
    X(proc_self_mem, "open the host's /proc/self/mem read-write and write vmlib's selector through it")          \
    X(host_fds, "use the host process's file descriptors (openat(fd, \"../secret\"))")                           \
    X(host_file_modify, "truncate a file of the read-only export on the host")                                   \
    X(prctl_sud_off, "turn Syscall User Dispatch off with a host prctl, then use plain syscalls")                \
    X(selector_flip, "flip vmlib's Syscall User Dispatch selector byte to ALLOW, then use plain syscalls")        \
    X(vmlib_text_write, "write syscall;ret into vmlib's text (the always-allowed range) and call it")            \
    X(int80_direct, "int $0x80 with an i386 host system call number")                                            \
    X(sysenter_direct, "sysenter with an i386 host system call number")                                          \
    X(compat_mode, "far return to the host's 32-bit code segment, int $0x80 there")                              \
    X(scan_address_space, "walk the whole address space and read every range outside guest memory")             \
    X(host_env_leak, "find tandem's own environment strings in host memory")                                     \
    X(write_host_memory, "write every writable host page found")                                                 \
    X(fs_bad_ranges, "file-service requests with out-of-range guest-physical buffers and bad lengths")           \
    X(fs_bad_ids, "file-service requests with forged node ids, handles, names, ops, cross-export moves")         \
    X(fs_submitted_far, "file-service queue with submitted far past completed, then behind it")                  \
    X(fs_slot_count, "file-service queue geometry forged")                                                       \
    X(fs_toctou, "file-service requests rewritten by another guest thread while they are performed")             \
    X(console_out_indices, "console output ring indices and size out of range")                                  \
    X(console_in_indices, "console input ring indices and size out of range")                                    \
    X(fork_bomb, "guest fork bomb")                                                                              \
    X(memory_hog, "guest memory hog")                                                                            \
    X(fs_node_exhaustion, "exhaust the file service's node table")

#define DECLARE(name, what) void attack_##name(void);
ATTACKS(DECLARE)
#define ENTRY(name, what) {#name, what, attack_##name},
static const struct attack kAttacks[] = {ATTACKS(ENTRY)};

/* Reads the options the runner passes. */
static void parse(int argc, char** argv) {
    for (int i = 2; i + 1 < argc; i += 2) {
        const char* v = argv[i + 1];
        if (!strcmp(argv[i], "--marker")) g_targets.marker = v;
        else if (!strcmp(argv[i], "--secret")) g_targets.secret = v;
        else if (!strcmp(argv[i], "--socket")) g_targets.socket = v;
        else if (!strcmp(argv[i], "--watched")) g_targets.watched = v;
        else if (!strcmp(argv[i], "--kernel-elf")) g_targets.kernel_elf = v;
        else if (!strcmp(argv[i], "--files")) g_targets.files = atoi(v);
        else if (!strcmp(argv[i], "--victim")) {
            char* end;
            g_targets.victim_pid = strtol(v, &end, 10);
            if (*end == ':') g_targets.victim_canary = strtoull(end + 1, NULL, 16);
        }
    }
}

int main(int argc, char** argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    if (argc < 2 || !strcmp(argv[1], "list")) {
        for (size_t i = 0; i < sizeof kAttacks / sizeof kAttacks[0]; i++)
            printf("%-20s %s\n", kAttacks[i].name, kAttacks[i].what);
        return argc < 2 ? 2 : 0;
    }
    parse(argc, argv);
    looks_like_host_pid(0); /* learns the guest pid while every syscall is the guest's */
    prefault_image();
    for (size_t i = 0; i < sizeof kAttacks / sizeof kAttacks[0]; i++) {
        if (strcmp(argv[1], kAttacks[i].name)) continue;
        printf("attack %s: %s\n", kAttacks[i].name, kAttacks[i].what);
        kAttacks[i].run();
        printf("attack %s: %d escapes\n", kAttacks[i].name, escapes());
        return verdict();
    }
    fprintf(stderr, "unknown attack %s\n", argv[1]);
    return 2;
}
