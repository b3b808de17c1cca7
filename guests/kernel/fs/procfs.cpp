// procfs: inodes are generated on lookup and never cached (names change
// as processes come and go); files are generated at open into a snapshot.
#include "fs/procfs.h"
#include "fs/procfs_gen.h"
#include "fs/pseudo_tree.h"
#include "fs/sysrq.h"
#include "fs/text.h"
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
#include "sched/task.h"
#include "syscalls/current.h"

namespace {
constexpr u64 kProcMagic = 0x9fa0;

// What an inode of /proc is: kind + pid + fd, packed in the inode number.
enum Kind : u32 {
    kRoot = 1, kSelf, kFilesystems, kCpuinfo, kMeminfo, kMounts, kUptime, kVersion, kLoadavg, kIrqEntry,
    kPidDir, kExe, kCwd, kFdDir, kFd, kMaps, kCmdline, kStat, kStatus, kPidMounts,
    kProcStat, kSysNode, kStatm, kEnviron, kComm, kSysrqTrigger, kAuxv, kMem, kTaskDir,
    kTandemDir, kLastFailure,
};
// /proc/sys is kSysNode with fd = pseudo_tree::kRoot; its entries carry
// their index in procfs_gen::sys_nodes() as fd.
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
    {"tandem_irq_entry", kIrqEntry, S_IFREG | 0444}, {"stat", kProcStat, S_IFREG | 0444},
    {"sys", kSysNode, S_IFDIR | 0555},     {"sysrq-trigger", kSysrqTrigger, S_IFREG | 0200},
    {"tandem", kTandemDir, S_IFDIR | 0555},
};
// /proc/tandem: what vmproc tells this kernel about the machine's life.
const NamedKind kTandemFiles[] = {
    {"last_failure", kLastFailure, S_IFREG | 0444},
};
const NamedKind kPidFiles[] = {
    {"exe", kExe, S_IFLNK | 0777},         {"cwd", kCwd, S_IFLNK | 0777},
    {"fd", kFdDir, S_IFDIR | 0500},        {"maps", kMaps, S_IFREG | 0444},
    {"cmdline", kCmdline, S_IFREG | 0444}, {"stat", kStat, S_IFREG | 0444},
    {"status", kStatus, S_IFREG | 0444},   {"mounts", kPidMounts, S_IFREG | 0444},
    {"statm", kStatm, S_IFREG | 0444},     {"environ", kEnviron, S_IFREG | 0400},
    {"comm", kComm, S_IFREG | 0444},       {"auxv", kAuxv, S_IFREG | 0400},
    {"mem", kMem, S_IFREG | 0600},         {"task", kTaskDir, S_IFDIR | 0555},
};


const char* fs_name_of(Mount* m) { return m->fs->name(); }

