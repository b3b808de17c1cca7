/*
 * tandem platform contract: the virtual machine a guest kernel sees.
 *
 * This one header is included by every side: vmproc (C++ host program),
 * vmlib (freestanding C++ inside the guest image), the guests, the rewriter
 * and the kernel module (C, kbuild).  docs/PLATFORM.md explains it in
 * prose; every binary layout below is pinned with static asserts so that the
 * sides cannot drift apart silently.
 *
 * It must stay valid C99/C11 and C++20 and must not include anything but
 * fixed-width integer types and x86.h (the architectural constants, which
 * the module's assembly shares).
 */
#ifndef TANDEM_PLATFORM_H
#define TANDEM_PLATFORM_H

#if defined(__KERNEL__)
#include <linux/types.h>
typedef u8 tandem_u8;
typedef u16 tandem_u16;
typedef u32 tandem_u32;
typedef u64 tandem_u64;
typedef s64 tandem_s64;
#else
#include <stdint.h>
typedef uint8_t tandem_u8;
typedef uint16_t tandem_u16;
typedef uint32_t tandem_u32;
typedef uint64_t tandem_u64;
typedef int64_t tandem_s64;
#endif

#include "x86.h"

#ifdef __cplusplus
#define TANDEM_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#else
#define TANDEM_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#endif

/* Version of everything in this header; bumped on any layout change. */
#define TANDEM_ABI_VERSION 19u

/* ------------------------------------------------------------------------
 * 1. Virtual address layout (docs/PLATFORM.md "Address layout").
 *
 * The whole guest lives in the lower half of an ordinary x86-64 process so
 * that user-only mode can run it inside host processes.  The guest user
 * window is Linux's x86-64 user space, [64 KiB, TASK_SIZE = 2^47 - 4 KiB),
 * less one PML4 slot, the kernel hole: the direct map of guest-physical
 * memory (which also holds the kernel image) and, in user-only mode, a
 * space process's own pages.  The hole is slot 33 (0x1080_0000_0000, 16.5
 * TiB): above the shadow AddressSanitizer maps over [0x7fff8000,
 * 0x10007fff8000), below where Linux puts PIE programs (0x5555...) and
 * mmaps (0x7fff...), outside every range gcc's sanitizers and valgrind
 * claim.  A guest kernel never maps user memory in the hole.
 * ---------------------------------------------------------------------- */
#define TANDEM_USER_BASE 0x0000000000010000ull /* first mappable user page */
#define TANDEM_USER_TOP 0x00007ffffffff000ull  /* end of user window: Linux's TASK_SIZE */
#define TANDEM_KERNEL_PML4_SLOT 33u             /* the kernel hole, 512 GiB */
#define TANDEM_KERNEL_HOLE_BASE ((tandem_u64)TANDEM_KERNEL_PML4_SLOT << 39)
#define TANDEM_KERNEL_HOLE_TOP ((tandem_u64)(TANDEM_KERNEL_PML4_SLOT + 1) << 39)
#define TANDEM_DIRECT_MAP_BASE TANDEM_KERNEL_HOLE_BASE /* guest-physical 0 */
#define TANDEM_PHYS_MAX 0x0000001000000000ull        /* 64 GiB at most */
#define TANDEM_DIRECT_MAP_TOP (TANDEM_DIRECT_MAP_BASE + TANDEM_PHYS_MAX)
/* PML4 entries 0..TANDEM_USER_PML4_SLOTS-1 are user, but for the hole's. */
#define TANDEM_USER_PML4_SLOTS 256u

/* True if [addr, addr + len) lies inside the user window (len 0: addr
 * itself does), never wrapping and never touching the kernel hole. */
static inline int tandem_user_range(tandem_u64 addr, tandem_u64 len) {
    tandem_u64 end = addr + (len ? len : 1);
    if (addr < TANDEM_USER_BASE || end < addr || end > TANDEM_USER_TOP) return 0;
    return end <= TANDEM_KERNEL_HOLE_BASE || addr >= TANDEM_KERNEL_HOLE_TOP;
}

/* True if va is a user-window address (outside the kernel hole). */
static inline int tandem_user_address(tandem_u64 va) { return tandem_user_range(va, 1); }

/* True if PML4 slot `slot` may hold user memory. */
static inline int tandem_user_pml4_slot(unsigned slot) {
    return slot < TANDEM_USER_PML4_SLOTS && slot != TANDEM_KERNEL_PML4_SLOT;
}

/* Guest-physical memory map fixed by the contract. */
#define TANDEM_PHYS_BOOT_INFO 0x1000ull  /* struct tandem_boot_info, 1 page */
#define TANDEM_PHYS_BOOT_STACK 0x8000ull /* boot stack: 0x8000..0x10000 */
#define TANDEM_PHYS_BOOT_STACK_TOP 0x10000ull
#define TANDEM_PHYS_KERNEL 0x200000ull /* kernel image load address */
#define TANDEM_MEMORY_MIN (16ull << 20)
#define TANDEM_MEMORY_DEFAULT (512ull << 20)

#define TANDEM_PAGE_SIZE 4096ull

/* The block of user memory handled as one around a page fault: the guest
 * kernel reads a file's page cache ahead in aligned blocks of this size,
 * fills a fresh anonymous block from contiguous memory, maps the cached
 * pages of the block around a fault, and places file mappings so that their
 * blocks of address and of file offset coincide; user-only vmlib reflects
 * the block with one mmap per run of contiguous frames. */
#define TANDEM_FAULT_BLOCK_SIZE 0x10000ull
#define TANDEM_FAULT_BLOCK_PAGES (TANDEM_FAULT_BLOCK_SIZE / TANDEM_PAGE_SIZE)

/* Kernel virtual address of a guest-physical address (the direct map). */
#define TANDEM_PHYS_TO_VIRT(p) ((tandem_u64)(p) + TANDEM_DIRECT_MAP_BASE)

TANDEM_STATIC_ASSERT(TANDEM_USER_TOP < (tandem_u64)TANDEM_USER_PML4_SLOTS << 39,
                     "user window ends inside the last user PML4 slot");
TANDEM_STATIC_ASSERT(TANDEM_DIRECT_MAP_TOP <= TANDEM_KERNEL_HOLE_TOP, "the direct map fits the kernel hole");
TANDEM_STATIC_ASSERT(TANDEM_KERNEL_HOLE_BASE >= 0x000010007fff8000ull,
                     "the hole stays clear of AddressSanitizer's shadow");

/* ------------------------------------------------------------------------
 * 2. Boot protocol (docs/PLATFORM.md "Boot").
 *
 * Entry state: RIP = ELF entry (kernel half), RSP = direct-map address of
 * TANDEM_PHYS_BOOT_STACK_TOP, RDI = direct-map address of the boot info,
 * RSI = TANDEM_BOOT_MAGIC; virtual CPL 0, IF = 0, CR3 = 0 (the boot address
 * space: the kernel half only), no IDT (an exception before LIDT stops the
 * VM with a triple fault).
 * ---------------------------------------------------------------------- */
#define TANDEM_BOOT_MAGIC 0x74616e64656d3031ull /* "tandem01" */
#define TANDEM_CMDLINE_MAX 1024u
#define TANDEM_MAX_MODULES 8u
#define TANDEM_MAX_MEMMAP 16u
#define TANDEM_MAX_DEVICES 8u
#define TANDEM_MODULE_NAME_MAX 56u

enum tandem_memmap_type {
    TANDEM_MEM_USABLE = 1,
    TANDEM_MEM_RESERVED = 2, /* boot info, boot stack, device rings */
    TANDEM_MEM_KERNEL = 3,
    TANDEM_MEM_MODULE = 4,
    TANDEM_MEM_PMEM = 5, /* --pmem: the pseudo-non-volatile region; never for the page allocator */
};

struct tandem_memmap_entry {
    tandem_u64 base; /* guest-physical */
    tandem_u64 size;
    tandem_u32 type; /* enum tandem_memmap_type */
    tandem_u32 reserved;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_memmap_entry) == 24, "memmap entry layout");

/* Boot modules that start the guest kernel's first process, each a list of
 * NUL-terminated strings: its argv (argv[0] is the program's guest path,
 * resolved in the guest's own file system), its environment, and its working
 * directory (one guest path). */
#define TANDEM_MODULE_ARGV "argv"
#define TANDEM_MODULE_ENVP "envp"
#define TANDEM_MODULE_CWD "cwd"

/* A boot module: a file vmproc packed into guest memory (e.g. the program to run). */
struct tandem_boot_module {
    tandem_u64 phys; /* guest-physical start, page aligned */
    tandem_u64 size; /* bytes */
    char name[TANDEM_MODULE_NAME_MAX];
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_boot_module) == 72, "module layout");

enum tandem_device_type {
    TANDEM_DEV_CONSOLE = 1,
    TANDEM_DEV_TIMER = 2,
    TANDEM_DEV_ENTROPY = 3,
    TANDEM_DEV_POWER = 4,
    TANDEM_DEV_FILE = 5, /* ring_phys[0]: the request queue (struct tandem_fs_queue) */
    TANDEM_DEV_CONSOLE_ERR = 6, /* ring_phys[0]: output to tandem's stderr; the console's registers */
    TANDEM_DEV_CHANNEL = 7, /* --channel: ring_phys[0] is the mailbox (struct tandem_channel_mailbox) */
};

/* A device: where its ports, interrupt vector and shared rings are. */
struct tandem_device {
    tandem_u32 type;      /* enum tandem_device_type */
    tandem_u16 port_base; /* first port of the device's register block */
    tandem_u8 vector;     /* interrupt vector, 0 if none */
    tandem_u8 reserved;
    tandem_u64 ring_phys[2]; /* guest-physical ring pages (0 = none) */
    tandem_u32 ring_size[2]; /* bytes per ring including the header */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_device) == 32, "device layout");

/* Converts TSC ticks to nanoseconds: ns = ((tsc - tsc_at_boot) * mult) >> shift. */
struct tandem_clock {
    tandem_u64 tsc_at_boot;
    tandem_u64 realtime_ns_at_boot; /* CLOCK_REALTIME when tsc_at_boot was read */
    tandem_u32 tsc_to_ns_mult;
    tandem_u32 tsc_to_ns_shift;
    tandem_u64 tsc_hz;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_clock) == 32, "clock layout");

/* What the previous guest of this VM process died of (`--restart`,
 * docs/SUPERVISOR.md), published by vmproc in the boot info of the guest it
 * boots next; the guest kernel shows it as /proc/tandem/last_failure.  The
 * reason is vmproc's failure line, cut to fit and reduced to printable
 * ASCII (part of it, a panic message, came from the failed guest). */
#define TANDEM_FAILURE_REASON_MAX 200u
struct tandem_failure_record {
    tandem_u32 count;       /* failures so far in this VM process (0: none, the first boot) */
    tandem_u32 reserved;
    tandem_u64 realtime_ns; /* CLOCK_REALTIME when vmproc took the last failure */
    char reason[TANDEM_FAILURE_REASON_MAX]; /* NUL-terminated */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_failure_record) == 216, "failure record layout");

enum tandem_boot_flags {
    TANDEM_BOOT_COMPOSITE = 1u << 0, /* vmlib runs on the kernel module */
};

