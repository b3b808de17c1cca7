// Guest image validation with libelf.  A bad image must end in one clear
// line naming the file and the reason, never in a crash, so every offset and
// size is checked against the file before it is used.
#include "elf_image.h"
#include "image_stamp.h"

#include <elf.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <memory>

namespace tandem {

namespace {

constexpr std::uint64_t kMaxImageFile = 1ull << 30;

std::string hex(std::uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

// Human name of an ELF machine, for "not an x86-64 image" messages.
std::string machine_name(unsigned machine) {
    switch (machine) {
    case EM_386: return "i386";
    case EM_ARM: return "ARM";
    case EM_AARCH64: return "AArch64";
    case EM_RISCV: return "RISC-V";
    case EM_PPC64: return "PowerPC64";
    case EM_S390: return "s390";
    case EM_NONE: return "no machine";
    default: return "machine " + std::to_string(machine);
    }
}

// True when [off, off+len) lies inside a buffer of `size` bytes (overflow-safe).
bool in_file(std::uint64_t off, std::uint64_t len, std::uint64_t size) {
    return off <= size && len <= size - off;
}

// Releases a libelf handle on every return path.
struct ElfCloser {
    void operator()(Elf* e) const { elf_end(e); }
};
using ElfHandle = std::unique_ptr<Elf, ElfCloser>;

} // namespace

// Does the checks in order: identification, header, segments, descriptor,
// symbols.  A class so that it can fill ElfImage's private members.
class ElfParser {
public:
    ElfParser(const std::string& name, std::uint64_t memory_size)
        : name_(name), memory_size_(memory_size) {}

    Result<ElfImage> parse(std::vector<std::uint8_t> bytes);

private:
    Error fail(const std::string& reason) const { return Error{name_ + ": " + reason}; }
    Status check_ident(const std::vector<std::uint8_t>& b) const;
    Status check_header(const GElf_Ehdr& eh, std::uint64_t size) const;
    Status read_segments(Elf* elf, const GElf_Ehdr& eh, std::uint64_t size, ElfImage& img) const;
    Status read_descriptor(Elf* elf, const GElf_Ehdr& eh, std::uint64_t size, ElfImage& img) const;
    Status check_descriptor(const ElfImage& img) const;
    void read_symbols(Elf* elf, std::uint64_t size, ElfImage& img) const;