void gen_mounts(Text& t) {
    mounts::for_each([&](Mount* m) {
        t.fmt("%s %s %s %s 0 0\n", fs_name_of(m), m->path, fs_name_of(m), m->readonly ? "ro" : "rw");
    });
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

    static bool has_thread(Process* p, i32 tid) {
        for (ListNode* n = p->threads.next; n != &p->threads; n = n->next)
            if (container_of(n, Task, thread_node)->tid == tid) return true;
        return false;
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
                if (name_is(name, len, k.name))
                    return (*out = make(k.kind, 0, k.kind == kSysNode ? pseudo_tree::kRoot : 0, k.mode)) ? 0 : -ENOMEM;
            if (parse_int(name, len, &n) && proc_of(Id{kPidDir, n, 0}))
                return (*out = make(kPidDir, n, 0, S_IFDIR | 0555)) ? 0 : -ENOMEM;
            return -ENOENT;
        }
        if (d.kind == kTandemDir) {
            for (const NamedKind& k : kTandemFiles)
                if (name_is(name, len, k.name)) return (*out = make(k.kind, 0, 0, k.mode)) ? 0 : -ENOMEM;
            return -ENOENT;
        }
        if (d.kind == kPidDir) {
            if (!proc_of(d)) return -ENOENT;
            for (const NamedKind& k : kPidFiles)
                if (name_is(name, len, k.name)) return (*out = make(k.kind, d.pid, 0, k.mode)) ? 0 : -ENOMEM;
            return -ENOENT;
        }
        if (d.kind == kTaskDir) {
            // task/<tid>: a thread's directory shows its process's files
            // (threads are not told apart there).
            Process* p = proc_of(d);
            if (!p || !parse_int(name, len, &n) || !has_thread(p, n)) return -ENOENT;
            return (*out = make(kPidDir, d.pid, 0, S_IFDIR | 0555)) ? 0 : -ENOMEM;
        }
        if (d.kind == kFdDir) {
            Process* p = proc_of(d);
            if (!p || !p->fds || !parse_int(name, len, &n) || !p->fds->get_file(n)) return -ENOENT;
            return (*out = make(kFd, d.pid, n, S_IFLNK | 0700)) ? 0 : -ENOMEM;
        }
        if (d.kind == kSysNode) {
            int count;
            const TreeNode* nodes = procfs_gen::sys_nodes(&count);
            int k = pseudo_tree::lookup(nodes, count, d.fd, name, len);
            if (k < 0) return -ENOENT;
            return (*out = make(kSysNode, 0, k, nodes[k].mode)) ? 0 : -ENOMEM;
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
                if (!out(nk.name, ino_of(Id{nk.kind, 0, nk.kind == kSysNode ? pseudo_tree::kRoot : 0}),
                         u8((nk.mode & S_IFMT) >> 12)))
                    return 0;
            bool go = true;
            proc::for_each([&](Process* p) {
                if (p->state != ProcState::Alive) return true;
                ksnprintf(num, sizeof num, "%d", p->pid);
                go = out(num, ino_of(Id{kPidDir, p->pid, 0}), 4);
                return go;
            });
        } else if (d.kind == kTandemDir) {
            for (const NamedKind& nk : kTandemFiles)
                if (!out(nk.name, ino_of(Id{nk.kind, 0, 0}), u8((nk.mode & S_IFMT) >> 12))) return 0;
        } else if (d.kind == kPidDir) {
            for (const NamedKind& nk : kPidFiles)
                if (!out(nk.name, ino_of(Id{nk.kind, d.pid, 0}), u8((nk.mode & S_IFMT) >> 12))) return 0;
        } else if (d.kind == kTaskDir) {
            Process* p = proc_of(d);
            if (!p) return 0;
            for (ListNode* n = p->threads.next; n != &p->threads; n = n->next) {
                ksnprintf(num, sizeof num, "%d", container_of(n, Task, thread_node)->tid);
                if (!out(num, ino_of(Id{kPidDir, d.pid, 0}), 4)) return 0;
            }
        } else if (d.kind == kFdDir) {
            Process* p = proc_of(d);
            if (!p || !p->fds) return 0;
            for (int fd = 0; fd < p->fds->limit(); fd++) {
                if (!p->fds->get_file(fd)) continue;
                ksnprintf(num, sizeof num, "%d", fd);
                if (!out(num, ino_of(Id{kFd, d.pid, fd}), 10)) return 0;
            }
        } else if (d.kind == kSysNode) {
            int count;
            const TreeNode* nodes = procfs_gen::sys_nodes(&count);
            for (int k = 0; k < count; k++) {
                if (!pseudo_tree::is_child(nodes, k, d.fd)) continue;
                if (!out(pseudo_tree::base_name(nodes[k]), ino_of(Id{kSysNode, 0, k}), u8((nodes[k].mode & S_IFMT) >> 12)))
                    return 0;
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
            if (id.kind == kExe || id.kind == kCwd || id.kind == kFd) {
                path = static_cast<char*>(kmalloc(vfs::kPathMax));
                if (!path) return -ENOMEM;
                File* f = id.kind == kFd && p->fds ? p->fds->get_file(id.fd) : nullptr;
                if (id.kind == kExe && p->exe.d) n = vfs::d_path(p->exe, path, vfs::kPathMax);
                else if (id.kind == kCwd && p->fs) n = vfs::d_path(p->fs->cwd, path, vfs::kPathMax);
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

    // exe, cwd and the fds of files with a path (pipes too: their pipefs
    // inode) lead to the object itself; sockets and anonymous files follow
    // their text.
    long link_target(Inode* i, Path* out) override {
        Id& id = id_of(i);
        if (id.kind != kExe && id.kind != kCwd && id.kind != kFd) return -EINVAL;
        Process* p = proc_of(id);
        if (!p) return -ENOENT;
        const Path* target = nullptr;
        if (id.kind == kExe) target = p->exe.d ? &p->exe : nullptr;
        else if (id.kind == kCwd) target = p->fs ? &p->fs->cwd : nullptr;
        else if (File* f = p->fds ? p->fds->get_file(id.fd) : nullptr) target = f->path.d ? &f->path : nullptr;
        if (!target) return id.kind == kFd ? -EINVAL : -ENOENT;
        *out = *target;
        path_get(*out);
        return 0;
    }

    File* open_special(Inode* i, u32, long* err) override {
        Id& id = id_of(i);
        Text t;
        switch (id.kind) {
        case kRoot:
        case kTandemDir:
        case kPidDir:
        case kTaskDir:
        case kFdDir: return nullptr; // directories: the generic file
        case kSysNode: {
            int count;
            const TreeNode* nodes = procfs_gen::sys_nodes(&count);
            if (id.fd == pseudo_tree::kRoot || !nodes[id.fd].gen) return nullptr;
            nodes[id.fd].gen(t);
            break;
        }
        case kSysrqTrigger: return sysrq::open(err);
        case kProcStat: procfs_gen::stat(t); break;
        case kLastFailure: procfs_gen::last_failure(t); break;
        case kFilesystems: t.add("nodev\tproc\nnodev\ttmpfs\nnodev\tdevtmpfs\nnodev\ttandemfs\n"); break;
        case kCpuinfo: gen_cpuinfo(t); break;
        case kMeminfo: procfs_gen::meminfo(t); break;
        case kMounts:
        case kPidMounts: gen_mounts(t); break;
        case kUptime: procfs_gen::uptime(t); break;
        case kVersion: procfs_gen::version(t); break;
        case kLoadavg: procfs_gen::loadavg(t); break;
        case kIrqEntry: {
            // "count N" then the kept samples, oldest first: ns from a timer
            // deadline to its handler, interrupts that found user code running.
            const timer::EntrySamples& e = timer::entry_samples();
            u64 n = min<u64>(e.count, timer::kEntrySamples);
            t.fmt("count %lu\n", e.count);
            for (u64 i = e.count - n; i < e.count; i++) t.fmt("%lu\n", e.ns[i % timer::kEntrySamples]);
            break;
        }
        case kMem:
            if (!proc_of(id)) {
                *err = -ESRCH;
                return nullptr;
            }
            return procfs_gen::pid_mem_file(id.pid, err);
        case kMaps:
        case kAuxv:
        case kCmdline:
        case kEnviron:
        case kStat:
        case kStatm:
        case kStatus:
        case kComm: {
            Process* p = proc_of(id);
            if (!p) {
                *err = -ESRCH;
                return nullptr;
            }
            switch (id.kind) {
            case kMaps: procfs_gen::pid_maps(t, p); break;
            case kCmdline: procfs_gen::pid_strings(t, p, false); break;
            case kEnviron: procfs_gen::pid_strings(t, p, true); break;
            case kAuxv: procfs_gen::pid_auxv(t, p); break;
            case kStat: procfs_gen::pid_stat(t, p); break;
            case kStatm: procfs_gen::pid_statm(t, p); break;
            case kStatus: procfs_gen::pid_status(t, p); break;
            default: procfs_gen::pid_comm(t, p); break;
            }
            break;
        }
        default: *err = -EINVAL; return nullptr;
        }
        return make_snapshot_file(t, err);
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
