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
constexpr u32 kMaxArgs = 8192;
const char* const kDefaultEnv[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/", "TERM=dumb", "LANG=C"};
bool g_have_files;

// Splits NUL-separated strings (a copy in kernel memory) into a vector.
u32 split_strings(char* buf, u64 size, const char** out, u32 max) {
    u32 n = 0;
    u64 i = 0;
    while (i < size && n < max) {
        out[n++] = buf + i;
        while (i < size && buf[i]) i++;
        i++; // past the NUL
    }
    return n;
}

// A module's strings copied into the kernel heap (0 if absent).
u32 module_strings(const char* name, const char** out, u32 max) {
    const tandem_boot_module* m = boot::find_module(name);
    if (!m || !m->size) return 0;
    char* buf = static_cast<char*>(kmalloc(m->size + 1));
    if (!buf) return 0;
    memcpy(buf, phys_to_virt(m->phys), m->size);
    buf[m->size] = 0;
    return split_strings(buf, m->size, out, max);
}

// Exit status when the first program cannot even start, as a shell would
// report it: 127 when it is not found, 126 when it cannot be executed.
[[noreturn]] void fail(const char* path, const char* why, u32 status = 127) {
    kprintf("tandem: cannot run %s: %s\n", path, why);
    power::off(status);
}

// Mounts one file system, reporting (not failing on) a refusal.
void mount(const char* path, FileSystem* fs) {
    if (!fs) return;
    long r = vfs::mount_at(path, fs);
    if (r) kprintf("kernel: cannot mount %s on %s (%ld)\n", fs->name(), path, r);
}

// The name space: the root export (or a tmpfs), then /dev, /proc, /tmp,
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
    mount("/proc", procfs::create());
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
    const char** argv = static_cast<const char**>(kmalloc(kMaxArgs * sizeof(char*)));
    const char** envp = static_cast<const char**>(kmalloc(kMaxArgs * sizeof(char*)));
    if (!argv || !envp) fail("the first program", "out of memory");
    u32 argc = module_strings(TANDEM_MODULE_ARGV, argv, kMaxArgs);
    u32 envc = module_strings(TANDEM_MODULE_ENVP, envp, kMaxArgs);
    if (envc == 0) {
        for (const char* e : kDefaultEnv) envp[envc++] = e;
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
    const char* cwd[1];
    if (module_strings(TANDEM_MODULE_CWD, cwd, 1)) {
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
    long r = exec::execve(path, argv, argc, envp, envc, &why);
    if (r == -ENOENT || r == -ENOTDIR) fail(path, "No such file or directory");
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