struct tandem_boot_info {
    tandem_u64 magic; /* TANDEM_BOOT_MAGIC */
    tandem_u32 abi_version;
    tandem_u32 flags;       /* enum tandem_boot_flags */
    tandem_u64 memory_size; /* bytes of guest-physical memory */
    tandem_u64 kernel_phys_end; /* first byte after the loaded kernel image */
    struct tandem_clock clock;
    tandem_u32 memmap_count;
    tandem_u32 module_count;
    tandem_u32 device_count;
    tandem_u32 reserved;
    struct tandem_memmap_entry memmap[TANDEM_MAX_MEMMAP];
    struct tandem_boot_module modules[TANDEM_MAX_MODULES];
    struct tandem_device devices[TANDEM_MAX_DEVICES];
    char cmdline[TANDEM_CMDLINE_MAX];
    /* `tandem run --profile`: guest-physical address of the program-name
     * table (struct tandem_program_names, section 11) the guest kernel keeps,
     * or 0 when nobody profiles (the kernel then keeps none). */
    tandem_u64 program_names_phys;
    /* `--pmem`: the pseudo-non-volatile region, guest-physical, page
     * aligned, after ordinary memory (a TANDEM_MEM_PMEM entry of the memory
     * map covers it; memory_size includes it); size 0 = none.  Its contents
     * survive guest restarts (and tandem runs, with a file). */
    tandem_u64 pmem_phys;
    tandem_u64 pmem_size;
    struct tandem_failure_record last_failure;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_boot_info) <= TANDEM_PAGE_SIZE,
                     "boot info fits its page");
TANDEM_STATIC_ASSERT(sizeof(struct tandem_boot_info) == 2560, "boot info layout");

/* ------------------------------------------------------------------------
 * 3. Devices (docs/PLATFORM.md "Devices").  Reached with port I/O, which the
 * rewriter turns into vmlib calls; bulk data goes through rings.
 * ---------------------------------------------------------------------- */
#define TANDEM_VEC_TIMER 32u
#define TANDEM_VEC_CONSOLE 33u
#define TANDEM_VEC_FIRST_IRQ 32u
#define TANDEM_IRQ_LINES 64u /* vectors 32..95 can be pending */
/* The pending-line bit of interrupt vector v (irq_pending, irq_raise, irq_async). */
#define TANDEM_IRQ_LINE_BIT(v) (1ull << ((v) - TANDEM_VEC_FIRST_IRQ))
/*
 * An interrupt that becomes due while the vCPU is inside vmlib waits until
 * vmlib is out of the way; whoever raised it (vmlib's host timer in
 * user-only mode, the module in composite mode) looks again this much later.
 */
#define TANDEM_IRQ_RETRY_NS 50000ull

/* Console: ring 0 = output (guest produces), ring 1 = input (host produces). */
#define TANDEM_PORT_CONSOLE 0x500u
#define TANDEM_CONSOLE_KICK_OUT 0x0u /* outl: drain the output ring */
#define TANDEM_CONSOLE_KICK_IN 0x4u  /* outl: guest consumed input, refill */
#define TANDEM_CONSOLE_PUTC 0x8u     /* outb: write one byte (early boot) */

/* The error console: output only (its ring 0), same registers as the
 * console; what the guest writes there goes to tandem's stderr. */
#define TANDEM_PORT_CONSOLE_ERR 0x550u

/* Timer: one-shot deadline in guest monotonic nanoseconds (the clock above). */
#define TANDEM_PORT_TIMER 0x510u
#define TANDEM_TIMER_DEADLINE_LO 0x0u /* outl: latch low 32 bits */
#define TANDEM_TIMER_DEADLINE_HI 0x4u /* outl: high 32 bits; arms (0:0 cancels) */

/* Entropy: inl returns 32 random bits from the host. */
#define TANDEM_PORT_ENTROPY 0x520u

/* Power: outl powers off with the written exit status.  Before that, a guest
 * may hand vmproc a report for --stats: outl of the guest-physical address of
 * a struct tandem_guest_report to TANDEM_POWER_REPORT (vmproc copies it at
 * once, bounds-checked; a guest kernel's own counts, never trusted for
 * anything but printing). */
#define TANDEM_PORT_POWER 0x530u
#define TANDEM_POWER_OFF 0x0u
#define TANDEM_POWER_REPORT 0x4u
#define TANDEM_REPORT_MAGIC 0x7470727475676174ull /* "tagutrpt" */
#define TANDEM_REPORT_MAX_ENOSYS 64u

struct tandem_enosys_count {
    tandem_u32 nr;       /* the system-call number the guest kernel does not implement */
    tandem_u32 reserved;
    tandem_u64 count;    /* how often it was called */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_enosys_count) == 16, "enosys count layout");

/* What resolved a guest page fault (struct tandem_guest_report's
 * fault_kinds[]), for the breakdown of where faults come from. */
enum tandem_fault_kind {
    TANDEM_FAULT_FILE_MAPPED = 0, /* a file's page-cache page mapped (read, or a shared mapping) */
    TANDEM_FAULT_FILE_COPIED,     /* a write to a private file mapping: a copy of the file's page */
    TANDEM_FAULT_ANON_PAGE,       /* anonymous memory, one zero page */
    TANDEM_FAULT_ANON_BLOCK,      /* anonymous memory, a whole block of zero pages from one run */
    TANDEM_FAULT_COW_COPIED,      /* a write to a page shared after fork: copied */
    TANDEM_FAULT_COW_TAKEN,       /* a write to a page shared after fork, by its last user: made writable */
    TANDEM_FAULT_STALE,           /* the entry was already right: a stale translation */
    TANDEM_FAULT_PROT_NONE,       /* a PROT_NONE'd entry given back its rights */
    TANDEM_FAULT_KINDS
};

struct tandem_guest_report {
    tandem_u64 magic;           /* TANDEM_REPORT_MAGIC */
    tandem_u64 syscalls;        /* system calls made */
    tandem_u64 processes;       /* processes created (fork/clone without CLONE_THREAD) */
    tandem_u64 execs;           /* successful execve */
    tandem_u64 page_faults;     /* user page faults resolved by the guest kernel */
    tandem_u64 cow_copies;      /* copy-on-write page copies */
    tandem_u64 oom_kills;       /* processes killed for lack of memory */
    tandem_u64 fault_around_pages; /* further pages those page faults mapped (fault-around) */
    tandem_u64 context_switches;   /* switches from one task to another */
    tandem_u64 cow_taken_around;   /* pages made writable beside a copy-on-write fault (last user) */
    tandem_u64 cow_copied_around;  /* written shared pages copied beside a copy-on-write fault (in cow_copies too) */
    tandem_u64 fault_kinds[TANDEM_FAULT_KINDS]; /* faults (user and user-copy) by what resolved them */
    tandem_u32 enosys_used;     /* entries of enosys[] in use */
    tandem_u32 reserved;
    struct tandem_enosys_count enosys[TANDEM_REPORT_MAX_ENOSYS];
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_guest_report) == 96 + 8 * TANDEM_FAULT_KINDS + 16 * TANDEM_REPORT_MAX_ENOSYS,
                     "guest report layout");

/* A guest kernel that panics hands vmproc where and why before it powers off:
 * outl of the guest-physical address of a struct tandem_panic_report to
 * TANDEM_POWER_PANIC.  vmproc copies it at once (bounds-checked) and, at the
 * power-off that follows, reports the failure and writes a core file
 * (docs/SUPERVISOR.md).  The registers are the panicking function's own,
 * taken inside it, so a debugger unwinds the panic path from them. */
#define TANDEM_POWER_PANIC 0x8u
#define TANDEM_PANIC_MAGIC 0x63696e6170676174ull /* "tagpanic" */
#define TANDEM_PANIC_MESSAGE_MAX 256u

/* struct tandem_panic_report follows struct tandem_regs (section 4). */

/* How vmproc finds the guest kernel's process table from outside, without
 * running anything in the guest (`tandem top`, docs/SUPERVISOR.md): the guest
 * kernel defines a symbol TANDEM_INTROSPECT_SYMBOL holding this record, the
 * layout of its own structures.  Everything vmproc reads through it is
 * treated as hostile (bounds-checked, list walks capped). */
#define TANDEM_INTROSPECT_SYMBOL "tandem_introspect"
#define TANDEM_INTROSPECT_MAGIC 0x7073637274736974ull /* "titsrcsp" */

struct tandem_introspect {
    tandem_u64 magic;          /* TANDEM_INTROSPECT_MAGIC */
    tandem_u64 process_list;   /* address of the list head every process is linked on */
    tandem_u32 list_prev, list_next; /* offsets of the two pointers in a list node */
    tandem_u32 process_size;   /* bytes of a process record */
    tandem_u32 process_node;   /* offset of its list node */
    tandem_u32 process_pid;    /* i32 */
    tandem_u32 process_state;  /* u8: 0 = alive, 1 = zombie */
    tandem_u32 process_parent; /* pointer to the parent process record (0 = none) */
    tandem_u32 process_leader; /* pointer to the leading thread's task record (0 = none) */
    tandem_u32 process_threads;  /* u32 thread count */
    tandem_u32 process_utime_ns; /* u64 */
    tandem_u32 process_stime_ns; /* u64 */
    tandem_u32 process_as;     /* pointer to the address-space record (0 = none) */
    tandem_u32 task_size;      /* bytes of a task record */
    tandem_u32 task_name;      /* offset of its command name */
    tandem_u32 task_name_size; /* bytes of that name (NUL-padded) */
    tandem_u32 task_state;     /* u8: 0 = runnable, 1 = blocked, 2 = dead */
    tandem_u32 as_size;        /* bytes of an address-space record */
    tandem_u32 as_root;        /* offset of its page-table root (u64, guest-physical) */
    /* The interrupt-entry latency probe (/proc/tandem_irq_entry): address of
     * { u64 count; u64 ns[irq_entry_samples]; }, a ring of the last samples
     * indexed by count % irq_entry_samples (0 = the kernel keeps none). */
    tandem_u64 irq_entry;
    tandem_u32 irq_entry_samples;
    tandem_u32 reserved;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_introspect) == 16 + 18 * 4 + 16, "introspect layout");

/* Header of a single-producer single-consumer byte ring in guest memory. */
struct tandem_ring {
    volatile tandem_u32 head; /* producer's free-running index */
    volatile tandem_u32 tail; /* consumer's free-running index */
    tandem_u32 data_size;     /* bytes of data after the header, power of two */
    volatile tandem_u32 flags; /* TANDEM_RING_EOF, TANDEM_RING_BROKEN + error */
    /* tandem_u8 data[data_size] follows */
};
#define TANDEM_RING_EOF 0x1u    /* producer will write no more */
#define TANDEM_RING_BROKEN 0x2u /* consumer can take no more: its sink failed */
/* With TANDEM_RING_BROKEN, bits 16-31 hold the sink's Linux errno
 * (EPIPE for a closed pipe, ENOSPC for a full device). */
#define TANDEM_RING_ERRNO_SHIFT 16
TANDEM_STATIC_ASSERT(sizeof(struct tandem_ring) == 16, "ring header layout");

/* ------------------------------------------------------------------------
 * 3a. Message channel (`--channel NAME`, docs/SUPERVISOR.md).  Guests started
 * with the same NAME exchange whole messages through their VM processes
 * (an AF_UNIX SOCK_SEQPACKET connection between them).  The guest fills the
 * mailbox (the device's ring_phys[0]: a header, then the data area) and
 * writes the op to port TANDEM_PORT_CHANNEL + TANDEM_CHANNEL_DO; vmproc
 * performs it at once, never blocking, and writes result and status.
 * vmproc copies at most TANDEM_CHANNEL_MESSAGE_MAX bytes either way, and
 * only the op, len and data of the mailbox are read from the guest.
 * ---------------------------------------------------------------------- */
#define TANDEM_PORT_CHANNEL 0x560u
#define TANDEM_CHANNEL_DO 0x0u /* outl: perform the mailbox's op */
#define TANDEM_VEC_CHANNEL 35u
#define TANDEM_CHANNEL_MESSAGE_MAX (64u * 1024u)

