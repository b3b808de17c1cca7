// The entropy device: 32 random bits per inl from the host.
#pragma once

#include "lib/types.h"

namespace entropy {
// 32 bits straight from the host device (seeding).
u32 device32();
// From the kernel's generator (keyed from the device).
u32 random32();
// Fills a kernel buffer with random bytes.
void fill(void* buf, size_t n);
} // namespace entropy
