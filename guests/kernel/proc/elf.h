// ELF64 loading for static executables: ET_EXEC at its link addresses and
// ET_DYN (static-pie) at kPieBase (System V gABI, x86-64 psABI).
#pragma once

#include "lib/types.h"

class AddressSpace;

struct ElfImage {
    u64 entry;      // AT_ENTRY
    u64 phdr;       // AT_PHDR (user address of the program headers)
    u64 phnum;      // AT_PHNUM
    u64 phent;      // AT_PHENT
    u64 load_end;   // end of the highest segment (the break starts above)
    u64 bias;       // load bias (0 for ET_EXEC)
};

namespace elf {
// Checks the file and maps its PT_LOAD segments into `as`; 0 or -errno
// (-ENOEXEC for a malformed or dynamically linked program).  `why` receives a
// short reason on failure.
long load(AddressSpace* as, const u8* data, u64 size, ElfImage* out, const char** why);
} // namespace elf