enum tandem_channel_op {
    /* Sends data[0..len) as one message: result len; -EMSGSIZE (len too
     * large), -EAGAIN (no peer yet, or its queue is full), -EPIPE (the
     * peer is gone).  len 0 sends nothing (result 0). */
    TANDEM_CHANNEL_SEND = 1,
    /* Takes the next message into data, at most len bytes (the rest of a
     * longer message is dropped, as SOCK_SEQPACKET's read does): result the
     * bytes stored; 0 = end, the peer is gone and no message is left;
     * -EAGAIN none yet. */
    TANDEM_CHANNEL_RECV = 2,
    /* result = the status bits now; and unless one of the bits in len is
     * already set, vmproc raises TANDEM_VEC_CHANNEL once when one of them
     * (or of the bits earlier POLLs asked for since the last interrupt)
     * becomes set (a guest waits with: POLL, sleep until the interrupt,
     * retry). */
    TANDEM_CHANNEL_POLL = 3,
};

enum tandem_channel_status {
    TANDEM_CHANNEL_READABLE = 1u << 0, /* a message or the end waits */
    TANDEM_CHANNEL_WRITABLE = 1u << 1, /* a send would not answer -EAGAIN */
    TANDEM_CHANNEL_HANGUP = 1u << 2,   /* the peer was there and is gone */
    TANDEM_CHANNEL_CONNECTED = 1u << 3, /* a peer is (or was) connected */
};

struct tandem_channel_mailbox {
    tandem_u32 op;      /* guest: enum tandem_channel_op */
    tandem_u32 len;     /* guest: bytes to send, room to receive, or POLL's bits */
    tandem_s64 result;  /* vmproc */
    tandem_u32 status;  /* vmproc: enum tandem_channel_status after the op */
    tandem_u32 reserved;
    /* tandem_u8 data[TANDEM_CHANNEL_MESSAGE_MAX] follows */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_channel_mailbox) == 24, "channel mailbox layout");

/* ------------------------------------------------------------------------
 * 3b. File service (docs/PLATFORM.md "File service").  A paravirtual file
 * system over the host directories vmproc exports (--root, --bind).  The
 * guest names host objects only by opaque node ids that vmproc handed out
 * and by single path components; it walks paths, follows symlinks and
 * resolves ".." itself, so nothing it sends can name a host path outside an
 * export.
 *
 * Transport: a queue of request slots in guest memory (the device's
 * ring_phys[0], ring_size[0] bytes).  The guest fills slot
 * (submitted % slot_count), then increments `submitted`, and writes any
 * value to port TANDEM_PORT_FILE + TANDEM_FS_KICK.  vmproc performs slots in
 * order, writes each reply, and increments `completed`.  Today vmproc
 * completes every submitted slot before the kick returns; a guest must still
 * accept completion later, announced by interrupt TANDEM_VEC_FILE.
 *
 * Buffers and names are guest-physical ranges that must lie inside guest
 * memory (they may cross pages: the direct map is contiguous).  Names are
 * single components: not empty, no '/', not "." or "..", at most
 * TANDEM_FS_NAME_MAX bytes, no NUL.  Results are >= 0 or a negative Linux
 * errno.  Node ids and handles are never 0.
 * ---------------------------------------------------------------------- */
#define TANDEM_PORT_FILE 0x540u
#define TANDEM_FS_KICK 0x0u /* outl: perform submitted requests */
#define TANDEM_VEC_FILE 34u
#define TANDEM_FS_NAME_MAX 255u
#define TANDEM_FS_PATH_MAX 4096u /* symlink targets */
#define TANDEM_FS_MAX_EXPORTS 16u

enum tandem_fs_op {
    /* node = export root or any node; fills reply.attr. */
    TANDEM_FS_GETATTR = 1,
    /* node = directory, name → reply.node (a new reference) + reply.attr.
     * Symlinks are not followed.  -ENOENT if absent. */
    TANDEM_FS_LOOKUP = 2,
    /* node: the guest drops `count` references (lookups) of the node. */
    TANDEM_FS_FORGET = 3,
    /* node, flags = Linux O_ACCMODE | O_TRUNC | O_APPEND | O_DIRECTORY →
     * reply.handle.  Only regular files and directories open. */
    TANDEM_FS_OPEN = 4,
    /* node = handle: closes it. */
    TANDEM_FS_CLOSE = 5,
    /* node = handle, offset, buf/len → bytes read (0 at end of file). */
    TANDEM_FS_READ = 6,
    /* node = handle, offset, buf/len → bytes written.  O_APPEND handles
     * write at the end and return the new end in reply.offset. */
    TANDEM_FS_WRITE = 7,
    /* node = directory handle, offset = cookie (0 = start), buf/len →
     * bytes of packed struct tandem_fs_dirent; reply.offset = next cookie;
     * 0 bytes = end.  "." and ".." are not listed. */
    TANDEM_FS_READDIR = 8,
    /* node = directory, name, mode, flags = O_ACCMODE | O_EXCL | O_TRUNC →
     * reply.node + reply.handle + reply.attr.  Without O_EXCL an existing
     * regular file is opened. */
    TANDEM_FS_CREATE = 9,
    /* node = directory, name, mode → reply.node + reply.attr. */
    TANDEM_FS_MKDIR = 10,
    /* node = directory, name (not a directory). */
    TANDEM_FS_UNLINK = 11,
    /* node = directory, name (an empty directory). */
    TANDEM_FS_RMDIR = 12,
    /* node = directory, name → node2 = directory, name2; flags = Linux
     * RENAME_NOREPLACE | RENAME_EXCHANGE.  Both in the same export. */
    TANDEM_FS_RENAME = 13,
    /* node = directory, name, name2 = target text → reply.node + attr. */
    TANDEM_FS_SYMLINK = 14,
    /* node = symlink, buf/len → bytes of target (no NUL). */
    TANDEM_FS_READLINK = 15,
    /* node = existing non-directory, node2 = directory, name2 → attr. */
    TANDEM_FS_LINK = 16,
    /* node, valid = TANDEM_FS_SET_*: mode, size, atime, mtime → attr. */
    TANDEM_FS_SETATTR = 17,
    /* node → struct tandem_fs_statfs in buf. */
    TANDEM_FS_STATFS = 18,
    /* node = handle: fsync. */
    TANDEM_FS_FSYNC = 19,
    /* buf/len → struct tandem_fs_export[n], result = n: the exports, in
     * mount order (the root export first).  Each root is a referenced node. */
    TANDEM_FS_EXPORTS = 20,
    /* node = directory, name, mode = S_IFIFO or S_IFSOCK | permission bits
     * → reply.node + reply.attr: a named pipe or a socket's name (never a
     * device node: every export is nodev).  vmproc never opens either; the
     * guest kernel carries their data itself. */
    TANDEM_FS_MKNOD = 21,
    TANDEM_FS_OP_COUNT = 22,
};

/* SETATTR's `valid` bits; a time of TANDEM_FS_TIME_NOW means "now". */
#define TANDEM_FS_SET_MODE 0x1u
#define TANDEM_FS_SET_SIZE 0x2u
#define TANDEM_FS_SET_ATIME 0x4u
#define TANDEM_FS_SET_MTIME 0x8u
#define TANDEM_FS_TIME_NOW 0x3fffffffu /* in a *_nsec field */

/* What stat needs; mode and rdev use Linux's encodings. */
struct tandem_fs_attr {
    tandem_u64 ino;
    tandem_u64 size;
    tandem_u64 blocks; /* 512-byte units */
    tandem_u64 rdev;
    tandem_u32 mode;
    tandem_u32 nlink;
    tandem_u32 uid;
    tandem_u32 gid;
    tandem_s64 atime_sec;
    tandem_s64 mtime_sec;
    tandem_s64 ctime_sec;
    tandem_u32 atime_nsec;
    tandem_u32 mtime_nsec;
    tandem_u32 ctime_nsec;
    tandem_u32 blksize;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_fs_attr) == 88, "fs attr layout");

/* A READDIR record; records are 8-byte aligned, reclen covers the name. */
struct tandem_fs_dirent {
    tandem_u64 ino;
    tandem_u16 reclen;
    tandem_u8 type; /* Linux DT_* */
    tandem_u8 name_len;
    tandem_u32 reserved;
    /* char name[name_len] follows, no NUL */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_fs_dirent) == 16, "fs dirent layout");

struct tandem_fs_statfs {
    tandem_u64 type; /* the guest reports its own magic; informational */
    tandem_u64 bsize;
    tandem_u64 blocks;
    tandem_u64 bfree;
    tandem_u64 bavail;
    tandem_u64 files;
    tandem_u64 ffree;
    tandem_u64 namelen;
    tandem_u64 flags; /* ST_RDONLY for read-only exports */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_fs_statfs) == 72, "fs statfs layout");

#define TANDEM_FS_EXPORT_RO 0x1u
struct tandem_fs_export {
    tandem_u64 root; /* node id of the export's root directory */
    tandem_u32 flags; /* TANDEM_FS_EXPORT_RO */
    tandem_u32 reserved;
    tandem_u64 parent_ino; /* inode number of the host directory holding the root
                            * (what the root's ".." names; the root's own for /) */
    char path[232]; /* where the guest mounts it, absolute, NUL-terminated */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_fs_export) == 256, "fs export layout");

struct tandem_fs_request {
    tandem_u32 op;    /* enum tandem_fs_op */
    tandem_u32 flags;
    tandem_u64 node;  /* node id or handle */
    tandem_u64 node2; /* second directory (RENAME, LINK) */
    tandem_u64 offset; /* READ/WRITE offset, READDIR cookie, FORGET count */
    tandem_u64 buf;    /* guest-physical */
    tandem_u32 len;
    tandem_u32 mode;
    tandem_u64 name; /* guest-physical */
    tandem_u64 name2;
    tandem_u32 name_len;
    tandem_u32 name2_len;
    tandem_u64 size; /* SETATTR */
    tandem_s64 atime_sec;
    tandem_s64 mtime_sec;
    tandem_u32 atime_nsec;
    tandem_u32 mtime_nsec;
    tandem_u32 valid; /* SETATTR */
    tandem_u32 reserved;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_fs_request) == 112, "fs request layout");

struct tandem_fs_reply {
    tandem_s64 result;
    tandem_u64 node;
    tandem_u64 handle;
    tandem_u64 offset;
    struct tandem_fs_attr attr;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_fs_reply) == 120, "fs reply layout");

struct tandem_fs_slot {
    struct tandem_fs_request req;
    struct tandem_fs_reply rep;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_fs_slot) == 232, "fs slot layout");

struct tandem_fs_queue {
    volatile tandem_u32 submitted; /* guest's free-running count */
    volatile tandem_u32 completed; /* vmproc's free-running count */
    tandem_u32 slot_count;         /* set by vmproc at boot; the guest must not change it */
    tandem_u32 reserved;
    /* struct tandem_fs_slot slots[slot_count] follows */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_fs_queue) == 16, "fs queue layout");

/* ------------------------------------------------------------------------
 * 4. The virtual CPU (docs/PLATFORM.md "Virtual CPU").
 * ---------------------------------------------------------------------- */

/* General registers in hardware encoding order (ModRM reg numbers). */
enum tandem_gpr {
    TANDEM_RAX, TANDEM_RCX, TANDEM_RDX, TANDEM_RBX,
    TANDEM_RSP, TANDEM_RBP, TANDEM_RSI, TANDEM_RDI,
    TANDEM_R8, TANDEM_R9, TANDEM_R10, TANDEM_R11,
    TANDEM_R12, TANDEM_R13, TANDEM_R14, TANDEM_R15,
    TANDEM_GPR_COUNT,
    TANDEM_REG_RIP = 16, /* only as a memory-operand base */
    TANDEM_REG_NONE = 0xff,
};

