// kmain of the selftest guest: sets the machine up the way a real kernel
// would and runs every conformance check in order, printing TAP.
#include "selftest.h"

const tandem_boot_info* g_boot;
console::Console g_con;
tap::Tap g_tap;
static uint64_t g_entry_magic;

// Powers the machine off with `status` as tandem's exit status.
[[noreturn]] void power_off(uint32_t status) {
    for (;;) {
        x86::outl(TANDEM_PORT_POWER + TANDEM_POWER_OFF, status);
        x86::cli();
        x86::hlt();
    }
}

// The boot protocol: the magic in RSI and the boot info's own fields.
void checks_boot() {
    const tandem_boot_info* bi = g_boot;
    tap::check(g_tap, g_entry_magic == TANDEM_BOOT_MAGIC && bi->magic == TANDEM_BOOT_MAGIC &&
                    bi->abi_version == TANDEM_ABI_VERSION,
                "boot info magic and ABI version");

    bool mem_ok = bi->memory_size >= TANDEM_MEMORY_MIN && bi->memory_size <= TANDEM_PHYS_MAX &&
                  bi->memmap_count > 0 && bi->memmap_count <= TANDEM_MAX_MEMMAP &&
                  bi->kernel_phys_end > TANDEM_PHYS_KERNEL && bi->kernel_phys_end <= bi->memory_size;
    uint64_t usable = 0;
    for (uint32_t i = 0; mem_ok && i < bi->memmap_count; i++) {
        const tandem_memmap_entry& e = bi->memmap[i];
        if (e.base + e.size > bi->memory_size) mem_ok = false;
        if (e.type == TANDEM_MEM_USABLE) usable += e.size;
    }
    mem_ok = mem_ok && usable >= (4ull << 20);
    if (!mem_ok) {
        tap::diag(g_tap, "memory_size", bi->memory_size);
        tap::diag(g_tap, "usable", usable);
    }
    tap::check(g_tap, mem_ok, "boot info memory size and memory map sane");

    bool dev_ok = bootinfo::find_device(bi, TANDEM_DEV_CONSOLE) && bootinfo::find_device(bi, TANDEM_DEV_TIMER) &&
                  bootinfo::find_device(bi, TANDEM_DEV_ENTROPY) && bootinfo::find_device(bi, TANDEM_DEV_POWER) &&
                  bi->clock.tsc_to_ns_mult != 0;
    tap::check(g_tap, dev_ok, "boot info lists console, timer, entropy, power and a clock");
}

// Entry from boot.S: RDI = boot info (direct map), RSI = TANDEM_BOOT_MAGIC.
extern "C" [[noreturn]] void kmain(const tandem_boot_info* bi, uint64_t magic) {
    g_boot = bi;
    g_entry_magic = magic;
    if (!console::init(g_con, bi)) power_off(2);
    g_tap.out = &g_con;
    console::write(g_con, "# tandem selftest\n");

    checks_boot();
    pages_init();
    checks_cpu(); // loads GDT, IDT, TSS, LDT, CR3 on the way
    checks_msr();
    checks_flags();
    checks_kernel_exceptions();
    checks_irq();
    user_init();
    hostile_scenario();
    checks_user();
    checks_user_faults();
    checks_paging();
    checks_pte();
    checks_fpu();
    checks_devices();

    bool all = tap::summary(g_tap);
    power_off(all ? 0 : 1);
}
