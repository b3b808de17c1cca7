/* The red-team guest program: attacks on tandem's isolation boundary from
 * guest user code that is hostile at the machine-code level.  One static
 * binary holds every attack (main.c has the table); each attack prints what
 * it tried and what it achieved, one line each:
 *
 *   ESCAPED: ...   the attack reached something outside the guest
 *   LEAK: ...      host data the guest should never see (also an escape)
 *   contained: ... the attack was stopped inside the guest
 *
 * and the program exits 0 when nothing escaped, kExitEscaped otherwise.  The
 * host-side runner (run_attack.sh) checks the host independently. */
#pragma once
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <tandem/platform.h>

enum { kExitEscaped = 66 };

/* What the runner told the attack about the host (all host paths lie
 * outside every export the guest sees). */
struct host_targets {
    const char* marker;  /* a host file that must never appear */
    const char* secret;  /* a host file whose text must never reach the guest */
    const char* socket;  /* a host Unix socket that must never see a connection */
    const char* watched; /* a host file in the read-only export, never to change */
    long victim_pid;     /* a host process that must survive untouched */
    uint64_t victim_canary; /* host address of the victim's canary string */
    const char* kernel_elf; /* guest path of the guest kernel's ELF (symbols) */
    int files;              /* how many files fs_node_exhaustion creates at most */
};
extern struct host_targets g_targets;

/* report.c: verdict lines and the exit status. */
void note(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void escaped(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void contained(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
int escapes(void);
int verdict(void);

/* probe.c: memory accesses and jumps that survive faults (the guest kernel
 * turns them into SIGSEGV/SIGBUS/SIGILL/SIGTRAP/SIGSYS for us). */
int probe_read(uint64_t addr, uint8_t* out);
int probe_read8(uint64_t addr, uint64_t* out);
int probe_write(uint64_t addr, uint8_t value);
/* Copies up to n bytes from addr; returns how many were readable. */
size_t probe_copy(uint64_t addr, void* dst, size_t n);
/* Runs fn(arg) with every fault signal caught; returns 0 if it returned,
 * else the number of the signal that ended it. */
int guarded(void (*fn)(void*), void* arg);

/* A mapped range found by walking the address space. */
struct range {
    uint64_t start, end;
    int writable;
};
/* walk.c: finds readable ranges in [lo, hi) by probing every `step` bytes and
 * then page by page around each hit; returns how many it stored. */
int walk_ranges(uint64_t lo, uint64_t hi, uint64_t step, struct range* out, int max);
/* Every readable range of the whole user address space outside the guest's
 * own program (coarse walk plus pointer chasing from guest memory). */
int walk_everything(struct range* out, int max);
int in_guest_program(uint64_t addr);

/* symbols.c: the guest kernel's symbols, from its ELF file (an attacker
 * has the same binary).  0 if unknown. */
uint64_t kernel_symbol(const char* name);
/* The first symbol whose name contains `part`. */
uint64_t kernel_symbol_containing(const char* part);

/* hostcall.c: ways to reach host system calls from guest user code. */
struct gadget {
    uint64_t addr;   /* address of the instruction */
    uint8_t kind;    /* 0: syscall (0f 05), 1: int $0x80 (cd 80), 2: sysenter (0f 34) */
    uint8_t ret_after; /* followed by ret (c3): callable */
};
/* Scans [lo, hi) for syscall/int80/sysenter bytes. */
int find_gadgets(uint64_t lo, uint64_t hi, struct gadget* out, int max);
/* Calls a callable gadget with host system call `nr`; guarded: returns 0 and
 * stores the result, or the signal that stopped it. */
int call_gadget(uint64_t addr, long nr, const long args[6], long* result);
/* True if the result of `getpid` through a path is a host pid (not ours). */
int looks_like_host_pid(long pid);
/* Finds a `syscall; ret` that reaches the host (tries every candidate in the
 * guest kernel image, then in every mapped range); 0 if none. */
uint64_t host_syscall_gadget(void);
/* Touches every page of this program's image, so that its pages are mapped
 * in whatever process runs it (user-only mode reflects guest pages lazily,
 * and a host system call does not fault them in): host system calls may
 * then read and write its strings and buffers. */
void prefault_image(void);
/* A host system call through the gadget found above; -ENOSYS-like value
 * 0x7fff... (kNoHost) if there is no way. */
#define kNoHost ((long)0x7fffffffffff0000ll)
long host_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* guest_layout.c: the platform's structures as guest user code sees them. */
struct tandem_boot_info* boot_info(void);
const struct tandem_device* find_device(uint32_t type);
void* phys_to_ptr(uint64_t phys);
/* The guest-physical address of one of this program's pages, by walking the
 * guest's page tables from the CR3 in vmlib's virtual CPU; 0 if unknown. */
uint64_t user_to_phys(const void* va);
/* Makes the guest kernel do one file-service round trip (a LOOKUP). */
void kick_file_service(void);

/* Attack table (main.c). */
struct attack {
    const char* name;
    const char* what;
    void (*run)(void);
};
