// Boot-info helpers shared by the guest kernels: the direct map, device
// lookup and the guest monotonic clock (docs/PLATFORM.md "Boot", "Clock").
#pragma once

#include <stdint.h>
#include <tandem/platform.h>

namespace bootinfo {

// Kernel virtual address of a guest-physical address (the direct map is fixed).
template <typename T = void>
static inline T* phys_to_virt(uint64_t phys) {
    return reinterpret_cast<T*>(phys + TANDEM_DIRECT_MAP_BASE);
}

// Guest-physical address of a direct-map (kernel) address.
static inline uint64_t virt_to_phys(const void* p) {
    return reinterpret_cast<uint64_t>(p) - TANDEM_DIRECT_MAP_BASE;
}

// The first device of a type, or nullptr: devices are found, never assumed.
static inline const tandem_device* find_device(const tandem_boot_info* bi, uint32_t type) {
    uint32_t n = bi->device_count < TANDEM_MAX_DEVICES ? bi->device_count : TANDEM_MAX_DEVICES;
    for (uint32_t i = 0; i < n; i++)
        if (bi->devices[i].type == type) return &bi->devices[i];
    return nullptr;
}

// Guest monotonic nanoseconds since boot from a TSC value (PLATFORM.md "Clock").
static inline uint64_t tsc_to_ns(const tandem_clock& c, uint64_t tsc) {
    unsigned __int128 d = tsc - c.tsc_at_boot;
    return uint64_t((d * c.tsc_to_ns_mult) >> c.tsc_to_ns_shift);
}

// Reads the TSC; rdtsc is not sensitive, it runs natively in both modes.
static inline uint64_t read_tsc() {
    uint32_t lo, hi;
    asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (uint64_t(hi) << 32) | lo;
}

// Guest monotonic time now, in nanoseconds since boot.
static inline uint64_t now_ns(const tandem_boot_info* bi) { return tsc_to_ns(bi->clock, read_tsc()); }

} // namespace bootinfo
