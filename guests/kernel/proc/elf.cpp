// The ELF64 loader.
#include "proc/elf.h"
#include "fs/inode.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"

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
bool header_ok(u64 size, const Elf64Ehdr& eh, const char** why) {
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
    if (eh.phentsize != sizeof(Elf64Phdr) || eh.phnum == 0 || eh.phnum > kMaxPhnum || eh.phoff > size ||
        size - eh.phoff < u64(eh.phnum) * sizeof(Elf64Phdr)) {
        *why = "bad program headers";
        return false;
    }
    return true;
}

// Copies file bytes into the address space page by page (the fallback for
// segments that share a page with the previous one).
bool copy_segment(AddressSpace* as, const ElfSource& src, u64 off, u64 va, u64 n) {
    u8* buf = static_cast<u8*>(kmalloc(kPageSize));
    if (!buf) return false;
    bool ok = true;
    while (n && ok) {
        u64 k = min<u64>(n, kPageSize);
        ok = src.read(off, buf, k) && as->copy_out(va, buf, k);
        off += k;
        va += k;
        n -= k;
    }
    kfree(buf);
    return ok;
}

// Maps one PT_LOAD: file pages where possible, then the bss.
long load_segment(AddressSpace* as, const ElfSource& src, const Elf64Phdr& ph, u64 bias, const char** why) {
    if (ph.filesz > ph.memsz || ph.offset > src.size || src.size - ph.offset < ph.filesz) {
        *why = "segment outside the file";
        return -ENOEXEC;
    }
    u64 va = ph.vaddr + bias;
    if (va < kMmapMin || va + ph.memsz < va || !tandem_user_range(va, ph.memsz) ||
        va + ph.memsz > as->layout.stack_top - kStackSize) {
        *why = "segment outside the user window";
        return -ENOEXEC;
    }
    u32 flags = vm_flags(ph.flags);
    u64 start = page_down(va), file_end = va + ph.filesz, end = page_up(va + ph.memsz);
    bool mappable = ph.filesz && (ph.offset % kPageSize) == (va % kPageSize) &&
                    as->range_free(start, page_up(file_end));
    if (mappable) {
        long r = as->map_file(start, page_up(file_end), flags, src.inode, page_down(ph.offset), src.path);
        if (r) {
            *why = "out of memory";
            return r;
        }
        // The rest of the last file page belongs to the bss: zero all of it
        // (as Linux does: ld.so's early malloc uses the tail of that page).
        if (ph.memsz > ph.filesz && (file_end % kPageSize) && !as->zero_fill(file_end, page_up(file_end) - file_end)) {
            *why = "out of memory";
            return -ENOMEM;
        }
        start = page_up(file_end);
    } else if (Vma* prev = as->find(start)) {
        // A page shared with the previous segment keeps one VMA with both rights.
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
    if (!mappable && ph.filesz && !copy_segment(as, src, ph.offset, va, ph.filesz)) {
        *why = "out of memory or unreadable file";
        return -ENOMEM;
    }
    return 0;
}

// The largest power-of-two p_align of the PT_LOAD segments, at least a page
// (Linux's maximum_alignment()).
u64 max_alignment(const Elf64Phdr* ph, u32 n) {
    u64 align = kPageSize;
    for (u32 i = 0; i < n; i++) {
        u64 a = ph[i].align;
        if (ph[i].type == PT_LOAD && a > align && !(a & (a - 1)) && a <= (1ull << 30)) align = a;
    }
    return align;
}

} // namespace

bool ElfSource::read(u64 off, void* buf, u64 n) const {
    if (off > size || size - off < n) return false;
    return inode::read(inode, off, buf, n, false) == long(n);
}

namespace elf {

long load(AddressSpace* as, const ElfSource& src, bool interp, ElfImage* out, const char** why) {
    Elf64Ehdr eh;
    if (src.size < sizeof eh || !src.read(0, &eh, sizeof eh)) {
        *why = "file too small";
        return -ENOEXEC;
    }
    if (!header_ok(src.size, eh, why)) return -ENOEXEC;
    Elf64Phdr* ph = static_cast<Elf64Phdr*>(kmalloc(eh.phnum * sizeof(Elf64Phdr)));
    if (!ph) return -ENOMEM;
    long r = 0;
    if (!src.read(eh.phoff, ph, eh.phnum * sizeof(Elf64Phdr))) {
        *why = "unreadable program headers";
        r = -EIO;
    }
    out->has_interp = false;
    u64 lo = ~0ull, hi = 0;
    for (u32 i = 0; !r && i < eh.phnum; i++) {
        if (ph[i].type == PT_INTERP) {
            if (interp || ph[i].filesz < 2 || ph[i].filesz > sizeof out->interp ||
                !src.read(ph[i].offset, out->interp, ph[i].filesz) || out->interp[ph[i].filesz - 1]) {
                *why = "bad interpreter";
                r = -ENOEXEC;
                break;
            }
            out->has_interp = true;
        }
        if (ph[i].type == PT_LOAD && ph[i].memsz) {
            lo = min(lo, page_down(ph[i].vaddr));
            hi = max(hi, page_up(ph[i].vaddr + ph[i].memsz));
        }
    }
    if (!r && hi <= lo) {
        *why = "no loadable segments";
        r = -ENOEXEC;
    }
    u64 bias = 0;
    if (!r && eh.type == ET_DYN) {
        if (!interp && out->has_interp) {
            // A PIE program: at the layout's PIE base, aligned as its
            // segments ask (binfmt_elf's maximum_alignment).
            bias = (as->layout.pie_base & ~(max_alignment(ph, eh.phnum) - 1)) - lo;
        } else {
            // The interpreter, or a program without one (a static PIE, ld.so
            // run as a program): where mmap would put it, as Linux does.
            u64 base = as->find_free(hi - lo, 0, AddressSpace::colour_for(hi - lo, true, lo));
            if (!base) {
                *why = "no room for the interpreter";
                r = -ENOMEM;
            }
            bias = base - lo;
        }
    }
    u64 load_end = 0, phdr = 0;
    for (u32 i = 0; !r && i < eh.phnum; i++) {
        if (ph[i].type == PT_PHDR) phdr = ph[i].vaddr + bias;
        if (ph[i].type != PT_LOAD || ph[i].memsz == 0) continue;
        r = load_segment(as, src, ph[i], bias, why);
        if (r) break;
        load_end = max(load_end, ph[i].vaddr + bias + ph[i].memsz);
        if (!phdr && eh.phoff >= ph[i].offset && eh.phoff - ph[i].offset < ph[i].filesz)
            phdr = ph[i].vaddr + bias + (eh.phoff - ph[i].offset);
    }
    kfree(ph);
    if (r) return r;
    out->entry = eh.entry + bias;
    out->phdr = phdr;
    out->phnum = eh.phnum;
    out->phent = sizeof(Elf64Phdr);
    out->load_end = load_end;
    out->bias = bias;
    out->dyn = eh.type == ET_DYN;
    return 0;
}

} // namespace elf
