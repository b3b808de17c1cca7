// Keeps the boot info pointer handed over in RDI at entry.
#include "boot/bootinfo.h"
#include "lib/string.h"

namespace boot {
namespace {
const tandem_boot_info* g_info;
} // namespace

const tandem_boot_info& info() { return *g_info; }
void set_info(const tandem_boot_info* bi) { g_info = bi; }

// Looks a module up by its exact name (names are NUL-padded fields).
const tandem_boot_module* find_module(const char* name) {
    u32 n = min<u32>(g_info->module_count, TANDEM_MAX_MODULES);
    for (u32 i = 0; i < n; i++) {
        const tandem_boot_module& m = g_info->modules[i];
        if (kstrnlen(m.name, sizeof m.name) == kstrlen(name) && kstrncmp(m.name, name, sizeof m.name) == 0) return &m;
    }
    return nullptr;
}

} // namespace boot
