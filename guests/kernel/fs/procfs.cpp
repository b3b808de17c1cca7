// procfs: inodes are generated on lookup and never cached (names change
// as processes come and go); files are generated at open into a snapshot.
#include "fs/procfs.h"
#include "dev/timer.h"
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"
#include "mm/pmm.h"
#include "proc/process.h"
#include "syscalls/current.h"

namespace {
constexpr u64 kProcMagic = 0x9fa0;

// What an inode of /proc is: kind + pid + fd, packed in the inode number.
enum Kind : u32 {
    kRoot = 1, kSelf, kFilesystems, kCpuinfo, kMeminfo, kMounts, kUptime, kVersion, kLoadavg, kIrqEntry,
    kPidDir, kExe, kCwd, kFdDir, kFd, kMaps, kCmdline, kStat, kStatus, kPidMounts,
};
struct Id {
    u32 kind;
    i32 pid;
    i32 fd;
};
u64 ino_of(const Id& id) { return (u64(id.kind) << 48) | (u64(u32(id.pid)) << 16) | u64(u16(id.fd)); }
Id& id_of(Inode* i) { return *static_cast<Id*>(i->priv); }

struct NamedKind {
    const char* name;
    Kind kind;
    u32 mode;
};
const NamedKind kRootFiles[] = {
    {"self", kSelf, S_IFLNK | 0777},      {"filesystems", kFilesystems, S_IFREG | 0444},
    {"cpuinfo", kCpuinfo, S_IFREG | 0444}, {"meminfo", kMeminfo, S_IFREG | 0444},
    {"mounts", kMounts, S_IFLNK | 0777},   {"uptime", kUptime, S_IFREG | 0444},
    {"version", kVersion, S_IFREG | 0444}, {"loadavg", kLoadavg, S_IFREG | 0444},
    {"tandem_irq_entry", kIrqEntry, S_IFREG | 0444},
};
const NamedKind kPidFiles[] = {
    {"exe", kExe, S_IFLNK | 0777},         {"cwd", kCwd, S_IFLNK | 0777},
    {"fd", kFdDir, S_IFDIR | 0500},        {"maps", kMaps, S_IFREG | 0444},
    {"cmdline", kCmdline, S_IFREG | 0444}, {"stat", kStat, S_IFREG | 0444},
    {"status", kStatus, S_IFREG | 0444},   {"mounts", kPidMounts, S_IFREG | 0444},
};

// A growable text buffer for generated files.
class Text {
public:
    ~Text() { kfree(buf_); }
    void add(const char* s, u64 n) {
        if (len_ + n > cap_) {
            u64 cap = max<u64>(cap_ * 2, 4096);
            while (cap < len_ + n) cap *= 2;
            char* b = static_cast<char*>(kmalloc(cap));
            if (!b) return;
            if (buf_) memcpy(b, buf_, len_);
            kfree(buf_);
            buf_ = b;
            cap_ = cap;
        }
        memcpy(buf_ + len_, s, n);
        len_ += n;
    }
    void add(const char* s) { add(s, kstrlen(s)); }
    template <typename... A> void fmt(const char* f, A... a) {
        char tmp[512];
        int n = ksnprintf(tmp, sizeof tmp, f, a...);
        if (n > 0) add(tmp, min<u64>(u64(n), sizeof tmp - 1));
    }
    char* take(u64* len) {
        char* b = buf_;
        *len = len_;
        buf_ = nullptr;
        len_ = cap_ = 0;
        return b;
    }

private:
    char* buf_ = nullptr;
    u64 len_ = 0, cap_ = 0;
};

// A file whose whole content was generated at open.
class SnapshotFile final : public File {
public:
    SnapshotFile(char* data, u64 len) : data_(data), len_(len) {}
    ~SnapshotFile() override { kfree(data_); }
    long read(void* ubuf, size_t n) override {
        long r = pread(ubuf, n, pos);
        if (r > 0) pos += u64(r);
        return r;
    }
    long pread(void* ubuf, size_t n, u64 off) override {
        if (off >= len_) return 0;
        u64 k = min<u64>(n, len_ - off);
        return copy_to_user(ubuf, data_ + off, k) ? -EFAULT : long(k);
    }
    long write(const void*, size_t) override { return -EACCES; }
    long seek(i64 off, int whence) override {
        i64 base = whence == 0 ? 0 : whence == 1 ? i64(pos) : whence == 2 ? i64(len_) : -1;
        if (base < 0 || base + off < 0) return -EINVAL;
        pos = u64(base + off);
        return i64(pos);
    }
    u32 poll() override { return POLLIN | POLLRDNORM; }

private:
    char* data_;
    u64 len_;
};

const char* fs_name_of(Mount* m) { return m->fs->name(); }

void gen_mounts(Text& t) {
    mounts::for_each([&](Mount* m) {
        t.fmt("%s %s %s %s 0 0\n", fs_name_of(m), m->path, fs_name_of(m), m->readonly ? "ro" : "rw");
    });
}

void gen_maps(Text& t, Process* p) {
    if (!p->as) return;
    char* path = static_cast<char*>(kmalloc(vfs::kPathMax));
    p->as->for_each_vma([&](Vma* v) {
        t.fmt("%012lx-%012lx %c%c%c%c %08lx 00:00 %lu", v->start, v->end, (v->flags & kVmRead) ? 'r' : '-',
              (v->flags & kVmWrite) ? 'w' : '-', (v->flags & kVmExec) ? 'x' : '-', (v->flags & kVmShared) ? 's' : 'p',
              v->pgoff, v->inode ? v->inode->ino : 0);
        if (v->flags & kVmGrowsDown) t.add("                          [stack]");
        t.add("\n");
    });
    kfree(path);
}

Process* proc_of(const Id& id) {
    Process* p = proc::find(id.pid);
    return p && p->state == ProcState::Alive ? p : nullptr;
}

class Procfs final : public FileSystem {
public:
    const char* name() const override { return "proc"; }
    u64 magic() const override { return kProcMagic; }
    bool volatile_names() const override { return true; }

