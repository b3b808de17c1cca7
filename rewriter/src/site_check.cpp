#include "site_check.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <map>
#include <sys/stat.h>
#include <tandem/platform.h>
#include <unistd.h>

namespace tandem::rw {
namespace {

// 0x-prefixed hex, for messages.
std::string hex(std::uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

// Closes the descriptor and libelf handle on every return path.
struct ElfHandle {
    int fd = -1;
    Elf* elf = nullptr;
    ~ElfHandle() {
        if (elf)
            elf_end(elf);
        if (fd >= 0)
            ::close(fd);
    }
};

struct Reloc {
    GElf_Rela rela;
    GElf_Sym sym;
    std::string sym_name;
};

// All relocations that apply to section `target`, by offset.
std::map<std::uint64_t, Reloc> relocations_for(Elf* e, std::size_t target) {
    std::map<std::uint64_t, Reloc> out;
    for (Elf_Scn* s = elf_nextscn(e, nullptr); s; s = elf_nextscn(e, s)) {
        GElf_Shdr sh;
        if (!gelf_getshdr(s, &sh) || sh.sh_type != SHT_RELA || sh.sh_info != target)
            continue;
        Elf_Scn* symscn = elf_getscn(e, sh.sh_link);
        GElf_Shdr symsh;
        Elf_Data* syms = symscn ? elf_getdata(symscn, nullptr) : nullptr;
        if (!syms || !gelf_getshdr(symscn, &symsh))
            continue;
        Elf_Data* d = elf_getdata(s, nullptr);
        std::size_t n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
        for (std::size_t i = 0; d && i < n; ++i) {
            Reloc r;
            if (!gelf_getrela(d, static_cast<int>(i), &r.rela))
                continue;
            if (!gelf_getsym(syms, static_cast<int>(GELF_R_SYM(r.rela.r_info)), &r.sym))
                continue;
            const char* nm = elf_strptr(e, symsh.sh_link, r.sym.st_name);
            r.sym_name = nm ? nm : "";
            out[r.rela.r_offset] = r;
        }
    }
    return out;
}

// Value of the defined symbol `name` in .symtab, if any.
bool find_symbol(Elf* e, const char* name, std::uint64_t& value) {
    for (Elf_Scn* s = elf_nextscn(e, nullptr); s; s = elf_nextscn(e, s)) {
        GElf_Shdr sh;
        if (!gelf_getshdr(s, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
            continue;
        Elf_Data* d = elf_getdata(s, nullptr);
        for (std::size_t i = 0; d && i < sh.sh_size / sh.sh_entsize; ++i) {
            GElf_Sym sym;
            if (!gelf_getsym(d, static_cast<int>(i), &sym) || sym.st_shndx == SHN_UNDEF)
                continue;
            const char* nm = elf_strptr(e, sh.sh_link, sym.st_name);
            if (nm && std::strcmp(nm, name) == 0) {
                value = sym.st_value;
                return true;
            }
        }
    }
    return false;
}

// Where one record points: a section and an offset inside it.
struct Target {
    Elf_Scn* scn = nullptr;
    std::uint64_t offset = 0;
    std::string where; // for messages
};

class Checker {
  public:
    Checker(Elf* e, const GElf_Ehdr& eh, std::size_t shstrndx, SiteReport& rep)
        : e_(e), eh_(eh), shstrndx_(shstrndx), rep_(rep) {}

    // Checks all records of the sites section.
    void run(Elf_Scn* sites) {
        GElf_Shdr sh;
        gelf_getshdr(sites, &sh);
        if (sh.sh_type == SHT_NOBITS) {
            problem(TANDEM_SITES_SECTION " has no contents");
            return;
        }
        if (sh.sh_size % sizeof(tandem_site) != 0)
            problem(TANDEM_SITES_SECTION " size " + std::to_string(sh.sh_size) +
                    " is not a multiple of " + std::to_string(sizeof(tandem_site)));
        Elf_Data* d = elf_getdata(sites, nullptr);
        if (!d || d->d_size < sh.sh_size) {
            problem("cannot read " TANDEM_SITES_SECTION);
            return;
        }
        rep_.records = static_cast<unsigned>(sh.sh_size / sizeof(tandem_site));
        auto relocs = eh_.e_type == ET_REL ? relocations_for(e_, elf_ndxscn(sites))
                                           : std::map<std::uint64_t, Reloc>{};
        have_vmlib_site_ = eh_.e_type != ET_REL && find_symbol(e_, "__vmlib_site", vmlib_site_);
        have_private_rsp_ = eh_.e_type != ET_REL && find_symbol(e_, TANDEM_PRIVATE_RSP_SYMBOL, private_rsp_);
        for (unsigned i = 0; i < rep_.records; ++i) {
            tandem_site rec;
            std::memcpy(&rec, static_cast<const char*>(d->d_buf) + i * sizeof rec, sizeof rec);
            std::string tag = "site record " + std::to_string(i) + " (input line " +
                              std::to_string(rec.line) + ")";
            if (rec.kind == TANDEM_SITE_INVALID || rec.kind >= TANDEM_SITE_KIND_COUNT)
                problem(tag + ": bad kind " + std::to_string(rec.kind));
            Target t;
            if (!locate(rec, i * sizeof rec, relocs, tag, t))
                continue;
            if (check_call(t, tag))
                check_private_stack(rec, t, tag);
        }
    }

  private:
    void problem(const std::string& p) { rep_.problems.push_back(p); }

    std::string section_name(Elf_Scn* s) {
        GElf_Shdr sh;
        const char* n = gelf_getshdr(s, &sh) ? elf_strptr(e_, shstrndx_, sh.sh_name) : nullptr;
        return n ? n : "?";
    }

    // Resolves the record's address: through its relocation in an object,
    // directly (a virtual address) in a linked image.
    bool locate(const tandem_site& rec, std::uint64_t off, const std::map<std::uint64_t, Reloc>& relocs,
                const std::string& tag, Target& t) {
        if (eh_.e_type == ET_REL) {
            auto it = relocs.find(off);
            if (it == relocs.end() || GELF_R_TYPE(it->second.rela.r_info) != R_X86_64_64) {
                problem(tag + ": address has no R_X86_64_64 relocation");
                return false;
            }
            const Reloc& r = it->second;
            if (r.sym.st_shndx == SHN_UNDEF || r.sym.st_shndx >= SHN_LORESERVE) {
                problem(tag + ": address refers to symbol '" + r.sym_name + "' outside the file");
                return false;
            }
            t.scn = elf_getscn(e_, r.sym.st_shndx);
            t.offset = r.sym.st_value + static_cast<std::uint64_t>(r.rela.r_addend);
            t.where = (t.scn ? section_name(t.scn) : "?") + "+" + hex(t.offset);
            return t.scn != nullptr;
        }
        t.where = hex(rec.addr);
        for (Elf_Scn* s = elf_nextscn(e_, nullptr); s; s = elf_nextscn(e_, s)) {
            GElf_Shdr sh;
            if (gelf_getshdr(s, &sh) && (sh.sh_flags & SHF_ALLOC) && sh.sh_type != SHT_NOBITS &&
                rec.addr >= sh.sh_addr && rec.addr - sh.sh_addr < sh.sh_size) {
                t.scn = s;
                t.offset = rec.addr - sh.sh_addr;
                return true;
            }
        }
        problem(tag + ": address " + t.where + " is not inside any section");
        return false;
    }

    // The record must point at `e8 rel32` in code, calling __vmlib_site.
    bool check_call(const Target& t, const std::string& tag) {
        GElf_Shdr sh;
        gelf_getshdr(t.scn, &sh);
        if (!(sh.sh_flags & SHF_EXECINSTR)) {
            problem(tag + ": " + t.where + " is not in an executable section");
            return false;
        }
        Elf_Data* d = elf_getdata(t.scn, nullptr);
        if (!d || t.offset >= d->d_size) {
            problem(tag + ": " + t.where + " is outside its section");
            return false;
        }
        const auto* bytes = static_cast<const unsigned char*>(d->d_buf) + t.offset;
        if (bytes[0] != 0xe8 || t.offset + TANDEM_SITE_CALL_LEN > d->d_size) {
            problem(tag + ": " + t.where + " is not a call instruction (byte " + hex(bytes[0]) + ")");
            return false;
        }
        if (eh_.e_type == ET_REL) {
            const auto& relocs = relocs_of(elf_ndxscn(t.scn));
            auto it = relocs.find(t.offset + 1);
            if (it == relocs.end() || it->second.sym_name != "__vmlib_site")
                problem(tag + ": call at " + t.where + " does not call __vmlib_site");
        } else if (have_vmlib_site_) {
            std::int32_t rel;
            std::memcpy(&rel, bytes + 1, sizeof rel);
            std::uint64_t dest = sh.sh_addr + t.offset + TANDEM_SITE_CALL_LEN + static_cast<std::int64_t>(rel);
            if (dest != vmlib_site_)
                problem(tag + ": call at " + t.where + " goes to " + hex(dest) + ", not __vmlib_site");
        }
        return true;
    }

    // swapgs/sysretq sites (and only they) carry the private-stack flag and
    // are preceded by `xchgq %rsp, __vmlib_private_rsp(%rip)` (48 87 25 rel32).
    void check_private_stack(const tandem_site& rec, const Target& t, const std::string& tag) {
        bool flagged = rec.flags & TANDEM_SITE_FLAG_PRIVATE_STACK;
        if (flagged != TANDEM_SITE_USES_PRIVATE_STACK(rec.kind)) {
            problem(tag + ": private-stack flag " + (flagged ? "set" : "missing") + " for this kind");
            return;
        }
        if (!flagged) return;
        GElf_Shdr sh;
        gelf_getshdr(t.scn, &sh);
        Elf_Data* d = elf_getdata(t.scn, nullptr);
        const unsigned len = TANDEM_SITE_PRIVATE_PREFIX_LEN;
        const auto* bytes = static_cast<const unsigned char*>(d->d_buf) + t.offset - len;
        if (t.offset < len || bytes[0] != 0x48 || bytes[1] != 0x87 || bytes[2] != 0x25) {
            problem(tag + ": " + t.where + " is not preceded by the private-stack xchg");
            return;
        }
        if (eh_.e_type == ET_REL) {
            const auto& relocs = relocs_of(elf_ndxscn(t.scn));
            auto it = relocs.find(t.offset - 4);
            if (it == relocs.end() || it->second.sym_name != TANDEM_PRIVATE_RSP_SYMBOL)
                problem(tag + ": xchg before " + t.where + " does not use " TANDEM_PRIVATE_RSP_SYMBOL);
        } else if (have_private_rsp_) {
            std::int32_t rel;
            std::memcpy(&rel, bytes + 3, sizeof rel);
            std::uint64_t dest = sh.sh_addr + t.offset + static_cast<std::int64_t>(rel);
            if (dest != private_rsp_)
                problem(tag + ": xchg before " + t.where + " uses " + hex(dest) + ", not " TANDEM_PRIVATE_RSP_SYMBOL);
        } else {
            problem(tag + ": image has no " TANDEM_PRIVATE_RSP_SYMBOL);
        }
    }

    // Relocations of a code section, computed once per section.
    const std::map<std::uint64_t, Reloc>& relocs_of(std::size_t scn) {
        auto it = code_relocs_.find(scn);
        if (it == code_relocs_.end())
            it = code_relocs_.emplace(scn, relocations_for(e_, scn)).first;
        return it->second;
    }

    Elf* e_;
    GElf_Ehdr eh_;
    std::size_t shstrndx_;
    SiteReport& rep_;
    bool have_vmlib_site_ = false;
    bool have_private_rsp_ = false;
    std::uint64_t private_rsp_ = 0;
    std::uint64_t vmlib_site_ = 0;
    std::map<std::size_t, std::map<std::uint64_t, Reloc>> code_relocs_;
};

} // namespace

// Opens the file with libelf, rejects anything but x86-64 ELF, then checks
// the sites section if there is one.
SiteReport check_sites(const std::string& path) {
    SiteReport rep;
    elf_version(EV_CURRENT);
    ElfHandle h;
    h.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (h.fd < 0) {
        rep.fatal = std::string("cannot open: ") + std::strerror(errno);
        return rep;
    }
    struct stat st;
    if (::fstat(h.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        rep.fatal = "not a regular file";
        return rep;
    }
    h.elf = elf_begin(h.fd, ELF_C_READ, nullptr);
    if (!h.elf || elf_kind(h.elf) != ELF_K_ELF) {
        rep.fatal = "not an ELF file";
        return rep;
    }
    GElf_Ehdr eh;
    if (!gelf_getehdr(h.elf, &eh)) {
        rep.fatal = std::string("bad ELF header: ") + elf_errmsg(-1);
        return rep;
    }
    if (gelf_getclass(h.elf) != ELFCLASS64 || eh.e_machine != EM_X86_64 ||
        eh.e_ident[EI_DATA] != ELFDATA2LSB) {
        rep.fatal = "not an x86-64 ELF file (machine " + std::to_string(eh.e_machine) + ", " +
                    (gelf_getclass(h.elf) == ELFCLASS64 ? "64" : "32") + "-bit)";
        return rep;
    }
    std::size_t shstrndx;
    if (elf_getshdrstrndx(h.elf, &shstrndx) != 0) {
        rep.fatal = std::string("cannot read section names: ") + elf_errmsg(-1);
        return rep;
    }
    Checker checker(h.elf, eh, shstrndx, rep);
    for (Elf_Scn* s = elf_nextscn(h.elf, nullptr); s; s = elf_nextscn(h.elf, s)) {
        GElf_Shdr sh;
        const char* n = gelf_getshdr(s, &sh) ? elf_strptr(h.elf, shstrndx, sh.sh_name) : nullptr;
        if (n && std::strcmp(n, TANDEM_SITES_SECTION) == 0)
            checker.run(s);
    }
    return rep;
}

} // namespace tandem::rw
