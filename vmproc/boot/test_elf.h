// Test helper: writes small tandem guest images byte by byte, valid by
// default, with knobs to break them in the ways the validator must catch.
#pragma once

#include <tandem/platform.h>

#include <elf.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace tandem::test {

inline constexpr std::uint64_t kText = TANDEM_DIRECT_MAP_BASE + TANDEM_PHYS_KERNEL;
inline constexpr std::uint64_t kData = kText + 0x1000;
inline constexpr std::uint64_t kDataMem = 0x2000; // data segment memsz (bss included)
inline constexpr std::uint64_t kSwitchboard = kData + 0x80;
inline constexpr std::uint64_t kSelector = kData + 0xf0;
inline constexpr std::uint64_t kSites = kData + 0x100;
inline constexpr std::uint64_t kRun = kData + 0x400;
inline constexpr std::uint64_t kStats = kData + 0x800;
inline constexpr std::uint64_t kVcpu = kData + 0x1c00;

struct GuestElfSpec {
    unsigned machine = EM_X86_64;
    unsigned type = ET_EXEC;
    std::uint64_t text_vaddr = kText;
    std::uint64_t data_vaddr = kData;
    bool with_desc = true;
    tandem_vmlib_desc desc = default_desc();
    std::vector<tandem_site> sites;

    static tandem_vmlib_desc default_desc() {
        tandem_vmlib_desc d{};
        d.magic = TANDEM_VMLIB_MAGIC;
        d.abi_version = TANDEM_ABI_VERSION;
        d.size = sizeof(tandem_vmlib_desc);
        d.space_entry = kText + 0x10;
        d.signal_handler = kText + 0x20;
        d.signal_restorer = kText + 0x30;
        d.cp_setup = kText + 0x38;
        d.switchboard = kSwitchboard;
        d.dispatch_selector = kSelector;
        d.run = kRun;
        d.stats = kStats;
        d.vcpu = kVcpu;
        d.sites_start = kSites;
        d.sites_end = kSites;
        d.text_start = kText;
        d.text_end = kText + 0x1000;
        return d;
    }
};

// File layout: ehdr, 2 phdrs, text at 0x1000, data at 0x2000, then
// .shstrtab/.strtab/.symtab and the section headers.
inline std::vector<std::uint8_t> build_guest_elf(GuestElfSpec spec) {
    std::vector<std::uint8_t> f(0x3000, 0);
    auto put = [&](std::size_t off, const void* p, std::size_t n) {
        if (f.size() < off + n) f.resize(off + n);
        std::memcpy(f.data() + off, p, n);
    };
    // Text: a recognisable pattern (0xc3 = ret).
    std::memset(f.data() + 0x1000, 0xc3, 0x1000);
    // Data: descriptor and site table.
    if (spec.with_desc) {
        if (!spec.sites.empty()) spec.desc.sites_end = kSites + spec.sites.size() * sizeof(tandem_site);
        put(0x2000, &spec.desc, sizeof spec.desc);
    }
    if (!spec.sites.empty()) put(0x2100, spec.sites.data(), spec.sites.size() * sizeof(tandem_site));
    std::memset(f.data() + 0x2200, 0xab, 0x100); // initialised data past the tables

    const std::uint64_t data_filesz = 0x300;
    // String tables.
    std::string shstr = std::string("\0", 1) + ".text" + '\0' + ".tandem.vmlib" + '\0' + ".symtab" + '\0' +
                        ".strtab" + '\0' + ".shstrtab" + '\0' + ".data" + '\0';
    auto shname = [&](const char* n) { return static_cast<std::uint32_t>(shstr.find(n)); };
    std::string strtab = std::string("\0", 1) + "_start" + '\0' + "helper" + '\0' + "data_label" + '\0';
    auto strname = [&](const char* n) { return static_cast<std::uint32_t>(strtab.find(n)); };
    const std::size_t shstr_off = 0x3000, str_off = shstr_off + 0x100, sym_off = str_off + 0x100;
    put(shstr_off, shstr.data(), shstr.size());
    put(str_off, strtab.data(), strtab.size());
    Elf64_Sym syms[4] = {};
    syms[1] = Elf64_Sym{strname("_start"), ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 0, 1, spec.text_vaddr, 16};
    syms[2] = Elf64_Sym{strname("helper"), ELF64_ST_INFO(STB_LOCAL, STT_FUNC), 0, 1, spec.text_vaddr + 0x10, 0x30};
    syms[3] = Elf64_Sym{strname("data_label"), ELF64_ST_INFO(STB_LOCAL, STT_NOTYPE), 0, 3, spec.data_vaddr, 0};
    put(sym_off, syms, sizeof syms);

    std::vector<Elf64_Shdr> sh(7);
    sh[1] = Elf64_Shdr{shname(".text"), SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, spec.text_vaddr, 0x1000, 0x1000, 0, 0, 16, 0};
    sh[2] = Elf64_Shdr{shname(spec.with_desc ? ".tandem.vmlib" : ".data"), SHT_PROGBITS, SHF_ALLOC,
                       spec.data_vaddr, 0x2000, sizeof(tandem_vmlib_desc), 0, 0, 8, 0};
    sh[3] = Elf64_Shdr{shname(".data"), SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, spec.data_vaddr + 0x100,
                       0x2100, data_filesz - 0x100, 0, 0, 8, 0};
    sh[4] = Elf64_Shdr{shname(".symtab"), SHT_SYMTAB, 0, 0, sym_off, sizeof syms, 5, 3, 8, sizeof(Elf64_Sym)};
    sh[5] = Elf64_Shdr{shname(".strtab"), SHT_STRTAB, 0, 0, str_off, strtab.size(), 0, 0, 1, 0};
    sh[6] = Elf64_Shdr{shname(".shstrtab"), SHT_STRTAB, 0, 0, shstr_off, shstr.size(), 0, 0, 1, 0};
    const std::size_t sh_off = sym_off + 0x100;
    put(sh_off, sh.data(), sh.size() * sizeof(Elf64_Shdr));

    Elf64_Phdr ph[2] = {};
    ph[0] = Elf64_Phdr{PT_LOAD, PF_R | PF_X, 0x1000, spec.text_vaddr, spec.text_vaddr - TANDEM_DIRECT_MAP_BASE,
                       0x1000, 0x1000, 0x1000};
    ph[1] = Elf64_Phdr{PT_LOAD, PF_R | PF_W, 0x2000, spec.data_vaddr, spec.data_vaddr - TANDEM_DIRECT_MAP_BASE,
                       data_filesz, kDataMem, 0x1000};
    put(64, ph, sizeof ph);

    Elf64_Ehdr eh{};
    std::memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_type = static_cast<Elf64_Half>(spec.type);
    eh.e_machine = static_cast<Elf64_Half>(spec.machine);
    eh.e_version = EV_CURRENT;
    eh.e_entry = spec.text_vaddr;
    eh.e_phoff = 64;
    eh.e_shoff = sh_off;
    eh.e_ehsize = sizeof(Elf64_Ehdr);
    eh.e_phentsize = sizeof(Elf64_Phdr);
    eh.e_phnum = 2;
    eh.e_shentsize = sizeof(Elf64_Shdr);
    eh.e_shnum = static_cast<Elf64_Half>(sh.size());
    eh.e_shstrndx = 6;
    put(0, &eh, sizeof eh);
    return f;
}

} // namespace tandem::test
