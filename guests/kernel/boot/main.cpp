// kmain: brings the kernel up in dependency order, starts the first
// process and becomes the idle task.
#include "arch/cpu.h"
#include "arch/fpu.h"
#include "arch/gdt.h"
#include "arch/idt.h"
#include "arch/syscall_setup.h"
#include "boot/bootinfo.h"
#include "boot/cmdline.h"
#include "dev/channel.h"
#include "dev/console.h"
#include "dev/pmem.h"
#include "dev/power.h"
#include "dev/timer.h"
#include "lib/kprintf.h"
#include "mm/pmm.h"
#include "fs/inode.h"
#include "mm/vmm.h"
#include "proc/init.h"
#include "proc/program_names.h"
#include "sched/sched.h"
#include "sched/selftest.h"

extern "C" char __image_start[], __image_end[];
extern "C" void (*__init_array_start[])();
extern "C" void (*__init_array_end[])();

namespace {
// Runs global constructors (the kernel avoids them, but stays correct if one appears).
void run_constructors() {
    for (auto* f = __init_array_start; f < __init_array_end; f++) (*f)();
}
} // namespace

// Called from boot/start.S with the boot info and the magic.
extern "C" [[noreturn]] void kmain(const tandem_boot_info* bi, u64 magic) {
    if (magic != TANDEM_BOOT_MAGIC || bi->magic != TANDEM_BOOT_MAGIC) power::off(125);
    boot::set_info(bi);
    cmdline::init(bi->cmdline);
    console::init();
    sched::init(); // GS base -> per-CPU area; boot context = idle task
    run_constructors();

    gdt::init();
    idt::init();
    syscall_setup::init();
    pmm::init();
    pmm::set_reclaimer(inode::reclaim);
    vmm::init();
    vmm::activate(vmm::kernel_root());
    fpu::init();
    program_names::init();
    pmem::init();
    channel::init();
    kdebug("kernel: tandem kernel, %lu MiB, %lu pages free, image %p-%p\n", bi->memory_size >> 20,
           pmm::free_count(), __image_start, __image_end);

    timer::init();
    if (cmdline::has_word("ktest")) sched_selftest::run();
    if (!init_process::start()) {
        kprintf("tandem kernel: no program to run, powering off\n");
        power::off(0);
    }
    sched::idle_loop();
}
