// Builds the first process from the boot modules: module 0 is the program
// file, the module named "argv" holds its arguments as NUL-separated strings
// (argv[0] = the path, see vmproc/boot_modules.cpp).  Without an "argv"
// module, argv = { module name }.
#include "proc/init.h"
#include "arch/cpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "arch/traps.h"
#include "boot/bootinfo.h"
#include "dev/power.h"
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
const char* const kDefaultEnv[] = {"PATH=/usr/bin:/bin", "HOME=/", "TERM=dumb", "LANG=C"};

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

// Exit status when the first program cannot even start (like a shell's 127).
[[noreturn]] void fail(const char* path, const char* why) {
    kprintf("kernel: cannot run %s: %s\n", path, why);
    power::off(127);
}

// The init thread: becomes pid 1, execs the program, enters user mode.
void init_main(void*) {
    const tandem_boot_info& bi = boot::info();
    const tandem_boot_module& prog = bi.modules[0];
    char module_name[TANDEM_MODULE_NAME_MAX + 1];
    kstrlcpy(module_name, prog.name, sizeof module_name);

    const char** argv = static_cast<const char**>(kmalloc(kMaxArgs * sizeof(char*)));
    u32 argc = 0;
    if (const tandem_boot_module* am = boot::find_module("argv"); am && am->size) {
        char* buf = static_cast<char*>(kmalloc(am->size + 1));
        if (!buf || !argv) fail(module_name, "out of memory");
        memcpy(buf, phys_to_virt(am->phys), am->size);
        buf[am->size] = 0;
        argc = split_strings(buf, am->size, argv, kMaxArgs);
    }
    if (!argv) fail(module_name, "out of memory");
    if (argc == 0) argv[argc++] = module_name;

    // The path: argv[0] is the program path as given in full (the module
    // name field may have been cut to fit).
    const char* path = argv[0];

    Task* t = current();
    if (!proc::create_first(t)) fail(path, "out of memory");
    ExecRequest req{phys_to_virt<const u8>(prog.phys), prog.size, path, argv, argc, kDefaultEnv,
                    sizeof kDefaultEnv / sizeof kDefaultEnv[0]};
    const char* why = "";
    if (exec::execute(req, &why) != 0) fail(path, why);
    kdebug("kernel: pid %d: %s (%u args)\n", t->tid, path, argc);
    x86::cli();
    enter_user_mode(t->user_frame());
}
} // namespace

bool start() {
    if (boot::info().module_count == 0) return false;
    return sched::spawn_kernel_thread("init", init_main, nullptr) != nullptr;
}

} // namespace init_process