struct tandem_regs {
    tandem_u64 gpr[TANDEM_GPR_COUNT];
    tandem_u64 rip;
    tandem_u64 rflags; /* IF and IOPL here are the virtual ones */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_regs) == 18 * 8, "regs layout");

/* What a panicking guest kernel hands TANDEM_POWER_PANIC (section 3, power). */
struct tandem_panic_report {
    tandem_u64 magic;          /* TANDEM_PANIC_MAGIC */
    struct tandem_regs regs;   /* rflags is not captured (0x2) */
    char message[TANDEM_PANIC_MESSAGE_MAX]; /* NUL-terminated unless full */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_panic_report) == 8 + 18 * 8 + TANDEM_PANIC_MESSAGE_MAX,
                     "panic report layout");

/* Architectural bits the platform relies on (Intel SDM vol. 3, 2.3-2.5); RFLAGS and CR0 are
 * in x86.h (included at the top), which assembly can include too. */
#define TANDEM_CR4_PAE (1ull << 5)
#define TANDEM_CR4_PGE (1ull << 7)
#define TANDEM_CR4_OSFXSR (1ull << 9)
#define TANDEM_CR4_OSXMMEXCPT (1ull << 10)
#define TANDEM_CR4_FSGSBASE (1ull << 16)
#define TANDEM_CR4_PCIDE (1ull << 17)
#define TANDEM_CR4_OSXSAVE (1ull << 18)
#define TANDEM_EFER_SCE (1ull << 0)
#define TANDEM_EFER_LME (1ull << 8)
#define TANDEM_EFER_LMA (1ull << 10)
#define TANDEM_EFER_NXE (1ull << 11)
#define TANDEM_CR3_ADDR_MASK 0x000ffffffffff000ull
/* With CR4.PCIDE: the address-space id in a CR3 value, and the bit of a
 * value written to CR3 that keeps that id's translations (never stored). */
#define TANDEM_CR3_PCID_MASK 0xfffull
#define TANDEM_CR3_NOFLUSH (1ull << 63)

/* MSRs the virtual CPU implements (others: rdmsr/wrmsr raise #GP). */
#define TANDEM_MSR_EFER 0xc0000080u
#define TANDEM_MSR_STAR 0xc0000081u
#define TANDEM_MSR_LSTAR 0xc0000082u
#define TANDEM_MSR_CSTAR 0xc0000083u
#define TANDEM_MSR_FMASK 0xc0000084u
#define TANDEM_MSR_FS_BASE 0xc0000100u
#define TANDEM_MSR_GS_BASE 0xc0000101u
#define TANDEM_MSR_KERNEL_GS_BASE 0xc0000102u
#define TANDEM_MSR_TSC_AUX 0xc0000103u

/* Page-table entry bits (SDM vol. 3, 4.5). */
#define TANDEM_PTE_P (1ull << 0)
#define TANDEM_PTE_W (1ull << 1)
#define TANDEM_PTE_U (1ull << 2)
#define TANDEM_PTE_A (1ull << 5)
#define TANDEM_PTE_D (1ull << 6)
#define TANDEM_PTE_PS (1ull << 7)
#define TANDEM_PTE_G (1ull << 8)
#define TANDEM_PTE_NX (1ull << 63)
#define TANDEM_PTE_ADDR_MASK 0x000ffffffffff000ull

/* #PF error code bits (SDM vol. 3, 4.7). */
#define TANDEM_PF_P (1u << 0)
#define TANDEM_PF_W (1u << 1)
#define TANDEM_PF_U (1u << 2)
#define TANDEM_PF_I (1u << 4)

/* Exception vectors (SDM vol. 3, 6.3.1). */
enum tandem_vector {
    TANDEM_EXC_DE = 0, TANDEM_EXC_DB = 1, TANDEM_EXC_NMI = 2, TANDEM_EXC_BP = 3,
    TANDEM_EXC_OF = 4, TANDEM_EXC_BR = 5, TANDEM_EXC_UD = 6, TANDEM_EXC_NM = 7,
    TANDEM_EXC_DF = 8, TANDEM_EXC_TS = 10, TANDEM_EXC_NP = 11, TANDEM_EXC_SS = 12,
    TANDEM_EXC_GP = 13, TANDEM_EXC_PF = 14, TANDEM_EXC_MF = 16, TANDEM_EXC_AC = 17,
    TANDEM_EXC_MC = 18, TANDEM_EXC_XM = 19,
};

/* Descriptor tables register image (what lgdt/lidt load). */
struct tandem_dtr {
    tandem_u16 limit;
    tandem_u16 pad[3];
    tandem_u64 base;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_dtr) == 16, "dtr layout");

/*
 * Complete virtual-CPU state.  In user-only mode vmlib keeps it in its own
 * memory; in composite mode the kernel module exchanges it with vmproc
 * through the get/set-state ioctls.
 */
struct tandem_vcpu_state {
    struct tandem_regs regs;
    tandem_u64 cr0, cr2, cr3, cr4, cr8;
    tandem_u64 efer, xcr0;
    tandem_u64 star, lstar, cstar, fmask;
    tandem_u64 fs_base, gs_base, kernel_gs_base, tsc_aux;
    tandem_u64 dr[8];
    struct tandem_dtr gdtr, idtr;
    tandem_u16 ldtr, tr;
    tandem_u16 cs, ss, ds, es, fs, gs;
    tandem_u8 cpl; /* 0 = guest kernel, 3 = guest user */
    tandem_u8 halted;
    tandem_u8 reserved[6];
    tandem_u64 irq_pending; /* bit n = vector 32 + n */
    tandem_u64 timer_deadline_ns; /* 0 = no timer armed */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_vcpu_state) == 144 + 7 * 8 + 4 * 8 + 4 * 8 + 8 * 8 + 32 + 24 + 16,
                     "vcpu state layout");

/* ------------------------------------------------------------------------
 * 5. Rewritten sites.  The rewriter replaces each sensitive instruction
 * with `call __vmlib_site` and records one struct tandem_site in the
 * section ".tandem.sites".  vmlib finds the record from the return address
 * (addr + TANDEM_SITE_CALL_LEN); vmproc reads the counts for --stats.
 * ---------------------------------------------------------------------- */
#define TANDEM_SITE_CALL_LEN 5u /* e8 rel32 */
/*
 * swapgs and sysretq run where RSP may still (or already) be the guest
 * user's stack pointer, which the guest kernel must not write below (user
 * code has a red zone, and the pointer is untrusted).  Their sites first
 * swap RSP with vmlib's private-stack slot, in one instruction:
 *     xchgq %rsp, __vmlib_private_rsp(%rip)    (7 bytes)
 *     call  __vmlib_site                       (the recorded address)
 * and carry TANDEM_SITE_FLAG_PRIVATE_STACK; vmlib takes the guest RSP from
 * the slot.  An interrupt must not be delivered on the `call` itself (the
 * stack is vmlib's there): both backends treat it as an interrupt shadow.
 */
#define TANDEM_SITE_PRIVATE_PREFIX_LEN 7u
#define TANDEM_PRIVATE_RSP_SYMBOL "__vmlib_private_rsp"
#define TANDEM_SITE_USES_PRIVATE_STACK(kind) ((kind) == TANDEM_SITE_SWAPGS || (kind) == TANDEM_SITE_SYSRETQ)
#define TANDEM_SITES_SECTION ".tandem.sites"
#define TANDEM_VMLIB_SECTION ".tandem.vmlib" /* struct tandem_vmlib_desc */
#define TANDEM_VMLIB_TEXT_SECTION ".vmlib.text" /* the only code allowed to hold sensitive instructions */

/* X(name, text) — one entry per instruction kind the rewriter knows. */
#define TANDEM_SITE_KINDS(X)                                                  \
    X(CLI, "cli") X(STI, "sti") X(PUSHF, "pushf") X(POPF, "popf")           \
    X(HLT, "hlt") X(IN, "in") X(OUT, "out") X(INS, "ins") X(OUTS, "outs")   \
    X(LGDT, "lgdt") X(LIDT, "lidt") X(LLDT, "lldt") X(LTR, "ltr")           \
    X(SGDT, "sgdt") X(SIDT, "sidt") X(SLDT, "sldt") X(STR, "str")           \
    X(SMSW, "smsw") X(LMSW, "lmsw") X(CLTS, "clts")                         \
    X(MOV_TO_CR, "mov to cr") X(MOV_FROM_CR, "mov from cr")                 \
    X(MOV_TO_DR, "mov to dr") X(MOV_FROM_DR, "mov from dr")                 \
    X(RDMSR, "rdmsr") X(WRMSR, "wrmsr") X(RDPMC, "rdpmc")                   \
    X(INVLPG, "invlpg") X(INVPCID, "invpcid") X(WBINVD, "wbinvd")           \
    X(INVD, "invd") X(SWAPGS, "swapgs") X(IRETQ, "iretq")                   \
    X(SYSRETQ, "sysretq") X(STAC, "stac") X(CLAC, "clac")                   \
    X(XSETBV, "xsetbv") X(MONITOR, "monitor") X(MWAIT, "mwait")             \
    X(CPUID, "cpuid") X(MOV_TO_SEG, "mov to sreg")                          \
    X(MOV_FROM_SEG, "mov from sreg") X(PUSH_SEG, "push sreg")               \
    X(POP_SEG, "pop sreg") X(LRETQ, "lretq") X(RDFSBASE, "rdfsbase")        \
    X(RDGSBASE, "rdgsbase") X(WRFSBASE, "wrfsbase") X(WRGSBASE, "wrgsbase")

enum tandem_site_kind {
    TANDEM_SITE_INVALID = 0,
#define TANDEM_X_ENUM(name, text) TANDEM_SITE_##name,
    TANDEM_SITE_KINDS(TANDEM_X_ENUM)
#undef TANDEM_X_ENUM
    TANDEM_SITE_KIND_COUNT
};

/* How the instruction's operand is described in the site record. */
enum tandem_site_form {
    TANDEM_FORM_NONE = 0, /* no explicit operand (cli, iretq, rdmsr, ...) */
    TANDEM_FORM_REG = 1,  /* register operand: reg (width bytes) */
    TANDEM_FORM_MEM = 2,  /* memory operand: disp(base,index,scale) */
    TANDEM_FORM_IMM = 3,  /* immediate operand: imm (in/out port) */
    TANDEM_FORM_DX = 4,   /* port in %dx (in/out/ins/outs) */
};

/* Special-register numbers carried in tandem_site.aux. */
enum tandem_sreg { TANDEM_SREG_ES, TANDEM_SREG_CS, TANDEM_SREG_SS,
                   TANDEM_SREG_DS, TANDEM_SREG_FS, TANDEM_SREG_GS };
#define TANDEM_SITE_FLAG_REP 0x1u           /* rep prefix on ins/outs */
#define TANDEM_SITE_FLAG_PRIVATE_STACK 0x2u /* entered through the private-stack prefix (section 5) */