    std::string name_;
    std::uint64_t memory_size_;
};

// e_ident: magic, 64-bit class, little-endian; before libelf sees the file so
// that empty and foreign files get precise messages.
Status ElfParser::check_ident(const std::vector<std::uint8_t>& b) const {
    if (b.size() < SELFMAG || std::memcmp(b.data(), ELFMAG, SELFMAG) != 0)
        return fail("not an ELF file");
    if (b.size() < EI_NIDENT) return fail("truncated ELF");
    if (b[EI_CLASS] == ELFCLASS32) return fail("not an x86-64 image (32-bit ELF)");
    if (b[EI_CLASS] != ELFCLASS64) return fail("not an x86-64 image (unknown ELF class)");
    if (b[EI_DATA] != ELFDATA2LSB) return fail("not an x86-64 image (big-endian ELF)");
    if (b.size() < sizeof(Elf64_Ehdr)) return fail("truncated ELF");
    return ok_status();
}

// Machine and type: a guest is a fixed-address x86-64 executable.
Status ElfParser::check_header(const GElf_Ehdr& eh, std::uint64_t size) const {
    if (eh.e_machine != EM_X86_64)
        return fail("not an x86-64 image (" + machine_name(eh.e_machine) + ")");
    if (eh.e_type == ET_DYN)
        return fail("not a fixed-address executable (ET_DYN: a shared object or PIE; tandem "
                    "guests are linked at " + hex(TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_KERNEL)) + ")");
    if (eh.e_type == ET_REL) return fail("an object file (ET_REL), not a linked guest image");
    if (eh.e_type != ET_EXEC) return fail("not an executable (ELF type " + std::to_string(eh.e_type) + ")");
    if (eh.e_phnum == 0 || eh.e_phoff == 0) return fail("no program headers (nothing to load)");
    if (eh.e_phentsize != sizeof(Elf64_Phdr)) return fail("corrupt ELF (bad program header size)");
    if (!in_file(eh.e_phoff, std::uint64_t(eh.e_phnum) * sizeof(Elf64_Phdr), size))
        return fail("truncated ELF (program headers past the end of the file)");
    if (eh.e_shnum != 0) {
        if (eh.e_shentsize != sizeof(Elf64_Shdr)) return fail("corrupt ELF (bad section header size)");
        if (!in_file(eh.e_shoff, std::uint64_t(eh.e_shnum) * sizeof(Elf64_Shdr), size))
            return fail("truncated ELF (section headers past the end of the file)");
    }
    return ok_status();
}

// PT_LOAD segments: present in the file and inside the guest's kernel window.
Status ElfParser::read_segments(Elf* elf, const GElf_Ehdr& eh, std::uint64_t size,
                                ElfImage& img) const {
    const std::uint64_t lo = TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_KERNEL);
    const std::uint64_t hi = TANDEM_PHYS_TO_VIRT(memory_size_);
    for (unsigned i = 0; i < eh.e_phnum; i++) {
        GElf_Phdr ph;
        if (!gelf_getphdr(elf, static_cast<int>(i), &ph)) return fail("corrupt ELF (unreadable program header)");
        if (ph.p_type == PT_INTERP) return fail("not a static executable (it asks for a program interpreter)");
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0) continue;
        std::string seg = "segment " + std::to_string(i);
        if (ph.p_filesz > ph.p_memsz) return fail("corrupt ELF (" + seg + ": file size above memory size)");
        if (!in_file(ph.p_offset, ph.p_filesz, size))
            return fail("truncated ELF (" + seg + " extends past the end of the file)");
        if (ph.p_vaddr < lo || ph.p_vaddr > hi || ph.p_memsz > hi - ph.p_vaddr) {
            std::string where = seg + " [" + hex(ph.p_vaddr) + ", " + hex(ph.p_vaddr + ph.p_memsz) +
                                ") lies outside the kernel window [" + hex(lo) + ", " + hex(hi) + ")";
            if (ph.p_vaddr >= lo && ph.p_vaddr < TANDEM_DIRECT_MAP_TOP)
                where += " (more --memory?)";
            return fail(where);
        }
        img.segments_.push_back(LoadSegment{ph.p_vaddr, ph.p_offset, ph.p_filesz, ph.p_memsz, ph.p_flags});
    }
    if (img.segments_.empty()) return fail("no loadable segments");
    img.image_start_ = img.segments_[0].vaddr;
    img.image_end_ = 0;
    for (const auto& s : img.segments_) {
        img.image_start_ = std::min(img.image_start_, s.vaddr);
        img.image_end_ = std::max(img.image_end_, s.vaddr + s.memsz);
    }
    bool entry_ok = false;
    for (const auto& s : img.segments_)
        if ((s.flags & PF_X) && eh.e_entry >= s.vaddr && eh.e_entry < s.vaddr + s.memsz) entry_ok = true;
    if (!entry_ok) return fail("entry point " + hex(eh.e_entry) + " is not in an executable segment");
    img.entry_ = eh.e_entry;
    return ok_status();
}

// Finds section .tandem.vmlib and copies the descriptor out of the file.
Status ElfParser::read_descriptor(Elf* elf, const GElf_Ehdr& eh, std::uint64_t size,
                                  ElfImage& img) const {
    const Error missing = fail("no vmlib descriptor (not a tandem guest)");
    std::size_t shstrndx;
    if (eh.e_shnum == 0 || elf_getshdrstrndx(elf, &shstrndx) != 0) return missing;
    Elf_Scn* scn = nullptr;
    while ((scn = elf_nextscn(elf, scn)) != nullptr) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh)) continue;
        const char* sname = elf_strptr(elf, shstrndx, sh.sh_name);
        if (!sname || std::strcmp(sname, TANDEM_VMLIB_SECTION) != 0) continue;
        if (sh.sh_type != SHT_PROGBITS || sh.sh_size < sizeof(tandem_vmlib_desc))
            return fail("vmlib descriptor section is too small or empty");
        if (!in_file(sh.sh_offset, sizeof(tandem_vmlib_desc), size))
            return fail("truncated ELF (vmlib descriptor past the end of the file)");
        // The descriptor must be loaded from the file, in one segment.
        bool loaded = false;
        for (const auto& s : img.segments_)
            if (sh.sh_addr >= s.vaddr && sh.sh_addr - s.vaddr + sizeof(tandem_vmlib_desc) <= s.filesz &&
                s.offset + (sh.sh_addr - s.vaddr) == sh.sh_offset)
                loaded = true;
        if (!loaded) return fail("vmlib descriptor is not part of a loaded segment");
        std::memcpy(&img.desc_, img.bytes_.data() + sh.sh_offset, sizeof img.desc_);
        img.desc_addr_ = sh.sh_addr;
        return ok_status();
    }
    return missing;
}