    Inode* make(u32 kind, i32 pid, i32 fd, u32 mode) {
        Inode* i = inode::alloc(this);
        Id* id = knew<Id>();
        if (!i || !id) {
            if (i) inode::put(i);
            kdelete(id);
            return nullptr;
        }
        *id = Id{kind, pid, fd};
        i->priv = id;
        i->ino = ino_of(*id);
        i->mode = mode;
        i->nlink = (mode & S_IFMT) == S_IFDIR ? 2 : 1;
        return i;
    }

    static bool name_is(const char* name, u32 len, const char* s) { return kstrlen(s) == len && !memcmp(name, s, len); }

    static bool parse_int(const char* s, u32 len, i32* out) {
        if (!len || len > 9) return false;
        i32 v = 0;
        for (u32 k = 0; k < len; k++) {
            if (s[k] < '0' || s[k] > '9') return false;
            v = v * 10 + (s[k] - '0');
        }
        *out = v;
        return true;
    }

    long lookup(Inode* dir, const char* name, u32 len, Inode** out) override {
        Id& d = id_of(dir);
        i32 n;
        if (d.kind == kRoot) {
            for (const NamedKind& k : kRootFiles)
                if (name_is(name, len, k.name)) return (*out = make(k.kind, 0, 0, k.mode)) ? 0 : -ENOMEM;
            if (parse_int(name, len, &n) && proc_of(Id{kPidDir, n, 0}))
                return (*out = make(kPidDir, n, 0, S_IFDIR | 0555)) ? 0 : -ENOMEM;
            return -ENOENT;
        }
        if (d.kind == kPidDir) {
            if (!proc_of(d)) return -ENOENT;
            for (const NamedKind& k : kPidFiles)
                if (name_is(name, len, k.name)) return (*out = make(k.kind, d.pid, 0, k.mode)) ? 0 : -ENOMEM;
            return -ENOENT;
        }
        if (d.kind == kFdDir) {
            Process* p = proc_of(d);
            if (!p || !p->fds || !parse_int(name, len, &n) || !p->fds->get_file(n)) return -ENOENT;
            return (*out = make(kFd, d.pid, n, S_IFLNK | 0700)) ? 0 : -ENOMEM;
        }
        return -ENOTDIR;
    }