struct tandem_site {
    tandem_u64 addr;  /* address of the call instruction */
    tandem_u16 kind;  /* enum tandem_site_kind */
    tandem_u8 form;   /* enum tandem_site_form */
    tandem_u8 width;  /* operand width in bytes (1,2,4,8; 0 = n/a) */
    tandem_u8 reg;    /* enum tandem_gpr for FORM_REG */
    tandem_u8 aux;    /* CR/DR number, enum tandem_sreg */
    tandem_u8 base;   /* FORM_MEM base register (TANDEM_REG_RIP: disp is absolute) */
    tandem_u8 index;  /* FORM_MEM index register or TANDEM_REG_NONE */
    tandem_u8 scale;  /* 1,2,4,8 */
    tandem_u8 flags;  /* TANDEM_SITE_FLAG_* */
    tandem_u16 imm;   /* FORM_IMM value */
    tandem_u32 line;  /* line of the instruction in the rewriter's input file */
    tandem_s64 disp;  /* FORM_MEM displacement (absolute address for RIP base) */
    tandem_u64 count; /* times executed (maintained by vmlib) */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_site) == 40, "site record layout");

/* ------------------------------------------------------------------------
 * 6. Exits to the VM process and statistics.  The same structure serves the
 * user-only backend (a function call into vmlib) and composite mode (the run
 * ioctl of /dev/tandem).
 * ---------------------------------------------------------------------- */
#define TANDEM_EXIT_REASONS(X)                                                \
    X(NONE, "none") X(IO, "port i/o") X(HALT, "halt")                         \
    X(SHUTDOWN, "shutdown") X(HOST_SIGNAL, "host signal")                     \
    X(INTERNAL, "internal error")                                            \
    X(TRAP, "guest exception") X(SYSCALL, "guest system call")               \
    X(VMLIB, "vmlib exit (composite)")                                       \
    X(ISOLATION, "forbidden host system call (user-only)")

enum tandem_exit_reason {
#define TANDEM_X_ENUM(name, text) TANDEM_EXIT_##name,
    TANDEM_EXIT_REASONS(TANDEM_X_ENUM)
#undef TANDEM_X_ENUM
    TANDEM_EXIT_REASON_COUNT
};

/*
 * Composite mode (/dev/tandem RUN) exits with VMLIB (vmlib's EXIT hypercall:
 * vmlib's own struct tandem_run holds the exit), SHUTDOWN or INTERNAL (the
 * module stopped the guest: fault_* and message say where and why).  No mode
 * produces TRAP or SYSCALL; they keep their numbers so that VMLIB keeps its.
 */
struct tandem_run {
    tandem_u32 exit_reason; /* enum tandem_exit_reason */
    tandem_u32 host_signal; /* for TANDEM_EXIT_HOST_SIGNAL */
    /* TANDEM_EXIT_IO: for in, vmproc stores the result in value before resuming. */
    tandem_u16 io_port;
    tandem_u8 io_size; /* 1, 2 or 4 */
    tandem_u8 io_in;   /* 1 = in, 0 = out */
    tandem_u32 io_value;
    /* TANDEM_EXIT_HALT: when the guest's timer fires (0 = never; it may have
     * passed already, and then the vCPU is to be resumed at once). */
    tandem_u64 halt_deadline_ns;
    /* TANDEM_EXIT_SHUTDOWN / INTERNAL: what happened, for the user. */
    tandem_u64 fault_rip;
    tandem_u64 fault_addr;
    tandem_u32 fault_vector;
    tandem_u32 fault_error;
    char message[96];
    /* Set by vmproc before resuming: interrupt lines to raise (bit n = vector 32+n). */
    tandem_u64 irq_raise;
    /*
     * User-only mode: lines raised by another vmproc thread while the vCPU
     * may be running (an atomic OR, then the vCPU thread is sent the timer
     * signal, whose handler moves them into the pending lines).  Composite
     * mode uses TANDEM_IOC_INJECT_IRQ instead; vmlib ignores this there.
     */
    tandem_u64 irq_async;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_run) == 160, "run layout");

#define TANDEM_STATS(X)                                                       \
    X(EXIT_IO, "exits: port i/o") X(EXIT_HALT, "exits: halt")                 \
    X(EXIT_SHUTDOWN, "exits: shutdown") X(EXIT_HOST_SIGNAL, "exits: host signal") \
    X(EXIT_INTERNAL, "exits: internal")                                       \
    X(SYSCALL, "guest system calls")                                          \
    X(IRQ_DELIVERED, "interrupts delivered")                                  \
    X(IRQ_DEFERRED, "interrupts kept pending (IF=0)")                         \
    X(IRQ_RETRY, "interrupt delivery retries")                                \
    X(IRQ_ASYNC, "interrupt lines raised by other vmproc threads")            \
    X(HOST_SIGNAL, "host stop signals (INT/TERM/HUP)")                                    \
    X(PF_REFLECTED, "page faults: pages reflected")                           \
    X(PF_REFLECTED_RUN, "page faults: pages reflected with them, their contiguous run") \
    X(PF_REFLECTED_AHEAD, "page faults: reflected on return from the guest's handler") \
    X(PF_TO_GUEST, "page faults: delivered to guest")                         \
    X(PF_KERNEL_USER, "page faults: guest kernel touching user window")       \
    X(INVAL_FULL, "invalidations: whole user window")                         \
    X(INVAL_PAGE, "invalidations: one page")                                  \
    X(NM_EAGER, "#NM delivered before user entry (TS set)")                   \
    X(USER_ENTRY, "entries to guest user mode")                               \
    X(TIMER_ARM, "timer programmed")                                         \
    X(EXIT_TRAP, "exits: guest exception")                                   \
    X(EXIT_SYSCALL, "exits: guest system call")                              \
    X(WORLD_SWITCH, "world switches (composite)")                            \
    X(HOST_IRQ, "host interrupts while the guest ran (composite)")           \
    X(HOST_NMI, "host NMIs/machine checks while the guest ran (composite)")    \
    X(HYPERCALL, "hypercalls (composite)")                                   \
    X(UPCALL_SYSCALL, "system calls reflected into vmlib (composite)")       \
    X(UPCALL_EXCEPTION, "exceptions reflected into vmlib (composite)")       \
    X(UPCALL_IRQ, "interrupts reflected into vmlib (composite)")             \
    X(SHADOW_MAP, "user pages mapped by hypercall (composite)")              \
    X(SHADOW_FLUSH, "user window flushes by hypercall (composite)")          \
    X(SHADOW_FILL, "user pages filled from the guest's page tables (composite)") \
    X(SHADOW_FILL_AROUND, "user pages filled around a fault, already accessed (composite)") \
    X(SHADOW_INVALIDATE, "guest pages the host took back (MMU notifier, composite)") \
    X(SHADOW_RETRY, "shadow fills looked up again after a host change (composite)") \
    X(DIRECT_SYSCALL, "system calls entered at LSTAR by the module (composite)") \
    X(DIRECT_EXCEPTION, "exceptions delivered through the guest IDT by the module (composite)") \
    X(DIRECT_IRQ, "interrupts delivered through the guest IDT by the module (composite)") \
    X(DIRECT_TSC, "TSC ticks spent redirecting traps in the module (composite)") \
    X(FPU_LOAD, "guest FPU state loaded on #NM (lazy FPU, composite)")        \
    X(FAST_SYSCALL, "system calls entered at LSTAR in the switcher (composite fast path)") \
    X(FAST_ENTER_USER, "user entries made in the switcher (composite fast path)") \
    X(FAST_TSC, "TSC ticks spent in the switcher's fast paths (composite)")    \
    X(SPACE_REUSED, "CR3 loads that found the address space's shadow window cached (composite)") \
    X(SPACE_EVICTED, "cached address-space windows evicted for another (composite)") \
    X(INVAL_BATCH, "invalidation queues applied by the module (composite)")  \
    X(INVAL_APPLIED, "queued invalidations applied by the module (composite)") \
    X(INVAL_REFILLED, "invalidated pages refilled at once (composite)")       \
    X(FPU_LENT, "guest #NM handlers entered with the FPU loaded and TS clear (composite)") \
    X(FPU_CARRIED, "RUNs begun with the guest's FPU image loaded: the last RUN used it (composite)") \
    X(SPACE_SWITCH, "vCPU moves between space processes (user-only)")         \
    X(SPACE_BIND, "address spaces given a space process (user-only)")         \
    X(SPACE_KEPT, "CR3 loads that kept the address space's pages (user-only)") \
    X(INVAL_QUEUED, "invalidations queued for a space not running (user-only)") \
    X(INVAL_KEPT, "invalidated pages kept: same frame, still accessed (user-only)") \
    X(INVAL_REPROTECT, "invalidated pages kept with new host permissions (user-only)") \
    X(INVAL_DROPPED, "invalidated pages unmapped (user-only)")              \
    X(INVAL_REMAPPED, "invalidated pages mapped again at their new frame (user-only)") \
    X(INVAL_EMPTIED, "whole flushes for another address space: window emptied unchecked (user-only)") \
    X(REFLECTION_FULL, "user window emptied: reflection record full or unsound, or host mappings full (user-only)") \
    X(HOST_MAP, "host calls: mmap of guest pages into the window (user-only)") \
    X(HOST_UNMAP, "host calls: munmap of window ranges (user-only)") \
    X(HOST_PROTECT, "host calls: mprotect of reflected runs (user-only)")   \
    X(HOST_FUTEX, "host calls: futex hand-offs and waits (user-only)")      \
    X(HOST_TIMER, "host calls: timer_settime (user-only)") \
    X(TICK_KERNEL, "timer signals that found guest kernel code (user-only)")   \
    X(TICK_USER, "timer signals that found guest user code (user-only)")       \
    X(TICK_VMLIB, "timer signals that found vmlib running (user-only)")        \
    X(TICK_HOST, "timer signals while vmproc held the vCPU (user-only)")      \
    X(LEFT_LONG_MODE, "guest code found outside 64-bit mode, given a general protection fault (user-only)") \
    X(CP_SUPERVISOR_PF, "user page faults on a present page made with supervisor rights, given a general protection fault (composite)")

enum tandem_stat {
#define TANDEM_X_ENUM(name, text) TANDEM_STAT_##name,
    TANDEM_STATS(TANDEM_X_ENUM)
#undef TANDEM_X_ENUM
    TANDEM_STAT_COUNT
};

/* Guest system calls counted by number (RAX at the `syscall`); numbers from
 * TANDEM_SYSCALL_NRS - 1 up share the last slot (Linux x86-64's end well
 * below it). */
#define TANDEM_SYSCALL_NRS 512u

struct tandem_stats {
    tandem_u64 events[TANDEM_STAT_COUNT];
    tandem_u64 sites[TANDEM_SITE_KIND_COUNT];      /* per instruction kind */
    tandem_u64 exceptions[32];                     /* delivered (composite: taken from the guest), per vector */
    /* vmlib: the system calls it entered the guest kernel for (all of them
     * in user-only mode; composite mode: only those reflected into vmlib) */
    tandem_u64 syscalls[TANDEM_SYSCALL_NRS];
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_stats) ==
                         ((unsigned)TANDEM_STAT_COUNT + (unsigned)TANDEM_SITE_KIND_COUNT + 32u +
                          TANDEM_SYSCALL_NRS) * 8u,
                     "stats layout");

/* ------------------------------------------------------------------------
 * 7. vmlib's descriptor, found by vmproc in section ".tandem.vmlib" of the
 * guest image.  Its addresses are guest memory: vmproc checks them and hands
 * the user-only ones to space processes (section 10), which alone run them.
 * The configuration below reaches vmlib through the switchboard (section 10):
 * vmproc fills boot_info_phys, entry_rip, entry_rsp, timer_signal and
 * memory_size; vmlib fills the rest inside the space (its signal stack is the
 * space's local area, its memory file TANDEM_SPACE_MEMORY_FD).
 * ---------------------------------------------------------------------- */
#define TANDEM_VMLIB_MAGIC 0x62696c6d76646e74ull /* "tndvmlib" */

