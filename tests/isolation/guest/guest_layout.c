/* The platform's structures (docs/PLATFORM.md) as guest user code finds
 * them: the boot info at its fixed guest-physical page, the devices it
 * lists, and guest-physical memory through the direct map. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "redteam.h"

struct tandem_boot_info* boot_info(void) {
    static int checked;
    static struct tandem_boot_info* bi;
    if (!checked) {
        checked = 1;
        uint64_t at = TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_BOOT_INFO), magic = 0;
        if (probe_read8(at, &magic) && magic == TANDEM_BOOT_MAGIC) bi = (struct tandem_boot_info*)at;
        else note("the boot info is not readable from guest user code");
    }
    return bi;
}

const struct tandem_device* find_device(uint32_t type) {
    struct tandem_boot_info* bi = boot_info();
    if (!bi) return NULL;
    for (uint32_t i = 0; i < bi->device_count && i < TANDEM_MAX_DEVICES; i++)
        if (bi->devices[i].type == type) return &bi->devices[i];
    return NULL;
}

void* phys_to_ptr(uint64_t phys) { return (void*)TANDEM_PHYS_TO_VIRT(phys); }

void kick_file_service(void) {
    static int n;
    char name[64];
    struct stat st;
    snprintf(name, sizeof name, "/.redteam-kick-%d-%d", getpid(), n++);
    stat(name, &st);
}

uint64_t user_to_phys(const void* va) {
    uint64_t vcpu = kernel_symbol("_ZN5vmlib6g_vcpuE"), cr3 = 0;
    if (!vcpu || !probe_read8(vcpu + offsetof(struct tandem_vcpu_state, cr3), &cr3)) return 0;
    const uint64_t addr_mask = 0x000ffffffffff000ull;
    uint64_t v = (uint64_t)va, table = cr3 & addr_mask;
    for (int level = 3; level >= 0; level--) {
        uint64_t entry = 0;
        if (!probe_read8(TANDEM_PHYS_TO_VIRT(table) + ((v >> (12 + 9 * level)) & 511) * 8, &entry) || !(entry & 1))
            return 0;
        if (level > 0 && level < 3 && (entry & 0x80)) { /* 1 GiB or 2 MiB page */
            uint64_t size = 1ull << (12 + 9 * level);
            return (entry & addr_mask & ~(size - 1)) + (v & (size - 1));
        }
        table = entry & addr_mask;
    }
    return table + (v & 4095);
}