// The descriptor's magic, version and size, then every address it holds:
// vmproc dereferences the data and hands the code to the space stub (or, for
// cp_setup, calls it), so they must point into the image.
Status ElfParser::check_descriptor(const ElfImage& img) const {
    const tandem_vmlib_desc& d = img.desc_;
    if (d.magic != TANDEM_VMLIB_MAGIC) return fail("no vmlib descriptor (bad magic; not a tandem guest)");
    if (d.abi_version != TANDEM_ABI_VERSION)
        return fail("vmlib speaks platform ABI " + std::to_string(d.abi_version) + ", this tandem speaks " +
                    std::to_string(TANDEM_ABI_VERSION) + " (rebuild the guest)");
    if (d.size != sizeof(tandem_vmlib_desc))
        return fail("vmlib descriptor has size " + std::to_string(d.size) + ", expected " +
                    std::to_string(sizeof(tandem_vmlib_desc)));
    auto in_image = [&](std::uint64_t addr, std::uint64_t len) {
        return addr >= img.image_start_ && addr <= img.image_end_ && len <= img.image_end_ - addr;
    };
    auto in_code = [&](std::uint64_t addr) {
        for (const auto& s : img.segments_)
            if ((s.flags & PF_X) && addr >= s.vaddr && addr < s.vaddr + s.filesz) return true;
        return false;
    };
    const struct { const char* what; std::uint64_t addr; } code[] = {
        {"space_entry", d.space_entry}, {"signal_handler", d.signal_handler},
        {"signal_restorer", d.signal_restorer}, {"cp_setup", d.cp_setup}};
    for (const auto& c : code)
        if (!in_code(c.addr))
            return fail(std::string("vmlib descriptor is corrupt (") + c.what + " " + hex(c.addr) +
                        " is not code in the image)");
    const struct { const char* what; std::uint64_t addr, len; } data[] = {
        {"run", d.run, sizeof(tandem_run)},
        {"stats", d.stats, sizeof(tandem_stats)},
        {"vcpu", d.vcpu, sizeof(tandem_vcpu_state)},
        {"switchboard", d.switchboard, sizeof(tandem_switchboard)}};
    for (const auto& x : data)
        if (!in_image(x.addr, x.len) || x.addr % 8 != 0)
            return fail(std::string("vmlib descriptor is corrupt (") + x.what + " " + hex(x.addr) +
                        " is not in the image)");
    if (d.sites_end < d.sites_start || !in_image(d.sites_start, d.sites_end - d.sites_start) ||
        (d.sites_end - d.sites_start) % sizeof(tandem_site) != 0 || d.sites_start % 8 != 0)
        return fail("vmlib descriptor is corrupt (bad site table " + hex(d.sites_start) + ".." +
                    hex(d.sites_end) + ")");
    if (!in_image(d.dispatch_selector, 1))
        return fail("vmlib descriptor is corrupt (dispatch selector " + hex(d.dispatch_selector) + " is not in the image)");
    // Syscall User Dispatch lets vmlib's text through; the handler's
    // rt_sigreturn must come from there too.
    if (d.text_end <= d.text_start || !in_image(d.text_start, d.text_end - d.text_start) ||
        d.signal_restorer < d.text_start || d.signal_restorer >= d.text_end ||
        d.signal_handler < d.text_start || d.signal_handler >= d.text_end)
        return fail("vmlib descriptor is corrupt (text " + hex(d.text_start) + ".." + hex(d.text_end) +
                    " does not hold the signal handler and restorer)");
    return ok_status();
}