/* Where the vCPU starts: all that composite mode's set-up (cp_setup) takes. */
struct tandem_vcpu_entry {
    tandem_u64 boot_info_phys;
    tandem_u64 entry_rip;
    tandem_u64 entry_rsp;
    tandem_u64 memory_size; /* bytes of guest-physical memory */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_vcpu_entry) == 32, "vcpu entry layout");

struct tandem_uo_config {
    tandem_u64 boot_info_phys;
    tandem_u64 entry_rip;
    tandem_u64 entry_rsp;
    tandem_u64 host_stack_size; /* bytes of signal stack vmproc provides */
    tandem_u64 host_signal_stack;
    tandem_u32 timer_signal; /* host signal number the vCPU timer uses */
    tandem_u32 memfd;        /* guest-physical memory, for reflecting user pages */
    tandem_u64 memory_size;  /* bytes of guest-physical memory */
    /* `tandem run --profile`: nanoseconds between samples (section 11), 0 = off */
    tandem_u64 profile_interval_ns;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_uo_config) == 64, "uo config layout");

struct tandem_vmlib_desc {
    tandem_u64 magic;
    tandem_u32 abi_version;
    tandem_u32 size; /* sizeof(struct tandem_vmlib_desc) */
    /* User-only mode (section 10): vmlib's code, run only inside space
     * processes.  void space_entry(struct tandem_space_local *): never returns. */
    tandem_u64 space_entry;
    /* The handler of every host signal a space takes, and its rt_sigreturn
     * trampoline (inside vmlib's text, the dispatch range). */
    tandem_u64 signal_handler;
    tandem_u64 signal_restorer;
    tandem_u64 run;   /* struct tandem_run * */
    tandem_u64 stats; /* struct tandem_stats * */
    tandem_u64 vcpu;  /* struct tandem_vcpu_state * */
    tandem_u64 sites_start, sites_end; /* struct tandem_site[] */
    tandem_u64 text_start, text_end;   /* vmlib's own code */
    /* int cp_setup(const struct tandem_vcpu_entry *, struct tandem_cp_config *):
     * composite mode (section 8b); 0 or -errno. */
    tandem_u64 cp_setup;
    tandem_u64 dispatch_selector; /* Syscall User Dispatch's selector byte (user-only) */
    tandem_u64 switchboard;       /* struct tandem_switchboard * (user-only) */
    tandem_u64 profile;           /* struct tandem_profile_ring * (section 11; composite: the module writes it) */
    tandem_u64 trace;             /* struct tandem_trace_ring * (section 12) */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_vmlib_desc) == 136, "vmlib descriptor layout");

/* ------------------------------------------------------------------------
 * 8b. Composite mode between vmlib and the kernel module.  It belongs to
 * section 8 but sits before it, outside section 8's ioctl guard, because
 * vmlib (freestanding, no ioctl headers) needs it too.
 *
 * The guest kernel and vmlib run in ring 3 under the module.  vmlib keeps
 * emulating every rewritten instruction on its virtual CPU exactly as in
 * user-only mode; what changes is the mechanism underneath:
 *
 *  - cheap state is shared, not called: the module reads and writes the
 *    head of vmlib's virtual CPU (struct tandem_cp_vcpu: virtual IF, CPL,
 *    pending lines, timer deadline) in guest memory, and vmlib's cli/sti/
 *    pushf/popf and pending checks stay loads and stores;
 *  - events come in as upcalls: a guest exception, a guest user `syscall`
 *    or a deliverable interrupt that the module does not resolve itself is
 *    written to vmlib's struct tandem_cp_event, and the guest resumes at
 *    event_rip on event_rsp (the composite twin of user-only mode's signal
 *    handler).  The module never reflects an event while the guest is inside
 *    vmlib (text_start..text_end, or RSP on the private stack): interrupts
 *    wait, and an exception there stops the VM (RUN exits SHUTDOWN);
 *  - two shadow roots: guest kernel mode runs on one that maps the direct
 *    map and the user window as the kernel sees it; guest user mode on one
 *    that maps only the user pages its tables give CPL 3.  The module fills
 *    user-window entries itself from the guest's page tables (CR3 in
 *    tandem_cp_vcpu), setting A/D bits in them; vmlib enters user mode with
 *    TANDEM_HC_ENTER_USER so the root can change;
 *  - address spaces are kept: a CR3 load is TANDEM_HC_SET_SPACE, and the
 *    module keeps the user windows of a few recent guest address spaces
 *    (by page-table root and PCID; vmlib offers the guest PCIDs), so a load
 *    that does not flush finds its entries again; TLB invalidations
 *    (invlpg, invpcid, full flushes) are queued in tandem_cp_vcpu and
 *    applied by the module in batches, always before the next user
 *    instruction;
 *  - lazy FPU: CR0.TS is set for real while the guest runs until it uses
 *    the FPU (#NM: the module loads the guest's FPU state), and whenever
 *    the guest's own CR0.TS (tandem_cp_vcpu) is set, whose #NM goes to the
 *    guest kernel; vmlib does not deliver #NM eagerly before user entry;
 *  - the rest are hypercalls: `int $TANDEM_HYPERCALL_VECTOR` with the number
 *    in RAX and arguments in RDI, RSI; 0 comes back in RAX, every other
 *    register is preserved.  An unknown number or a bad argument stops the
 *    VM (RUN exits SHUTDOWN with the RIP and the reason).  Only vmlib's text and guest
 *    kernel mode (CPL 0 in tandem_cp_vcpu) may make them; from guest user
 *    mode the instruction is the #GP of `int $n` through a DPL-0 gate, as on
 *    hardware.
 * ---------------------------------------------------------------------- */
#define TANDEM_HYPERCALL_VECTOR 31u /* reserved by both vendors: never a CPU exception */

enum tandem_hypercall {
    /* RDI = enum tandem_exit_reason: return to vmproc, whose exit record is
     * vmlib's own struct tandem_run (tandem_cp_config.run_va).  RUN returns
     * TANDEM_EXIT_VMLIB; the guest resumes after the int when RUN is called again. */
    TANDEM_HC_EXIT = 1,
    /* RDI = user-window page, RSI = guest-physical page | TANDEM_HC_MAP_*:
     * maps it in the shadow for the current guest address space. */
    TANDEM_HC_MAP = 2,
    /* RDI = the guest's page-table root (CR3's address bits), RSI = its
     * PCID (0 without CR4.PCIDE) | TANDEM_HC_SPACE_FLUSH: a CR3 load.  The
     * module applies the invalidation queue, then makes that address space's
     * user window current: the one it kept for the same root and PCID if
     * any (unless the load flushes), else an empty one. */
    TANDEM_HC_SET_SPACE = 3,
    /* Applies the invalidation queue (tandem_cp_vcpu.inval) now: vmlib
     * makes it when the queue is full. */
    TANDEM_HC_INVALIDATE = 4,
    /* RDI = struct tandem_regs (direct map): enters guest user mode with
     * them, as the hardware's iretq/sysretq to CPL 3 would (RFLAGS TF/AC
     * real, IF virtual), on the user shadow root.  Does not return. */
    TANDEM_HC_ENTER_USER = 5,
};
#define TANDEM_HC_MAP_WRITE (1ull << 1)
#define TANDEM_HC_MAP_NX (1ull << 63)
#define TANDEM_HC_SPACE_FLUSH (1ull << 32)

/*
 * One queued invalidation (invlpg, invpcid, a full flush): `pages` user
 * pages from `va` of address space `pcid`.  va = TANDEM_CP_INVAL_ALL_PAGES
 * is every page; pcid = TANDEM_CP_INVAL_ALL_PCIDS every address space.
 */
struct tandem_cp_inval {
    tandem_u64 va;
    tandem_u32 pages;
    tandem_u32 pcid;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_cp_inval) == 16, "cp inval layout");
#define TANDEM_CP_INVAL_ALL_PAGES (~0ull)
#define TANDEM_CP_INVAL_ALL_PCIDS (~0u)
#define TANDEM_CP_INVAL_SLOTS 16u
/* Longer ranges are applied as a flush of the whole address space. */
#define TANDEM_CP_INVAL_MAX_PAGES 512u

/* The head of vmlib's virtual CPU, which the module reads and writes between runs. */
struct tandem_cp_vcpu {
    struct tandem_vcpu_state state; /* cpl, irq_pending, timer_deadline_ns are shared */
    tandem_u8 vif;                  /* the virtual RFLAGS.IF */
    tandem_u8 viopl;                /* the virtual RFLAGS.IOPL */
    tandem_u8 vac;                  /* the virtual RFLAGS.AC of guest kernel mode */
    tandem_u8 sti_shadow;           /* an sti before a rewritten site: no interrupt yet */
    tandem_u8 reserved[4];
    /*
     * The invalidation queue: vmlib appends the guest's TLB invalidations
     * (entries 0..inval_count-1) instead of making a hypercall for each;
     * the module applies and empties it before the guest runs user code
     * again, at every entry while the guest is outside vmlib, at
     * SET_SPACE, and at TANDEM_HC_INVALIDATE when it is full.
     */
    tandem_u32 inval_count;
    tandem_u32 inval_reserved;
    struct tandem_cp_inval inval[TANDEM_CP_INVAL_SLOTS];
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_cp_vcpu) == 672, "cp vcpu layout");

enum tandem_cp_event_kind {
    TANDEM_CP_EVENT_SYSCALL = 1,   /* a guest `syscall`; regs.rip = the next instruction */
    TANDEM_CP_EVENT_EXCEPTION = 2, /* vector/error as the CPU reported them, cr2 for #PF */
    TANDEM_CP_EVENT_IRQ = 3,       /* a pending line is deliverable (vif = 1) and the module did not deliver it */
};

/* What an upcall hands vmlib: the interrupted guest registers and the event. */
struct tandem_cp_event {
    struct tandem_regs regs; /* rflags are the real ones (IF set) */
    tandem_u32 kind;         /* enum tandem_cp_event_kind */
    tandem_u32 vector;
    tandem_u32 error;
    tandem_u32 reserved;
    tandem_u64 cr2;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_cp_event) == 168, "cp event layout");

/*
 * What vmlib tells the module through vmproc (TANDEM_IOC_SET_VMLIB).  All
 * addresses are guest virtual addresses in the direct map (the module
 * checks that each lies inside guest memory).
 */
struct tandem_cp_config {
    tandem_u64 boot_rip, boot_rsp;   /* where the vCPU starts (vmlib's composite boot) */
    tandem_u64 event_rip, event_rsp; /* the upcall entry and its stack top */
    tandem_u64 event_va;             /* struct tandem_cp_event */
    tandem_u64 vcpu_va;              /* struct tandem_cp_vcpu */
    tandem_u64 run_va;               /* struct tandem_run: exits and irq_raise */
    tandem_u64 text_start, text_end; /* vmlib's code */
    tandem_u64 private_stack_lo, private_stack_hi;
    tandem_u64 flags;                /* TANDEM_CP_EAGER_NM or 0 */
    struct tandem_clock clock;       /* the guest clock, for the timer deadline */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_cp_config) == 128, "cp config layout");
/*
 * vmlib delivers #NM to the guest kernel itself before every entry to guest
 * user mode while the guest's CR0.TS is set (as in user-only mode), so guest
 * user code never runs with it set: the module then sets the real CR0.TS only
 * for its own lazy load of the guest's image, never for the guest's TS, and
 * the guest kernel's lazy switch between its processes costs no trap.
 */
#define TANDEM_CP_EAGER_NM 1u