    long readdir(Inode* dir, u64* pos, DirEmit emit, void* ctx) override {
        Id& d = id_of(dir);
        char num[16];
        u64 k = 0;
        auto out = [&](const char* nm, u64 ino, u8 type) {
            if (k++ < *pos) return true;
            if (!emit(ctx, nm, u32(kstrlen(nm)), ino, type)) return false;
            *pos = k;
            return true;
        };
        if (d.kind == kRoot) {
            for (const NamedKind& nk : kRootFiles)
                if (!out(nk.name, ino_of(Id{nk.kind, 0, 0}), u8((nk.mode & S_IFMT) >> 12))) return 0;
            bool go = true;
            proc::for_each([&](Process* p) {
                if (p->state != ProcState::Alive) return true;
                ksnprintf(num, sizeof num, "%d", p->pid);
                go = out(num, ino_of(Id{kPidDir, p->pid, 0}), 4);
                return go;
            });
        } else if (d.kind == kPidDir) {
            for (const NamedKind& nk : kPidFiles)
                if (!out(nk.name, ino_of(Id{nk.kind, d.pid, 0}), u8((nk.mode & S_IFMT) >> 12))) return 0;
        } else if (d.kind == kFdDir) {
            Process* p = proc_of(d);
            if (!p || !p->fds) return 0;
            for (int fd = 0; fd < p->fds->limit(); fd++) {
                if (!p->fds->get_file(fd)) continue;
                ksnprintf(num, sizeof num, "%d", fd);
                if (!out(num, ino_of(Id{kFd, d.pid, fd}), 10)) return 0;
            }
        }
        return 0;
    }

    long readlink(Inode* i, char* buf, u32 size) override {
        Id& id = id_of(i);
        char tmp[64];
        const char* text = tmp;
        char* path = nullptr;
        long n = -ENOENT;
        if (id.kind == kSelf) {
            ksnprintf(tmp, sizeof tmp, "%d", current_proc()->pid);
        } else if (id.kind == kMounts) {
            text = "self/mounts";
        } else {
            Process* p = proc_of(id);
            if (!p) return -ENOENT;
            if (id.kind == kExe) {
                text = p->exe;
            } else if (id.kind == kCwd || id.kind == kFd) {
                path = static_cast<char*>(kmalloc(vfs::kPathMax));
                if (!path) return -ENOMEM;
                File* f = id.kind == kFd && p->fds ? p->fds->get_file(id.fd) : nullptr;
                if (id.kind == kCwd && p->fs) n = vfs::d_path(p->fs->cwd, path, vfs::kPathMax);
                else if (f && f->path.d) n = vfs::d_path(f->path, path, vfs::kPathMax);
                else if (f) {
                    LinuxStat st;
                    f->stat(&st);
                    if ((st.st_mode & S_IFMT) == S_IFSOCK) n = ksnprintf(path, vfs::kPathMax, "socket:[%lu]", st.st_ino);
                    else if (f->anon_name()) n = ksnprintf(path, vfs::kPathMax, "anon_inode:%s", f->anon_name());
                    else n = ksnprintf(path, vfs::kPathMax, "anon_inode:[%lu]", st.st_ino);
                }
                if (n < 0) {
                    kfree(path);
                    return n;
                }
                text = path;
            } else {
                return -EINVAL;
            }
        }
        u32 len = u32(min<u64>(kstrlen(text), size));
        memcpy(buf, text, len);
        kfree(path);
        return len;
    }

    // /proc/PID/fd/N leads to the open file itself (a pipe reopens, a
    // deleted file stays reachable); files without a path follow the text.
    bool magic_link(Inode* i, Path* out, long* err) override {
        Id& id = id_of(i);
        if (id.kind != kFd) return false;
        Process* p = proc_of(id);
        File* f = p && p->fds ? p->fds->get_file(id.fd) : nullptr;
        if (!f) {
            *err = -ENOENT;
            return true;
        }
        if (!f->path.d) return false;
        *out = f->path;
        path_get(*out);
        return true;
    }

