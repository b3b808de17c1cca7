// The first process.  The init thread builds the name space (the file
// service's exports, /dev, /proc, /tmp), becomes pid 1 in the working
// directory vmproc asked for, and executes argv[0] from the module "argv"
// with the environment from "envp" (vmproc/boot/boot_modules.cpp).
#include "proc/init.h"
#include "arch/cpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "arch/traps.h"
#include "boot/bootinfo.h"
#include "dev/console.h"
#include "dev/power.h"
#include "fs/devfs.h"
#include "fs/file.h"
#include "fs/fsvc.h"
#include "fs/inode.h"
#include "fs/procfs.h"
#include "fs/pty.h"
#include "fs/sysfs.h"
#include "fs/tmpfs.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/exec.h"
#include "proc/process.h"
#include "sched/sched.h"
#include "sched/task.h"

namespace init_process {
namespace {
const char* const kDefaultEnv[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/", "TERM=dumb", "LANG=C"};
bool g_have_files;

// A module's NUL-separated strings: a copy in kernel memory and a vector
// of all of them (however many: exec decides whether they fit ARG_MAX).
struct ModuleStrings {
    const char** list = nullptr;
    u32 count = 0;
    bool failed = false; // out of memory, or more strings than a u32 counts
};

// Splits NUL-separated strings into `out` (null: only count them).
u64 split_strings(char* buf, u64 size, const char** out) {
    u64 n = 0;
    u64 i = 0;
    while (i < size) {
        if (out) out[n] = buf + i;
        n++;
        while (i < size && buf[i]) i++;
        i++; // past the NUL
    }
    return n;
}

// A module's strings copied into the kernel heap (none if absent).
ModuleStrings module_strings(const char* name) {
    ModuleStrings s;
    const tandem_boot_module* m = boot::find_module(name);
    if (!m || !m->size) return s;
    char* buf = static_cast<char*>(kmalloc(m->size + 1));
    if (!buf) {
        s.failed = true;
        return s;
    }
    memcpy(buf, phys_to_virt(m->phys), m->size);
    buf[m->size] = 0;
    u64 n = split_strings(buf, m->size, nullptr);
    s.list = n < 0xffffffffu ? static_cast<const char**>(kmalloc((n + 1) * sizeof(char*))) : nullptr;
    if (!s.list) {
        s.failed = true;
        return s;
    }
    s.count = u32(split_strings(buf, m->size, s.list));
    return s;
}

// Exit status when the first program cannot even start, as a shell would
// report it: 127 when it is not found, 126 when it cannot be executed.
[[noreturn]] void fail(const char* path, const char* why, u32 status = 127) {
    kprintf("tandem: cannot run %s: %s\n", path, why);
    power::off(status);
}

// True if a program name is a path: execvp looks up only bare names.
bool has_slash(const char* s) {
    for (; *s; s++)
        if (*s == '/') return true;
    return false;
}

// The value of NAME in an environment (null if unset).
const char* env_value(const char* const* envp, u32 envc, const char* name) {
    size_t n = kstrlen(name);
    for (u32 i = 0; i < envc; i++)
        if (kstrncmp(envp[i], name, n) == 0 && envp[i][n] == '=') return envp[i] + n + 1;
    return nullptr;
}

// Executes the first program as execvp(3) does (and `env`, `docker run`):
// a name without '/' is looked up in the guest's PATH, in order, an empty
// entry meaning the working directory.  Not found anywhere is -ENOENT;
// found but not executable anywhere is -EACCES; any other failure of a
// candidate ends the search with that error.
long exec_first(const char* name, const char* const* argv, u32 argc, const char* const* envp, u32 envc,
                const char** why) {
    if (has_slash(name)) return exec::execve(name, argv, argc, envp, envc, why);
    const char* dirs = env_value(envp, envc, "PATH");
    if (!dirs) dirs = "/usr/local/bin:/usr/bin:/bin";
    size_t name_len = kstrlen(name);
    char* full = static_cast<char*>(kmalloc(vfs::kPathMax));
    if (!full) return -ENOMEM;
    long result = -ENOENT;
    for (const char* d = dirs;; d++) {
        const char* end = d;
        while (*end && *end != ':') end++;
        size_t dlen = size_t(end - d);
        if (dlen + 1 + name_len < vfs::kPathMax) {
            memcpy(full, d, dlen);
            size_t at = dlen;
            if (dlen) full[at++] = '/';
            memcpy(full + at, name, name_len + 1);
            long r = exec::execve(full, argv, argc, envp, envc, why);
            if (r == 0 || (r != -EACCES && r != -ENOENT && r != -ENOTDIR)) {
                result = r; // exec copied what it keeps of the path
                break;
            }
            if (r == -EACCES) result = -EACCES;
        }
        if (!*end) break;
        d = end;
    }
    kfree(full);
    return result;
}

// Mounts one file system, reporting (not failing on) a refusal.
void mount(const char* path, FileSystem* fs) {
    if (!fs) return;
    long r = vfs::mount_at(path, fs);
    if (r) kprintf("kernel: cannot mount %s on %s (%ld)\n", fs->name(), path, r);
}

// The name space: the root export (or a tmpfs), then /dev (and /dev/shm),
// /proc, /sys, /tmp,
// then the other exports (binds), parents before children.
void build_namespace() {
    fsvc::ExportInfo ex[fsvc::kMaxExports];
    u32 n = 0;
    g_have_files = fsvc::init();
    if (g_have_files) n = fsvc::exports(ex, fsvc::kMaxExports);
    u32 first = 0;
    if (n && ex[0].path[0] == '/' && ex[0].path[1] == 0) {
        vfs::mount_root(ex[0].fs);
        first = 1;
    } else {
        vfs::mount_root(tmpfs::create(0755));
    }
    mount("/dev", devfs::create());
    mount("/dev/shm", tmpfs::create(01777)); // shm_open's files
    mount("/dev/pts", pty::create_devpts());
    mount("/proc", procfs::create());
    mount("/sys", sysfs::create());
    // /tmp: memory, layered over the root's own /tmp (if it has one).
    // (No process exists yet: look the name up in the root directly.)
    Inode* host_tmp = nullptr;
    Mount* rm = mounts::root();
    long err = 0;
    if (Dentry* d = rm ? vfs::lookup_child(Path{rm, rm->root}, "tmp", 3, &err) : nullptr) {
        if (d->inode && d->inode->is_dir()) {
            host_tmp = d->inode;
            inode::get(host_tmp);
        }
        dcache::put(d);
    }
    mount("/tmp", tmpfs::create(01777, host_tmp));
    for (u32 i = first; i < n; i++) mount(ex[i].path, ex[i].fs);
}

// The init thread: becomes pid 1, execs the program, enters user mode.
void init_main(void*) {
    build_namespace();
    ModuleStrings args = module_strings(TANDEM_MODULE_ARGV);
    ModuleStrings env = module_strings(TANDEM_MODULE_ENVP);
    if (args.failed || env.failed || !args.count) fail("the first program", "out of memory", 126);
    const char** argv = args.list;
    u32 argc = args.count;
    const char* const* envp = env.list;
    u32 envc = env.count;
    if (envc == 0) {
        envp = kDefaultEnv;
        envc = sizeof kDefaultEnv / sizeof kDefaultEnv[0];
    }
    const char* path = argv[0];

    Task* t = current();
    if (!proc::create_first(t)) fail(path, "out of memory");
    // stdin/stdout: /dev/console, stderr: /dev/hvc1 (the error console:
    // tandem's stderr), opened through the VFS so that they have names
    // (ttyname, /proc/self/fd).
    File* con = nullptr;
    if (vfs::open(vfs::kAtFdCwd, "/dev/console", O_RDWR, 0, &con) == 0) {
        for (int fd = 0; fd < 3; fd++) {
            con->get();
            t->proc->fds->install_at(con, fd, false);
        }
        con->put();
    }
    File* err = nullptr;
    if (console::has_error_console() && vfs::open(vfs::kAtFdCwd, "/dev/hvc1", O_RDWR, 0, &err) == 0)
        t->proc->fds->install_at(err, 2, false);
    ModuleStrings cwd_list = module_strings(TANDEM_MODULE_CWD);
    if (cwd_list.count) {
        const char* const* cwd = cwd_list.list;
        Path p;
        if (vfs::resolve_at(vfs::kAtFdCwd, cwd[0], vfs::kFollow | vfs::kDirectory, &p) == 0) {
            vfs::chdir(p);
            path_put(p);
        } else {
            kprintf("tandem: working directory %s does not exist in the guest; using /\n", cwd[0]);
        }
    }
    if (!g_have_files) fail(path, "the VM has no file service to find it in");
    const char* why = "";
    long r = exec_first(path, argv, argc, envp, envc, &why);
    if (r == -ENOENT && !has_slash(path)) fail(path, "not found in PATH");
    if (r == -ENOENT || r == -ENOTDIR) fail(path, "No such file or directory");
    if (r == -E2BIG) {
        char msg[96];
        ksnprintf(msg, sizeof msg, "Argument list too long (more than the guest's ARG_MAX, %lu KiB)",
                  static_cast<unsigned long>(exec::kArgMax / 1024));
        fail(path, msg, 126);
    }
    if (r != 0) fail(path, r == -EACCES ? "Permission denied" : why, 126);
    kdebug("kernel: pid %d: %s (%u args)\n", t->tid, path, argc);
    x86::cli();
    enter_user_mode(t->user_frame());
}
} // namespace

bool start() {
    const tandem_boot_module* argv = boot::find_module(TANDEM_MODULE_ARGV);
    if (!argv || !argv->size) return false;
    return sched::spawn_kernel_thread("init", init_main, nullptr) != nullptr;
}

} // namespace init_process