/* ------------------------------------------------------------------------
 * 8. /dev/tandem, the kernel module's ioctl API (composite mode, issue 4).
 *
 * Only the kernel module and host tools see this section: they define
 * TANDEM_WANT_IOCTLS (the module gets it through __KERNEL__) before including
 * this header, so freestanding guests and vmlib never pull in ioctl headers.
 *
 * The API is versioned with TANDEM_ABI_VERSION: a caller first asks
 * TANDEM_IOC_API_VERSION and refuses to go on if it differs.  Each open file
 * of /dev/tandem holds at most one VM, so several tandem processes can each
 * run their own.  Requests other than API_VERSION and CREATE_VM fail with
 * -ENXIO on a file without a VM.  What each request does (one vCPU, the world switch, composite mode with
 * vmlib after SET_VMLIB: section 8b above) is in kmod/README.md.
 * ---------------------------------------------------------------------- */
#if defined(__KERNEL__) || defined(TANDEM_WANT_IOCTLS)
#if defined(__KERNEL__)
#include <linux/ioctl.h>
#else
#include <sys/ioctl.h>
#endif

#define TANDEM_DEVICE_PATH "/dev/tandem"
#define TANDEM_IOC_TYPE 0xD7 /* ioctl "magic" byte of /dev/tandem */

/* Argument of TANDEM_IOC_CREATE_VM: guest memory owned by the calling process. */
struct tandem_create_vm {
    tandem_u64 memory_addr; /* host virtual address of guest-physical 0, page aligned */
    tandem_u64 memory_size; /* bytes, page aligned, TANDEM_MEMORY_MIN..TANDEM_PHYS_MAX */
    tandem_u64 flags;       /* must be 0 */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_create_vm) == 24, "create vm layout");

/* Argument of TANDEM_IOC_INJECT_IRQ: interrupt lines to raise. */
struct tandem_irq {
    tandem_u64 lines; /* bit n = vector 32 + n */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_irq) == 8, "irq layout");

/* Implemented.  Returns TANDEM_ABI_VERSION as the ioctl's result. */
#define TANDEM_IOC_API_VERSION _IO(TANDEM_IOC_TYPE, 0x00)
/* Implemented.  0, or -EINVAL (bad layout), -EFAULT (not user memory), -EBUSY (file has a VM). */
#define TANDEM_IOC_CREATE_VM _IOW(TANDEM_IOC_TYPE, 0x01, struct tandem_create_vm)
/*
 * Implemented.  Sets the vCPU's state: regs (RIP, RSP and the FS/GS bases
 * canonical for the host's paging depth), ds/es/fs/gs (null or the VM's user
 * selectors, 0x28..0x33).  The guest runs in ring 3 with CS/SS = 0x33/0x2b
 * whatever cs/ss say; RFLAGS IOPL/NT/RF/VM are dropped, IF is always on in
 * the real RFLAGS and regs.rflags.IF is kept as the guest's virtual IF.
 * The vCPU runs next in guest kernel mode, however it stopped (guest user
 * mode is entered only with TANDEM_HC_ENTER_USER).  Other fields are kept
 * as given, not interpreted.  -EINVAL on a bad value.
 */
#define TANDEM_IOC_SET_STATE _IOW(TANDEM_IOC_TYPE, 0x02, struct tandem_vcpu_state)
/* Implemented.  Returns what SET_STATE set, updated by the guest's execution (regs, cr2, selectors, bases). */
#define TANDEM_IOC_GET_STATE _IOR(TANDEM_IOC_TYPE, 0x03, struct tandem_vcpu_state)
/*
 * Implemented.  Runs the vCPU until an exit (0, the exit in the argument) or
 * a host signal (-EINTR; RUN again resumes).  -ENOEXEC before SET_VMLIB
 * (a VM runs only with vmlib described), -EINVAL before SET_STATE,
 * -EPERM from another address space than CREATE_VM's, -EIO once the module
 * found its own switcher broken (the VM is then dead).
 */
#define TANDEM_IOC_RUN _IOWR(TANDEM_IOC_TYPE, 0x04, struct tandem_run)
/*
 * Implemented.  Raises interrupt lines on the vCPU from any thread of the
 * VM's process, also while another thread is inside RUN: the module ORs
 * them into its own word, kicks a running vCPU out of the guest at once (a
 * reschedule IPI ends the guest's slice) and moves them into vmlib's
 * pending lines before the next entry, as it does with irq_raise.  0;
 * -EINVAL before SET_VMLIB (there is no virtual CPU to deliver to) or when
 * lines is 0; -EFAULT on a bad pointer.
 */
#define TANDEM_IOC_INJECT_IRQ _IOW(TANDEM_IOC_TYPE, 0x05, struct tandem_irq)
/* Implemented.  The VM's counters (section 6), composite-mode events included. */
#define TANDEM_IOC_GET_STATS _IOR(TANDEM_IOC_TYPE, 0x06, struct tandem_stats)

/*
 * The request numbers as plain constants (x86 _IOC encoding: dir << 30 |
 * size << 16 | type << 8 | nr), so that C, C++, the kernel and user space
 * provably agree and a layout change cannot renumber a request unnoticed.
 */
TANDEM_STATIC_ASSERT(TANDEM_IOC_API_VERSION == 0x0000d700u, "API_VERSION number");
TANDEM_STATIC_ASSERT(TANDEM_IOC_CREATE_VM == 0x4018d701u, "CREATE_VM number");
TANDEM_STATIC_ASSERT(TANDEM_IOC_SET_STATE == 0x4000d702u + (sizeof(struct tandem_vcpu_state) << 16),
                     "SET_STATE number");
TANDEM_STATIC_ASSERT(TANDEM_IOC_GET_STATE == 0x8000d703u + (sizeof(struct tandem_vcpu_state) << 16),
                     "GET_STATE number");
TANDEM_STATIC_ASSERT(TANDEM_IOC_RUN == 0xc0a0d704u, "RUN number");
TANDEM_STATIC_ASSERT(TANDEM_IOC_INJECT_IRQ == 0x4008d705u, "INJECT_IRQ number");
/* Implemented.  Switches the VM to composite mode with vmlib (section 8b); -EINVAL on a bad address. */
#define TANDEM_IOC_SET_VMLIB _IOW(TANDEM_IOC_TYPE, 0x07, struct tandem_cp_config)
TANDEM_STATIC_ASSERT(TANDEM_IOC_SET_VMLIB == 0x4080d707u, "SET_VMLIB number");

/* Argument of TANDEM_IOC_SET_PROFILE: where the module writes its samples (section 11). */
struct tandem_profile_config {
    tandem_u64 ring_va;     /* struct tandem_profile_ring at the direct map, 8-byte aligned; 0 = off */
    tandem_u64 names_va;    /* struct tandem_program_names at the direct map, or 0 (no names) */
    tandem_u64 interval_ns; /* between samples, TANDEM_PROFILE_INTERVAL_MIN_NS..MAX_NS (0 when off) */
    tandem_u64 flags;       /* must be 0 */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_profile_config) == 32, "profile config layout");
/*
 * Implemented.  Turns the module's sampling profiler on (or off with an
 * all-zero argument) for the RUNs that follow: section 11 says what it
 * writes.  The ring starts over (the module's count of samples is 0).
 * 0; -EINVAL for a range outside guest memory, a misaligned ring, an
 * interval out of bounds or flags.
 */
#define TANDEM_IOC_SET_PROFILE _IOW(TANDEM_IOC_TYPE, 0x08, struct tandem_profile_config)
TANDEM_STATIC_ASSERT(TANDEM_IOC_SET_PROFILE == 0x4020d708u, "SET_PROFILE number");
TANDEM_STATIC_ASSERT(TANDEM_IOC_GET_STATS == 0x8000d706u + (sizeof(struct tandem_stats) << 16),
                     "GET_STATS number");
TANDEM_STATIC_ASSERT(sizeof(struct tandem_stats) < (1u << 14), "stats fit an ioctl size field");
#endif /* __KERNEL__ || TANDEM_WANT_IOCTLS */

/* ------------------------------------------------------------------------
 * 10. User-only mode's space processes (docs/PLATFORM.md "User-only mode:
 * processes and trust").  Guest code runs in host processes started from the
 * `tandem-space` stub, each holding only guest memory, its user window and
 * the stub's own pages.  vmproc writes a struct tandem_space_config into the
 * stub's channel (fd TANDEM_SPACE_CHANNEL_FD, a Unix socket); the stub closes
 * every other descriptor but the memory file (TANDEM_SPACE_MEMORY_FD), maps
 * guest memory at the direct map, reserves the user window, sets up its
 * per-space local area at TANDEM_SPACE_LOCAL_BASE (struct
 * tandem_space_local, then the signal stack), registers vmlib's signal
 * handler, its host timer and Syscall User Dispatch, installs the seccomp
 * allow-list, sends vmproc the filter's listener (SCM_RIGHTS, with the one
 * byte TANDEM_SPACE_READY), closes the channel and only then calls the entry
 * point in guest memory with the local area's address.  Nothing from guest
 * memory runs before the filter is in force.
 * ---------------------------------------------------------------------- */
#define TANDEM_SPACE_MEMORY_FD 3
#define TANDEM_SPACE_CHANNEL_FD 4
/* The stub's own pages sit in the kernel hole, above the direct map: a
 * space's user window is the guest's whole user window. */
#define TANDEM_SPACE_STUB_BASE 0x000010f800000000ull  /* the stub's link address: hole + 480 GiB */
#define TANDEM_SPACE_LOCAL_BASE 0x000010f000000000ull /* per-space private area: hole + 448 GiB */
/* The local area: the local page, the idle stack, the signal stack, then the
 * table of what the space has reflected into its user window (vmlib's own
 * layout, uo_mmu.cpp). */
#define TANDEM_SPACE_IDLE_STACK_SIZE 0x4000ull    /* 16 KiB, after the local page */
#define TANDEM_SPACE_SIGNAL_STACK_SIZE 0x1b000ull /* 108 KiB, after the idle stack */
#define TANDEM_SPACE_REFLECTION_SIZE 0x54000ull   /* 336 KiB, after the signal stack */
#define TANDEM_SPACE_LOCAL_SIZE                                                                  \
    (TANDEM_PAGE_SIZE + TANDEM_SPACE_IDLE_STACK_SIZE + TANDEM_SPACE_SIGNAL_STACK_SIZE + TANDEM_SPACE_REFLECTION_SIZE)
/* At most this many space processes per VM: one per live guest address
 * space (PCID), a pool vmproc starts with the VM. */
#define TANDEM_SPACE_MAX 16u
TANDEM_STATIC_ASSERT(TANDEM_SPACE_LOCAL_BASE >= TANDEM_DIRECT_MAP_TOP &&
                         TANDEM_SPACE_STUB_BASE + (1ull << 30) <= TANDEM_KERNEL_HOLE_TOP,
                     "a space's own pages sit in the kernel hole, clear of the direct map");
#define TANDEM_SPACE_CONFIG_MAGIC 0x6563617073646e74ull /* "tndspace" */
#define TANDEM_SPACE_LOCAL_MAGIC 0x6c636f6c73646e74ull  /* "tndslocl" */
#define TANDEM_SPACE_READY 0x52u /* 'R': the byte sent with the listener */
#define TANDEM_SPACE_NO_TIMER 0xffffffffu
/* The stub's own exit statuses when set-up fails before any guest code ran. */
#define TANDEM_SPACE_EXIT_CONFIG 90   /* no config, or a malformed one, on the channel */
#define TANDEM_SPACE_EXIT_MAP 91      /* guest memory, window or local area could not be mapped */
#define TANDEM_SPACE_EXIT_SIGNALS 92  /* signal handlers or host timer refused */
#define TANDEM_SPACE_EXIT_DISPATCH 93 /* Syscall User Dispatch refused */
#define TANDEM_SPACE_EXIT_FILTER 94   /* the seccomp filter or its listener refused */
#define TANDEM_SPACE_EXIT_CHANNEL 95  /* the listener could not be handed to vmproc */

