// The per-process files of /proc/<pid> in the formats procps parses:
// stat, status, statm, cmdline, environ, comm, maps.
#include "fs/procfs_gen.h"
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "dev/timer.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/text.h"
#include "fs/vfs.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"
#include "mm/vmm.h"
#include "proc/process.h"
#include "sched/task.h"

namespace procfs_gen {
namespace {
constexpr u64 kTicksPerSec = 100; // USER_HZ
constexpr u64 kNsPerTick = 1'000'000'000 / kTicksPerSec;

// Page counts of an address space, as status and statm split them.
struct MemUse {
    u64 size, stack, data, exec; // pages mapped
    u64 rss_anon, rss_file, rss_shmem;
    u64 rss() const { return rss_anon + rss_file + rss_shmem; }
};

MemUse mem_use(AddressSpace* as) {
    MemUse m{};
    if (!as) return m;
    as->for_each_vma([&](Vma* v) {
        u64 pages = (v->end - v->start) / kPageSize;
        m.size += pages;
        if (v->flags & kVmGrowsDown) m.stack += pages;
        else if ((v->flags & kVmWrite) && !(v->flags & kVmShared)) m.data += pages;
        else if ((v->flags & kVmExec) && v->inode) m.exec += pages;
        u64 present = 0;
        vmm::for_each_pte(as->root(), v->start, v->end, [&](u64, u64*) { present++; });
        if (!v->inode) m.rss_anon += present;
        else if (!v->file.d) m.rss_shmem += present; // shared anonymous memory
        else m.rss_file += present;
    });
    return m;
}

// R while a thread can run, T while stopped, else S (sleeping).
char state_of(Process* p) {
    if (p->stopped) return 'T';
    for (ListNode* n = p->threads.next; n != &p->threads; n = n->next)
        if (container_of(n, Task, thread_node)->state == TaskState::Runnable) return 'R';
    return 'S';
}

const char* state_name(char s) {
    switch (s) {
    case 'R': return "R (running)";
    case 'T': return "T (stopped)";
    default: return "S (sleeping)";
    }
}

const char* comm_of(Process* p) { return p->leader ? p->leader->name : "?"; }

// The controlling terminal (device number, 0 if none) and its foreground
// process group (-1 if none).
int tty_of(Process*) { return 0; }
int tty_pgrp_of(Process*) { return -1; }
// The tracing process (0 if none).
int tracer_of(Process*) { return 0; }

// Signals ignored and caught (bit n-1 = signal n).
void handled_signals(Process* p, u64* ignored, u64* caught) {
    *ignored = *caught = 0;
    for (int s = 1; s <= signal::kNumSignals; s++) {
        u64 h = p->action(s).handler;
        if (h == signal::kSigIgn) *ignored |= 1ull << (s - 1);
        else if (h != signal::kSigDfl) *caught |= 1ull << (s - 1);
    }
}
} // namespace

void pid_stat(Text& t, Process* p) {
    AddressSpace* as = p->as;
    MemUse m = mem_use(as);
    Task* leader = p->leader;
    u64 ignored, caught;
    handled_signals(p, &ignored, &caught);
    t.fmt("%d (%s) %c %d %d %d %d %d 4194560 0 0 0 0 ", p->pid, comm_of(p), state_of(p),
          p->parent ? p->parent->pid : 0, p->pgid, p->sid, tty_of(p), tty_pgrp_of(p));
    t.fmt("%lu %lu %lu %lu 20 0 %u 0 %lu ", p->utime_ns / kNsPerTick, p->stime_ns / kNsPerTick,
          p->cutime_ns / kNsPerTick, p->cstime_ns / kNsPerTick, p->nthreads,
          leader ? leader->start_ns / kNsPerTick : 0);
    t.fmt("%lu %lu 18446744073709551615 0 0 %lu 0 0 ", m.size * kPageSize, m.rss(), as ? as->layout.stack_top : 0);
    t.fmt("%lu %lu %lu %lu 0 0 0 %d 0 0 0 0 0 0 ", leader ? leader->sigpending | p->shared_pending : 0,
          leader ? leader->sigmask : 0, ignored, caught, p->exit_signal);
    t.fmt("0 0 %lu %lu %lu %lu %lu 0\n", as ? as->brk_start : 0, as ? as->arg_start : 0, as ? as->arg_end : 0,
          as ? as->env_start : 0, as ? as->env_end : 0);
}

void pid_status(Text& t, Process* p) {
    MemUse m = mem_use(p->as);
    Task* leader = p->leader;
    u64 ignored, caught;
    handled_signals(p, &ignored, &caught);
    u64 kb = kPageSize / 1024;
    t.fmt("Name:\t%s\nUmask:\t0%u%u%u\nState:\t%s\nTgid:\t%d\nNgid:\t0\nPid:\t%d\nPPid:\t%d\nTracerPid:\t%d\n",
          comm_of(p), (p->umask >> 6) & 7, (p->umask >> 3) & 7, p->umask & 7, state_name(state_of(p)), p->pid, p->pid, p->parent ? p->parent->pid : 0, tracer_of(p));
    t.fmt("Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nFDSize:\t%d\nGroups:\t\n", p->fds ? p->fds->limit() : 0);
    t.fmt("VmPeak:\t%8lu kB\nVmSize:\t%8lu kB\nVmLck:\t       0 kB\nVmPin:\t       0 kB\n", m.size * kb, m.size * kb);
    t.fmt("VmHWM:\t%8lu kB\nVmRSS:\t%8lu kB\nRssAnon:\t%8lu kB\nRssFile:\t%8lu kB\nRssShmem:\t%8lu kB\n",
          m.rss() * kb, m.rss() * kb, m.rss_anon * kb, m.rss_file * kb, m.rss_shmem * kb);
    t.fmt("VmData:\t%8lu kB\nVmStk:\t%8lu kB\nVmExe:\t%8lu kB\nVmLib:\t       0 kB\nVmPTE:\t       0 kB\n"
          "VmSwap:\t       0 kB\n",
          m.data * kb, m.stack * kb, m.exec * kb);
    t.fmt("Threads:\t%u\nSigQ:\t0/15000\nSigPnd:\t%016lx\nShdPnd:\t%016lx\nSigBlk:\t%016lx\nSigIgn:\t%016lx\n",
          p->nthreads, leader ? leader->sigpending : 0, p->shared_pending, leader ? leader->sigmask : 0, ignored);
    t.fmt("SigCgt:\t%016lx\nCapInh:\t0000000000000000\nCapPrm:\t000001ffffffffff\nCapEff:\t000001ffffffffff\n", caught);
    t.add("CapBnd:\t000001ffffffffff\nCapAmb:\t0000000000000000\nNoNewPrivs:\t0\nSeccomp:\t0\n");
    t.add("Cpus_allowed:\t1\nCpus_allowed_list:\t0\nvoluntary_ctxt_switches:\t0\nnonvoluntary_ctxt_switches:\t0\n");
}

void pid_statm(Text& t, Process* p) {
    MemUse m = mem_use(p->as);
    t.fmt("%lu %lu %lu %lu 0 %lu 0\n", m.size, m.rss(), m.rss_file + m.rss_shmem, m.exec, m.data + m.stack);
}

// The argument (or environment) strings as the process has them now.
void pid_strings(Text& t, Process* p, bool environment) {
    AddressSpace* as = p->as;
    if (!as) return;
    u64 start = environment ? as->env_start : as->arg_start, end = environment ? as->env_end : as->arg_end;
    char chunk[256];
    while (start < end) {
        u64 k = as->access(start, chunk, min<u64>(sizeof chunk, end - start), false);
        if (!k) break;
        t.add(chunk, k);
        start += k;
    }
}

// The auxiliary vector exec left on the stack (key/value words to AT_NULL).
void pid_auxv(Text& t, Process* p) {
    AddressSpace* as = p->as;
    if (!as) return;
    char chunk[256];
    for (u64 at = as->auxv_start; at < as->auxv_end;) {
        u64 k = as->access(at, chunk, min<u64>(sizeof chunk, as->auxv_end - at), false);
        if (!k) break;
        t.add(chunk, k);
        at += k;
    }
}

namespace {
// /proc/<pid>/mem: reads and writes reach the process's memory as ptrace's
// PEEK/POKE do (the file offset is the address); the process is looked up
// at each access, so one that exited answers EIO.
class MemFile final : public File {
public:
    explicit MemFile(i32 pid) : pid_(pid) {}
    long read(void* ubuf, size_t n) override { return advance(pread(ubuf, n, pos)); }
    long write(const void* ubuf, size_t n) override { return advance(pwrite(ubuf, n, pos)); }
    long pread(void* ubuf, size_t n, u64 off) override { return transfer(ubuf, n, off, false); }
    long pwrite(const void* ubuf, size_t n, u64 off) override { return transfer(const_cast<void*>(ubuf), n, off, true); }
    long seek(i64 off, int whence) override {
        if (whence == 0) pos = u64(off);
        else if (whence == 1) pos += u64(off);
        else return -EINVAL;
        return long(pos & 0x7fffffffffffffffull);
    }

private:
    long advance(long r) {
        if (r > 0) pos += u64(r);
        return r;
    }
    long transfer(void* ubuf, size_t n, u64 off, bool write) {
        Process* p = proc::find(pid_);
        if (!p || p->state != ProcState::Alive || !p->as) return -EIO;
        u8* buf = static_cast<u8*>(kmalloc(4096));
        if (!buf) return -ENOMEM;
        size_t done = 0;
        long err = 0;
        while (done < n) {
            u64 k = min<u64>(n - done, 4096);
            u8* user = static_cast<u8*>(ubuf) + done;
            if (write && copy_from_user(buf, user, k)) err = -EFAULT;
            u64 got = err ? 0 : p->as->access(off + done, buf, k, write);
            if (!err && !write && got && copy_to_user(user, buf, got)) err = -EFAULT;
            if (err || !got) break;
            done += got;
            if (got < k) break;
        }
        kfree(buf);
        if (done) return long(done);
        return err ? err : -EIO;
    }
    i32 pid_;
};
} // namespace

File* pid_mem_file(i32 pid, long* err) {
    File* f = knew<MemFile>(pid);
    if (!f) *err = -ENOMEM;
    return f;
}

void pid_comm(Text& t, Process* p) { t.fmt("%s\n", comm_of(p)); }

// One line per VMA as Linux writes it: the name (file path, [heap],
// [stack], or "/dev/zero (deleted)" for shared anonymous memory) starts at
// column 73.
void pid_maps(Text& t, Process* p) {
    AddressSpace* as = p->as;
    if (!as) return;
    char* path = static_cast<char*>(kmalloc(vfs::kPathMax));
    if (!path) return;
    as->for_each_vma([&](Vma* v) {
        u64 dev = v->inode ? v->inode->fs->dev : 0;
        char line[128];
        int n = int(ksnprintf(line, sizeof line, "%08lx-%08lx %c%c%c%c %08lx %02lx:%02lx %lu", v->start, v->end,
                              (v->flags & kVmRead) ? 'r' : '-', (v->flags & kVmWrite) ? 'w' : '-',
                              (v->flags & kVmExec) ? 'x' : '-', (v->flags & kVmShared) ? 's' : 'p', v->pgoff,
                              (dev >> 8) & 0xfff, dev & 0xff, v->inode ? v->inode->ino : 0));
        const char* name = nullptr;
        if (v->file.d && vfs::d_path(v->file, path, vfs::kPathMax) > 0) name = path;
        else if (v->inode) name = "/dev/zero (deleted)";
        else if (v->flags & kVmGrowsDown) name = "[stack]";
        else if (as->brk_start && v->start <= as->brk && v->end >= as->brk_start) name = "[heap]";
        t.add(line, u64(n));
        if (name) {
            for (int k = n; k < 72; k++) t.add(" ", 1);
            t.add(" ");
            t.add(name);
        }
        t.add("\n");
    });
    kfree(path);
}

} // namespace procfs_gen
