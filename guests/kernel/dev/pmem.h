// /dev/pmem0: the pseudo-non-volatile region vmproc gives with --pmem
// (docs/SUPERVISOR.md, "Persistent memory"), guest-physical memory after
// RAM that the page allocator never gets.  Its contents outlive this
// kernel: a restarted guest (and, with a file, a later tandem run) finds
// what was written.
#pragma once

#include "lib/types.h"

class File;

namespace pmem {
// Takes the region from the boot info (if any, and if well formed).
void init();
// True if there is a region.
bool present();
// Bytes in the region (0: none).
u64 size();
// A new open file on the region (read/write/lseek, mmap of its pages).
File* open(long* err);
} // namespace pmem