struct tandem_space_config {
    tandem_u64 magic;           /* TANDEM_SPACE_CONFIG_MAGIC */
    tandem_u32 abi_version;     /* TANDEM_ABI_VERSION */
    tandem_u32 slot;            /* which space this is (vmproc's numbering) */
    tandem_u64 memory_size;     /* bytes of guest memory to map at the direct map */
    tandem_u64 entry;           /* void entry(struct tandem_space_local *): guest memory, never returns */
    tandem_u64 signal_handler;  /* vmlib's host-signal handler (guest memory) */
    tandem_u64 signal_restorer; /* its rt_sigreturn trampoline, inside the dispatch range */
    tandem_u64 dispatch_start;  /* Syscall User Dispatch's allowed range: vmlib's text */
    tandem_u64 dispatch_len;
    tandem_u64 dispatch_selector; /* address of the selector byte (guest memory) */
    tandem_u32 timer_signal;      /* host signal of the space's guest timer */
    tandem_u32 reserved;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_space_config) == 80, "space config layout");

/* The head of the per-space local area (private to one space process;
 * read-only once the stub has filled it). */
struct tandem_space_local {
    tandem_u64 magic;    /* TANDEM_SPACE_LOCAL_MAGIC */
    tandem_u32 slot;     /* from the config */
    tandem_u32 timer_id; /* the space's host POSIX timer, or TANDEM_SPACE_NO_TIMER */
    tandem_u64 signal_stack; /* lowest address of the signal stack */
    tandem_u64 signal_stack_size;
    /* Top of the stack a space waits on while another holds the vCPU: the
     * guest kernel stack it was running on belongs to the vCPU, which goes on
     * running in the other space. */
    tandem_u64 idle_stack_top;
    /* The reflection table (TANDEM_SPACE_REFLECTION_SIZE bytes, zeroed). */
    tandem_u64 reflection;
    tandem_u64 reserved[2];
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_space_local) == 64, "space local layout");

/*
 * The switchboard: where the one vCPU is, in vmlib's data (guest memory, so
 * vmproc reads it as hostile).  `owner` is the slot of the space that holds
 * the vCPU, or TANDEM_SWITCH_HOST while vmproc does.  Whoever hands the vCPU
 * over stores the new owner and wakes the futex on `owner` with the new
 * owner's bit (FUTEX_WAKE_BITSET, TANDEM_SWITCH_BIT); every party waits on it
 * with its own bit, so a hand-off wakes exactly one process.  A space that
 * exits to vmproc stores its slot in `exited` first; vmproc gives the vCPU
 * back to that slot (after checking it names a space it started).  vmproc
 * writes `space_count` and `config` before it starts the spaces; vmlib reads
 * them in slot 0, which boots the guest; the other slots wait.
 */
#define TANDEM_SWITCH_HOST 0xffffffffu
#define TANDEM_SWITCH_BIT(owner) ((owner) == TANDEM_SWITCH_HOST ? (1u << 31) : (1u << ((owner) & 15)))
struct tandem_switchboard {
    tandem_u32 owner;
    tandem_u32 exited;
    tandem_u32 space_count; /* 1 .. TANDEM_SPACE_MAX */
    tandem_u32 reserved;
    struct tandem_uo_config config;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_switchboard) == 80, "switchboard layout");

/* ------------------------------------------------------------------------
 * 11. Profiling (`tandem run --profile FILE`).  One writer per mode fills
 * the ring in vmlib's data (tandem_vmlib_desc.profile) with a sample every
 * profile interval:
 *
 *  - user-only mode: vmlib, from its timer signal every profile_interval_ns
 *    (tandem_uo_config; the host timer is armed at the guest's deadline or
 *    the next sample, whichever is sooner);
 *  - composite mode: the kernel module (TANDEM_IOC_SET_PROFILE names the
 *    ring, the program-name table and the interval).  An hrtimer ends the
 *    guest's time slice when a sample is due; before the next entry the
 *    module records where the guest was (user mode, inside vmlib, or the
 *    guest kernel; its RIP) and, at the first entry of a RUN, one HOST
 *    sample (rip = vmlib's exit reason) per interval vmproc held the vCPU.
 *    vmlib never writes the ring in this mode, and the module never reads
 *    it: it keeps its own count of samples and stores `head` from it.
 *
 * The ring overwrites its oldest samples: the writer stores a sample at
 * samples[head % TANDEM_PROFILE_SAMPLES] and then increments `head`; vmproc
 * keeps its own read index, drains while the guest runs and at exits,
 * reads `head` before and after copying and drops the samples the writer
 * may have overwritten meanwhile.  Everything in it is guest memory: vmproc
 * reads it as hostile (indices masked, sizes fixed, names cut at their
 * array).
 *
 * User samples are named by program: when the boot info gives a program-name
 * table, the guest kernel records there which program each address space
 * (page-table root) runs, at exec and fork, and clears the entry when the
 * address space goes; the writer copies the name of the interrupted address
 * space (the guest's CR3 in vmlib's virtual CPU) into each sample.
 * ---------------------------------------------------------------------- */
#define TANDEM_PROFILE_INTERVAL_NS 1000000ull /* 1 kHz */
#define TANDEM_PROFILE_INTERVAL_MIN_NS 100000ull   /* SET_PROFILE's bounds: 10 kHz */
#define TANDEM_PROFILE_INTERVAL_MAX_NS 1000000000ull /* 1 Hz */
#define TANDEM_PROFILE_SAMPLES 2048u          /* a power of two */
#define TANDEM_PROGRAM_NAME_MAX 16u           /* bytes, NUL-padded, not always terminated */
#define TANDEM_PROGRAM_NAMES 256u             /* address spaces named at once */

/* Where the vCPU was when a sample was taken. */
enum tandem_profile_where {
    TANDEM_PROFILE_KERNEL = 1, /* guest kernel code; rip is a kernel address */
    TANDEM_PROFILE_USER = 2,   /* guest user code; rip is a user address */
    TANDEM_PROFILE_VMLIB = 3,  /* vmlib on the guest's behalf; rip is in vmlib's text */
    TANDEM_PROFILE_HOST = 4,   /* vmproc holds the vCPU (an exit); rip = the exit reason */
};

struct tandem_profile_sample {
    tandem_u64 rip;
    tandem_u64 root;  /* the guest's CR3 (page-table root, TANDEM_CR3_ADDR_MASK bits) */
    tandem_u32 where; /* enum tandem_profile_where */
    /* Sampling intervals that passed since this sample fell due (the timer
     * signal came late: the space was off the CPU, or in a host call that
     * kept the signal out); the sample stands for them too.  vmproc caps it
     * at TANDEM_PROFILE_MISSED_MAX. */
    tandem_u32 missed;
    char program[TANDEM_PROGRAM_NAME_MAX]; /* the root's program, from the name table ("" if none) */
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_profile_sample) == 40, "profile sample layout");
#define TANDEM_PROFILE_MISSED_MAX 100000u /* 100 s at the default interval */

struct tandem_profile_ring {
    volatile tandem_u32 head; /* vmlib's free-running count of samples written */
    tandem_u32 reserved[3];
    struct tandem_profile_sample samples[TANDEM_PROFILE_SAMPLES];
};
TANDEM_STATIC_ASSERT((TANDEM_PROFILE_SAMPLES & (TANDEM_PROFILE_SAMPLES - 1)) == 0, "ring size is a power of two");
TANDEM_STATIC_ASSERT(sizeof(struct tandem_profile_ring) == 16 + 40 * TANDEM_PROFILE_SAMPLES, "profile ring layout");

/* One entry of the program-name table: root 0 = free. */
struct tandem_program_name {
    tandem_u64 root;
    char name[TANDEM_PROGRAM_NAME_MAX];
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_program_name) == 24, "program name layout");

struct tandem_program_names {
    struct tandem_program_name entries[TANDEM_PROGRAM_NAMES];
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_program_names) == 24 * TANDEM_PROGRAM_NAMES, "program names layout");

/* ------------------------------------------------------------------------
 * 12. Traces (`tandem run --trace FILE`, `tandem trace VM`, docs/SUPERVISOR.md
 * "Traces").  vmlib records the guest events only it sees into a ring in
 * its data (tandem_vmlib_desc.trace); vmproc records exits and device
 * requests itself, drains the ring and writes the Chrome trace-event JSON.
 *
 * vmproc turns recording on and off with `enabled`; while it is 0 vmlib's
 * only cost is the test of that word.  vmlib never blocks and never
 * overwrites: an event finds the ring full (head - tail == TANDEM_TRACE_EVENTS)
 * is counted in `dropped` and lost.  vmlib writes events[head % N], then
 * increments `head` (release); vmproc copies events up to `head` and then
 * stores `tail`.  Everything here is guest memory: vmproc reads it as
 * hostile (its own read index, kinds and times checked, counts bounded).
 * Times are host TSC values; tandem_clock converts them.
 * ---------------------------------------------------------------------- */
#define TANDEM_TRACE_EVENTS 16384u /* a power of two */

enum tandem_trace_kind {
    /* code = number (low 16 bits), arg0 = RAX, arg1 = the user RIP after `syscall` */
    TANDEM_TRACE_SYSCALL = 1,
    /* code = vector (32..95), arg0 = the interrupted RIP, arg1 = its CPL */
    TANDEM_TRACE_INTERRUPT = 2,
    /* code = vector (0..31), arg0 = RIP, arg1 = the error code */
    TANDEM_TRACE_EXCEPTION = 3,
    /* code = 0: the page was reflected (duration: vmlib's walk and map),
     * 1: delivered to the guest as #PF; arg0 = address, arg1 = #PF error bits */
    TANDEM_TRACE_PAGE_FAULT = 4,
    /* the guest kernel loaded CR3: arg0 = the new value, arg1 = the old one */
    TANDEM_TRACE_ADDRESS_SPACE = 5,
    /* user-only: the vCPU moved between space processes: code = from, arg0 = to */
    TANDEM_TRACE_SPACE_SWITCH = 6,
    TANDEM_TRACE_KIND_COUNT
};

struct tandem_trace_event {
    tandem_u64 tsc;      /* when it happened (began, for a duration) */
    tandem_u32 duration; /* TSC ticks, 0 = an instant */
    tandem_u16 kind;     /* enum tandem_trace_kind */
    tandem_u16 code;
    tandem_u64 arg0, arg1;
};
TANDEM_STATIC_ASSERT(sizeof(struct tandem_trace_event) == 32, "trace event layout");

struct tandem_trace_ring {
    volatile tandem_u32 enabled; /* vmproc: 1 = record */
    volatile tandem_u32 head;    /* vmlib: events written, free-running */
    volatile tandem_u32 tail;    /* vmproc: events taken, free-running */
    volatile tandem_u32 dropped; /* vmlib: events lost to a full ring, free-running */
    struct tandem_trace_event events[TANDEM_TRACE_EVENTS];
};
TANDEM_STATIC_ASSERT((TANDEM_TRACE_EVENTS & (TANDEM_TRACE_EVENTS - 1)) == 0, "trace ring is a power of two");
TANDEM_STATIC_ASSERT(sizeof(struct tandem_trace_ring) == 16 + 32 * TANDEM_TRACE_EVENTS, "trace ring layout");

#endif /* TANDEM_PLATFORM_H */
