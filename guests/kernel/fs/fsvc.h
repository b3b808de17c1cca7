// The file-service client: each host export the VM process offers becomes a
// file system of the guest (docs/PLATFORM.md "File service").
#pragma once

#include "lib/types.h"

class FileSystem;

namespace fsvc {
constexpr u32 kMaxExports = 16;

struct ExportInfo {
    FileSystem* fs;
    char path[240];
};

// Finds the device; false if the VM has no file service.
bool init();
// The exports in mount order (the root export first); their count.
u32 exports(ExportInfo* out, u32 max);
// Interrupt TANDEM_VEC_FILE: completions arrived.
void irq();
// Requests made, for /proc and debugging.
u64 requests();
} // namespace fsvc
