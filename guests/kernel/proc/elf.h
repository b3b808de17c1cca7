// ELF64 loading (System V gABI, x86-64 psABI): ET_EXEC at its link
// addresses, ET_DYN at a load bias; segments from a file are mapped from its
// page cache (private, copy-on-write).
#pragma once

#include "lib/types.h"

class AddressSpace;
struct Inode;
struct Path;

// The program file.
struct ElfSource {
    Inode* inode;
    u64 size;
    const Path* path; // its name (for /proc/<pid>/maps), or nullptr
    // Reads [off, off+n) into a kernel buffer; false if short.
    bool read(u64 off, void* buf, u64 n) const;
};

struct ElfImage {
    u64 entry;      // AT_ENTRY
    u64 phdr;       // AT_PHDR (user address of the program headers)
    u64 phnum;      // AT_PHNUM
    u64 phent;      // AT_PHENT
    u64 load_end;   // end of the highest segment (the break starts above)
    u64 bias;       // load bias (0 for ET_EXEC)
    bool dyn;       // ET_DYN (PIE, or a shared object run as a program)
    bool has_interp;
    char interp[256]; // PT_INTERP path
};

namespace elf {
// Checks the file and maps its PT_LOAD segments into `as`.  `bias` is used
// for ET_DYN (0 = choose: the layout's PIE base for a program with an
// interpreter, a free range otherwise: pass interp = true for the interpreter).  0 or -errno; `why` gets a short reason.
long load(AddressSpace* as, const ElfSource& src, bool interp, ElfImage* out, const char** why);
} // namespace elf
