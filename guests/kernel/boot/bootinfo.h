// Access to the boot information vmproc wrote (docs/PLATFORM.md "Boot").
#pragma once

#include <bootinfo.h>
#include <tandem/platform.h>
#include "lib/types.h"

namespace boot {
// The boot info, valid for the whole life of the kernel (its page is reserved).
const tandem_boot_info& info();
void set_info(const tandem_boot_info* bi);
// Boot module by name, or nullptr.
const tandem_boot_module* find_module(const char* name);
} // namespace boot

// Direct-map conversions (virtual = physical + TANDEM_DIRECT_MAP_BASE, always).
template <typename T = void> static inline T* phys_to_virt(u64 phys) { return bootinfo::phys_to_virt<T>(phys); }
static inline u64 virt_to_phys(const void* p) { return bootinfo::virt_to_phys(p); }