// Keeps named functions, objects and labels that fall inside the image.
void ElfParser::read_symbols(Elf* elf, std::uint64_t size, ElfImage& img) const {
    Elf_Scn* scn = nullptr;
    while ((scn = elf_nextscn(elf, scn)) != nullptr) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB) continue;
        if (sh.sh_entsize != sizeof(Elf64_Sym) || !in_file(sh.sh_offset, sh.sh_size, size)) continue;
        Elf_Data* data = elf_getdata(scn, nullptr);
        if (!data) continue;
        std::size_t count = sh.sh_size / sizeof(Elf64_Sym);
        for (std::size_t i = 0; i < count; i++) {
            GElf_Sym sym;
            if (!gelf_getsym(data, static_cast<int>(i), &sym)) break;
            unsigned type = GELF_ST_TYPE(sym.st_info);
            if (sym.st_shndx == SHN_UNDEF || sym.st_name == 0) continue;
            if (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE) continue;
            if (sym.st_value < img.image_start_ || sym.st_value >= img.image_end_) continue;
            const char* n = elf_strptr(elf, sh.sh_link, sym.st_name);
            if (!n || !*n) continue;
            img.symbols_.add(sym.st_value, sym.st_size, n, type == STT_FUNC);
        }
    }
    img.symbols_.finish();
}

Result<ElfImage> ElfParser::parse(std::vector<std::uint8_t> bytes) {
    TANDEM_CHECK(check_ident(bytes));
    ElfImage img;
    img.name_ = name_;
    img.bytes_ = std::move(bytes);
    const std::uint64_t size = img.bytes_.size();
    if (elf_version(EV_CURRENT) == EV_NONE) return fail("libelf is unusable");
    ElfHandle elf(elf_memory(reinterpret_cast<char*>(img.bytes_.data()), img.bytes_.size()));
    if (!elf || elf_kind(elf.get()) != ELF_K_ELF) return fail("not an ELF file");
    GElf_Ehdr eh;
    if (!gelf_getehdr(elf.get(), &eh)) return fail("truncated ELF");
    TANDEM_CHECK(check_header(eh, size));
    TANDEM_CHECK(read_segments(elf.get(), eh, size, img));
    TANDEM_CHECK(read_descriptor(elf.get(), eh, size, img));
    TANDEM_CHECK(check_descriptor(img));
    read_symbols(elf.get(), size, img);
    elf.reset();
    return img;
}

Result<ElfImage> ElfImage::parse(const std::string& name, std::vector<std::uint8_t> bytes,
                                 std::uint64_t memory_size) {
    return ElfParser(name, memory_size).parse(std::move(bytes));
}

Result<ElfImage> ElfImage::open(const std::string& path, std::uint64_t memory_size) {
    // O_NONBLOCK: opening a FIFO (or a device) must not wait for a writer;
    // anything but a regular file is refused right after.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) return Error{path + ": " + std::strerror(errno)};
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{path + ": not a regular file"};
    }
    if (static_cast<std::uint64_t>(st.st_size) > kMaxImageFile) {
        ::close(fd);
        return Error{path + ": too large for a guest image"};
    }
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int err = errno;
            ::close(fd);
            return Error{path + ": " + std::strerror(err)};
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    bytes.resize(done);
    if (check_stamp(bytes) == StampCheck::Corrupt)
        return Error{path + ": the image is corrupt (its bytes do not match the checksum tandem-stamp wrote)"};
    return parse(path, std::move(bytes), memory_size);
}

void ElfImage::load_into(std::uint8_t* guest, std::uint64_t memory_size) const {
    for (const auto& s : segments_) {
        std::uint64_t phys = s.vaddr - TANDEM_DIRECT_MAP_BASE;
        if (phys + s.memsz > memory_size) continue; // parse() rules this out
        std::memcpy(guest + phys, bytes_.data() + s.offset, s.filesz);
        std::memset(guest + phys + s.filesz, 0, s.memsz - s.filesz);
    }
}

} // namespace tandem
