// The ELF64 loader.  Segments are copied into freshly allocated pages (the
// program comes from memory: a boot module today, the page cache later);
// the rest of each segment (.bss) is demand-zero.
#include "proc/elf.h"
#include "lib/errno.h"
#include "mm/addrspace.h"

namespace {

// ELF64 file header (gABI "ELF Header").
struct Elf64Ehdr {
    u8 ident[16];
    u16 type, machine;
    u32 version;
    u64 entry, phoff, shoff;
    u32 flags;
    u16 ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};
// ELF64 program header (gABI "Program Header").
struct Elf64Phdr {
    u32 type, flags;
    u64 offset, vaddr, paddr, filesz, memsz, align;
};
static_assert(sizeof(Elf64Ehdr) == 64 && sizeof(Elf64Phdr) == 56);

constexpr u16 ET_EXEC = 2, ET_DYN = 3, EM_X86_64 = 62;
constexpr u32 PT_LOAD = 1, PT_INTERP = 3, PT_PHDR = 6;
constexpr u32 PF_X = 1, PF_W = 2, PF_R = 4;
constexpr u32 kMaxPhnum = 128;

u32 vm_flags(u32 pf) {
    u32 f = 0;
    if (pf & PF_R) f |= kVmRead;
    if (pf & PF_W) f |= kVmWrite | kVmRead;
    if (pf & PF_X) f |= kVmExec | kVmRead;
    return f;
}

// Validates the header fields the loader relies on.
bool header_ok(const u8* data, u64 size, const Elf64Ehdr& eh, const char** why) {
    if (size < sizeof(Elf64Ehdr) || eh.ident[0] != 0x7f || eh.ident[1] != 'E' || eh.ident[2] != 'L' ||
        eh.ident[3] != 'F') {
        *why = "not an ELF file";
        return false;
    }
    if (eh.ident[4] != 2 || eh.ident[5] != 1 || eh.machine != EM_X86_64) {
        *why = "not an x86-64 ELF64 little-endian file";
        return false;
    }
    if (eh.type != ET_EXEC && eh.type != ET_DYN) {
        *why = "not an executable";
        return false;
    }
    if (eh.phentsize != sizeof(Elf64Phdr) || eh.phnum == 0 || eh.phnum > kMaxPhnum ||
        eh.phoff > size || size - eh.phoff < u64(eh.phnum) * sizeof(Elf64Phdr)) {
        *why = "bad program headers";
        return false;
    }
    (void)data;
    return true;
}

// Maps one PT_LOAD: a VMA for its pages, then copies the file bytes.
long load_segment(AddressSpace* as, const u8* data, u64 size, const Elf64Phdr& ph, u64 bias, const char** why) {
    if (ph.filesz > ph.memsz || ph.offset > size || size - ph.offset < ph.filesz) {
        *why = "segment outside the file";
        return -ENOEXEC;
    }
    u64 va = ph.vaddr + bias;
    if (va < kMmapMin || va + ph.memsz < va || va + ph.memsz > kMmapBase) {
        *why = "segment outside the user window";
        return -ENOEXEC;
    }
    u64 start = page_down(va), end = page_up(va + ph.memsz);
    u32 flags = vm_flags(ph.flags);
    // A page shared with the previous segment keeps one VMA with both rights.
    if (Vma* prev = as->find(start)) {
        u64 shared_end = min(prev->end, end);
        long r = as->protect(start, shared_end, prev->flags | flags);
        if (r) return r;
        start = shared_end;
    }
    if (start < end) {
        long r = as->map_anon(start, end, flags);
        if (r) {
            *why = "overlapping segments";
            return -ENOEXEC;
        }
    }
    if (ph.filesz && !as->copy_out(va, data + ph.offset, ph.filesz)) {
        *why = "out of memory";
        return -ENOMEM;
    }
    return 0;
}

} // namespace

namespace elf {

long load(AddressSpace* as, const u8* data, u64 size, ElfImage* out, const char** why) {
    Elf64Ehdr eh;
    if (size < sizeof eh) {
        *why = "file too small";
        return -ENOEXEC;
    }
    __builtin_memcpy(&eh, data, sizeof eh);
    if (!header_ok(data, size, eh, why)) return -ENOEXEC;
    const auto* ph = reinterpret_cast<const Elf64Phdr*>(data + eh.phoff);

    for (u32 i = 0; i < eh.phnum; i++) {
        if (ph[i].type == PT_INTERP) {
            *why = "dynamically linked programs are not supported yet";
            return -ENOEXEC;
        }
    }
    u64 bias = eh.type == ET_DYN ? kPieBase : 0;
    u64 load_end = 0, phdr = 0;
    bool any = false;
    for (u32 i = 0; i < eh.phnum; i++) {
        if (ph[i].type == PT_PHDR) phdr = ph[i].vaddr + bias;
        if (ph[i].type != PT_LOAD || ph[i].memsz == 0) continue;
        long r = load_segment(as, data, size, ph[i], bias, why);
        if (r) return r;
        load_end = max(load_end, ph[i].vaddr + bias + ph[i].memsz);
        if (!phdr && eh.phoff >= ph[i].offset && eh.phoff - ph[i].offset < ph[i].filesz)
            phdr = ph[i].vaddr + bias + (eh.phoff - ph[i].offset);
        any = true;
    }
    if (!any) {
        *why = "no loadable segments";
        return -ENOEXEC;
    }
    out->entry = eh.entry + bias;
    out->phdr = phdr;
    out->phnum = eh.phnum;
    out->phent = sizeof(Elf64Phdr);
    out->load_end = load_end;
    out->bias = bias;
    return 0;
}

} // namespace elf
