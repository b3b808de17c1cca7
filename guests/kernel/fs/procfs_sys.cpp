// The system-wide files of /proc (stat, meminfo, uptime, loadavg, version)
// and the /proc/sys tree, in the formats procps and libc parse.
#include "fs/procfs_gen.h"
#include "boot/bootinfo.h"
#include "lib/string.h"
#include "dev/clock.h"
#include "dev/entropy.h"
#include "fs/file.h"
#include "fs/pseudo_tree.h"
#include "fs/text.h"
#include "lib/kstats.h"
#include "mm/addrspace.h"
#include "mm/pmm.h"
#include "proc/cputime.h"
#include "proc/identity.h"
#include "proc/process.h"
#include "sched/sched.h"

namespace procfs_gen {
namespace {
constexpr u64 kNsPerSec = 1'000'000'000;

// Seconds and hundredths of a tick count (USER_HZ = 100).
void put_seconds(Text& t, u64 ticks) { t.fmt("%lu.%02lu", ticks / 100, ticks % 100); }

// A random UUID in its text form (version 4).
void put_uuid(Text& t, const u8* b) {
    t.fmt("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-", b[0], b[1], b[2], b[3], b[4], b[5], (b[6] & 0x0f) | 0x40,
          b[7], (b[8] & 0x3f) | 0x80, b[9]);
    t.fmt("%02x%02x%02x%02x%02x%02x\n", b[10], b[11], b[12], b[13], b[14], b[15]);
}

void gen_boot_id(Text& t) {
    static u8 id[16];
    static bool made;
    if (!made) {
        entropy::fill(id, sizeof id);
        made = true;
    }
    put_uuid(t, id);
}

void gen_uuid(Text& t) {
    u8 id[16];
    entropy::fill(id, sizeof id);
    put_uuid(t, id);
}

// The entries programs read (sysconf, procps, Python, libuv, ...).
const TreeNode kSysNodes[] = {
    {"kernel", S_IFDIR | 0555, nullptr},
    {"kernel/ostype", S_IFREG | 0444, [](Text& t) { t.fmt("%s\n", identity::kSysname); }},
    {"kernel/osrelease", S_IFREG | 0444, [](Text& t) { t.fmt("%s\n", identity::kRelease); }},
    {"kernel/version", S_IFREG | 0444, [](Text& t) { t.fmt("%s\n", identity::kVersion); }},
    {"kernel/hostname", S_IFREG | 0444, [](Text& t) { t.fmt("%s\n", identity::kNodename); }},
    {"kernel/domainname", S_IFREG | 0444, [](Text& t) { t.fmt("%s\n", identity::kDomainname); }},
    {"kernel/pid_max", S_IFREG | 0444, [](Text& t) { t.fmt("%d\n", proc::kPidMax); }},
    {"kernel/threads-max", S_IFREG | 0444, [](Text& t) { t.fmt("%u\n", proc::kMaxProcesses); }},
    {"kernel/ngroups_max", S_IFREG | 0444, [](Text& t) { t.add("65536\n"); }},
    {"kernel/cap_last_cap", S_IFREG | 0444, [](Text& t) { t.add("40\n"); }},
    {"kernel/overflowuid", S_IFREG | 0444, [](Text& t) { t.add("65534\n"); }},
    {"kernel/overflowgid", S_IFREG | 0444, [](Text& t) { t.add("65534\n"); }},
    {"kernel/randomize_va_space", S_IFREG | 0444, [](Text& t) { t.add("2\n"); }}, // mm/layout.cpp, as Linux
    {"kernel/random", S_IFDIR | 0555, nullptr},
    {"kernel/random/boot_id", S_IFREG | 0444, gen_boot_id},
    {"kernel/random/uuid", S_IFREG | 0444, gen_uuid},
    {"kernel/random/poolsize", S_IFREG | 0444, [](Text& t) { t.add("256\n"); }},
    {"kernel/random/entropy_avail", S_IFREG | 0444, [](Text& t) { t.add("256\n"); }},
    {"vm", S_IFDIR | 0555, nullptr},
    {"vm/overcommit_memory", S_IFREG | 0444, [](Text& t) { t.add("0\n"); }}, // heuristic: demand paging, OOM kill
    {"vm/max_map_count", S_IFREG | 0444, [](Text& t) { t.add("65530\n"); }},
    {"vm/mmap_min_addr", S_IFREG | 0444, [](Text& t) { t.fmt("%lu\n", kMmapMin); }},
    {"fs", S_IFDIR | 0555, nullptr},
    {"fs/nr_open", S_IFREG | 0444, [](Text& t) { t.fmt("%d\n", FdTable::kMaxFds); }},
    {"fs/file-max", S_IFREG | 0444, [](Text& t) { t.fmt("%d\n", FdTable::kMaxFds * proc::kMaxProcesses); }},
    {"fs/pipe-max-size", S_IFREG | 0444, [](Text& t) { t.add("1048576\n"); }},
};
} // namespace

// "count N", then for N > 0 "time_ns T" (CLOCK_REALTIME of the failure)
// and "reason TEXT"; the record is vmproc's (bounded, printable), and the
// reason is cut at its size here too.
void last_failure(Text& t) {
    const tandem_failure_record& r = boot::info().last_failure;
    t.fmt("count %u\n", r.count);
    if (!r.count) return;
    char reason[sizeof r.reason + 1];
    memcpy(reason, r.reason, sizeof r.reason);
    reason[sizeof r.reason] = 0;
    t.fmt("time_ns %lu\nreason %s\n", r.realtime_ns, reason);
}

const TreeNode* sys_nodes(int* count) {
    *count = int(sizeof kSysNodes / sizeof kSysNodes[0]);
    return kSysNodes;
}

void stat(Text& t) {
    cputime::Ticks c = cputime::ticks();
    static const char* const kLines[] = {"cpu ", "cpu0"};
    for (const char* cpu : kLines) t.fmt("%s %lu 0 %lu %lu 0 0 0 0 0 0\n", cpu, c.user, c.system, c.idle);
    u64 boot = (clock::realtime_ns() - clock::monotonic_ns()) / kNsPerSec;
    t.fmt("intr 0\nctxt %lu\nbtime %lu\nprocesses %lu\nprocs_running %u\nprocs_blocked 0\n",
          g_kstats.context_switches, boot, g_kstats.processes + 1, sched::runnable_count());
    t.add("softirq 0 0 0 0 0 0 0 0 0 0 0\n");
}

void meminfo(Text& t) {
    u64 kb = kPageSize / 1024, total = pmm::total_count() * kb, free = pmm::free_count() * kb;
    t.fmt("MemTotal:       %8lu kB\nMemFree:        %8lu kB\nMemAvailable:   %8lu kB\n", total, free, free);
    // Not tracked (no swap, no separate slab or dirty accounting): zero.
    static const char* const kUntracked[] = {"Buffers:        ", "Cached:         ", "SwapCached:     ",
                                             "Active:         ", "Inactive:       ", "SwapTotal:      ",
                                             "SwapFree:       ", "Dirty:          ", "Shmem:          ",
                                             "Slab:           ", "SReclaimable:   ", "SUnreclaim:     "};
    for (const char* name : kUntracked) t.fmt("%s%8u kB\n", name, 0u);
    t.fmt("CommitLimit:    %8lu kB\nCommitted_AS:   %8lu kB\n", total, total - free);
}

void uptime(Text& t) {
    put_seconds(t, clock::monotonic_ns() / (kNsPerSec / 100));
    t.add(" ");
    put_seconds(t, cputime::ticks().idle);
    t.add("\n");
}

void loadavg(Text& t) {
    u64 l[3];
    cputime::load_averages(l);
    u32 threads = 0;
    proc::for_each([&](Process* p) {
        if (p->state == ProcState::Alive) threads += p->nthreads;
        return true;
    });
    t.fmt("%lu.%02lu %lu.%02lu %lu.%02lu %u/%u %d\n", l[0] / 100, l[0] % 100, l[1] / 100, l[1] % 100, l[2] / 100,
          l[2] % 100, sched::runnable_count(), threads, sched::last_tid());
}

void version(Text& t) { t.fmt("%s version %s (tandem guest kernel) %s\n", identity::kSysname, identity::kRelease, identity::kVersion); }

} // namespace procfs_gen