    File* open_special(Inode* i, u32, long* err) override {
        Id& id = id_of(i);
        Text t;
        switch (id.kind) {
        case kRoot:
        case kPidDir:
        case kFdDir: return nullptr; // directories: the generic file
        case kFilesystems: t.add("nodev\tproc\nnodev\ttmpfs\nnodev\tdevtmpfs\nnodev\ttandemfs\n"); break;
        case kCpuinfo: gen_cpuinfo(t); break;
        case kMeminfo: {
            u64 total = pmm::total_count() * 4, free = pmm::free_count() * 4;
            t.fmt("MemTotal:       %8lu kB\nMemFree:        %8lu kB\nMemAvailable:   %8lu kB\n", total, free, free);
            t.add("Buffers:               0 kB\nCached:                0 kB\nSwapTotal:             0 kB\nSwapFree:              0 kB\n");
            break;
        }
        case kMounts:
        case kPidMounts: gen_mounts(t); break;
        case kUptime: {
            u64 ns = clock::monotonic_ns();
            t.fmt("%lu.%02lu 0.00\n", ns / 1000000000, ns / 10000000 % 100);
            break;
        }
        case kVersion: t.add("Linux version 6.1.0-tandem (tandem guest kernel) #1 SMP\n"); break;
        case kLoadavg: t.add("0.00 0.00 0.00 1/1 1\n"); break;
        case kIrqEntry: {
            // "count N" then the kept samples, oldest first: ns from a timer
            // deadline to its handler, interrupts that found user code running.
            const timer::EntrySamples& e = timer::entry_samples();
            u64 n = min<u64>(e.count, timer::kEntrySamples);
            t.fmt("count %lu\n", e.count);
            for (u64 i = e.count - n; i < e.count; i++) t.fmt("%lu\n", e.ns[i % timer::kEntrySamples]);
            break;
        }
        case kMaps:
        case kCmdline:
        case kStat:
        case kStatus: {
            Process* p = proc_of(id);
            if (!p) {
                *err = -ESRCH;
                return nullptr;
            }
            if (id.kind == kMaps) gen_maps(t, p);
            else if (id.kind == kStat)
                t.fmt("%d (%s) R %d %d %d 0 -1 0 0 0 0 0 0 0 0 0 20 0 %u 0 0 0 0\n", p->pid, p->leader ? p->leader->name : "?",
                      p->parent ? p->parent->pid : 0, p->pgid, p->sid, p->nthreads);
            else if (id.kind == kStatus)
                t.fmt("Name:\t%s\nState:\tR (running)\nTgid:\t%d\nPid:\t%d\nPPid:\t%d\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nThreads:\t%u\n",
                      p->leader ? p->leader->name : "?", p->pid, p->pid, p->parent ? p->parent->pid : 0, p->nthreads);
            break;
        }
        default: *err = -EINVAL; return nullptr;
        }
        u64 len;
        char* data = t.take(&len);
        File* f = knew<SnapshotFile>(data, len);
        if (!f) {
            kfree(data);
            *err = -ENOMEM;
        }
        return f;
    }

    static void gen_cpuinfo(Text& t) {
        u32 r[4];
        char brand[49] = {};
        x86::cpuid(0x80000000, 0, r);
        if (r[0] >= 0x80000004) {
            for (u32 k = 0; k < 3; k++) {
                x86::cpuid(0x80000002 + k, 0, r);
                memcpy(brand + 16 * k, r, 16);
            }
        }
        t.fmt("processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: %s\ncpu cores\t: 1\nflags\t\t: fpu sse sse2\n\n",
              brand[0] ? brand : "tandem virtual CPU");
    }

    void release(Inode* i) override { kdelete(static_cast<Id*>(i->priv)); }
};
} // namespace

namespace procfs {
FileSystem* create() {
    Procfs* fs = knew<Procfs>();
    if (!fs) return nullptr;
    fs->dev = 4;
    fs->root = fs->make(kRoot, 0, 0, S_IFDIR | 0555);
    return fs->root ? fs : nullptr;
}
} // namespace procfs
