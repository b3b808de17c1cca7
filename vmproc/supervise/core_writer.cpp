// The layout is fixed by us (ELF_F_LAYOUT): headers, the notes and a section
// table for them, then guest memory at a page-aligned offset.  libelf writes
// everything but the memory, which is copied range by range so that the
// file stays sparse where guest memory was never touched.
#include "core_writer.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <sys/procfs.h>
#include <sys/reg.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace tandem {

namespace {

constexpr std::uint64_t kPage = 4096;

std::uint64_t align_up(std::uint64_t v, std::uint64_t a) { return (v + a - 1) / a * a; }

// One ELF note: header, name and descriptor, each padded to 4 bytes.
void append_note(std::vector<std::uint8_t>& out, const char* name, std::uint32_t type, const void* desc,
                 std::size_t desc_size) {
    Elf64_Nhdr h{};
    h.n_namesz = static_cast<Elf64_Word>(std::strlen(name) + 1);
    h.n_descsz = static_cast<Elf64_Word>(desc_size);
    h.n_type = type;
    auto put = [&](const void* p, std::size_t n) {
        const auto* b = static_cast<const std::uint8_t*>(p);
        out.insert(out.end(), b, b + n);
        out.resize(align_up(out.size(), 4), 0);
    };
    put(&h, sizeof h);
    put(name, h.n_namesz);
    put(desc, desc_size);
}

// The registers in the order of the x86-64 user_regs_struct (<sys/reg.h>).
elf_prstatus prstatus_of(const CoreInput& in) {
    elf_prstatus st;
    std::memset(&st, 0, sizeof st);
    st.pr_info.si_signo = in.signal;
    st.pr_cursig = static_cast<short>(in.signal);
    st.pr_pid = in.pid;
    const tandem_regs& r = in.regs;
    elf_greg_t* g = st.pr_reg;
    g[R15] = r.gpr[TANDEM_R15];
    g[R14] = r.gpr[TANDEM_R14];
    g[R13] = r.gpr[TANDEM_R13];
    g[R12] = r.gpr[TANDEM_R12];
    g[RBP] = r.gpr[TANDEM_RBP];
    g[RBX] = r.gpr[TANDEM_RBX];
    g[R11] = r.gpr[TANDEM_R11];
    g[R10] = r.gpr[TANDEM_R10];
    g[R9] = r.gpr[TANDEM_R9];
    g[R8] = r.gpr[TANDEM_R8];
    g[RAX] = r.gpr[TANDEM_RAX];
    g[RCX] = r.gpr[TANDEM_RCX];
    g[RDX] = r.gpr[TANDEM_RDX];
    g[RSI] = r.gpr[TANDEM_RSI];
    g[RDI] = r.gpr[TANDEM_RDI];
    g[ORIG_RAX] = ~0ull;
    g[RIP] = r.rip;
    g[CS] = 0x8;
    g[EFLAGS] = r.rflags;
    g[RSP] = r.gpr[TANDEM_RSP];
    g[SS] = 0x10;
    g[FS_BASE] = in.fs_base;
    g[GS_BASE] = in.gs_base;
    return st;
}

std::vector<std::uint8_t> notes_of(const CoreInput& in) {
    std::vector<std::uint8_t> notes;
    elf_prstatus st = prstatus_of(in);
    append_note(notes, "CORE", NT_PRSTATUS, &st, sizeof st);
    elf_prpsinfo ps;
    std::memset(&ps, 0, sizeof ps);
    ps.pr_pid = in.pid;
    std::strncpy(ps.pr_fname, "tandem-guest", sizeof ps.pr_fname - 1);
    std::strncpy(ps.pr_psargs, in.reason.c_str(), sizeof ps.pr_psargs - 1);
    append_note(notes, "CORE", NT_PRPSINFO, &ps, sizeof ps);
    append_note(notes, kCoreNoteName, kCoreNoteFailure, in.reason.c_str(), in.reason.size() + 1);
    return notes;
}

// Writes [from, to) of guest memory at `offset + from`, all of it.
Status write_range(int fd, const CoreInput& in, std::uint64_t offset, std::uint64_t from, std::uint64_t to) {
    while (from < to) {
        ssize_t n = ::pwrite(fd, in.memory + from, to - from, static_cast<off_t>(offset + from));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return Error{std::string("core file: ") + std::strerror(n < 0 ? errno : EIO)};
        from += static_cast<std::uint64_t>(n);
    }
    return ok_status();
}

bool page_is_zero(const std::uint8_t* p) {
    static const std::uint8_t zero[kPage] = {};
    return std::memcmp(p, zero, kPage) == 0;
}

// Copies the pages that hold data: the memfd's data ranges (SEEK_DATA), and
// within them only the pages that are not all zero.
Status write_memory(int fd, const CoreInput& in, std::uint64_t offset) {
    std::uint64_t pos = 0;
    while (pos < in.memory_size) {
        std::uint64_t start = pos, end = in.memory_size;
        if (in.memfd >= 0) {
            off_t d = ::lseek(in.memfd, static_cast<off_t>(pos), SEEK_DATA);
            if (d < 0) break; // ENXIO: no data after pos
            off_t h = ::lseek(in.memfd, d, SEEK_HOLE);
            start = static_cast<std::uint64_t>(d) / kPage * kPage;
            end = h < 0 ? in.memory_size : std::min<std::uint64_t>(align_up(static_cast<std::uint64_t>(h), kPage), in.memory_size);
        }
        for (std::uint64_t p = start; p < end;) {
            if (page_is_zero(in.memory + p)) {
                p += kPage;
                continue;
            }
            std::uint64_t q = p + kPage;
            while (q < end && !page_is_zero(in.memory + q)) q += kPage;
            TANDEM_CHECK(write_range(fd, in, offset, p, q));
            p = q;
        }
        pos = end > pos ? end : pos + kPage;
    }
    return ok_status();
}

} // namespace

Status write_core(const std::string& path, const CoreInput& in) {
    if (in.memory_size % kPage) return Error{"core file: guest memory is not page-sized"};
    if (elf_version(EV_CURRENT) == EV_NONE) return Error{"core file: libelf is unusable"};
    ::unlink(path.c_str());
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return Error{"core file " + path + ": " + std::strerror(errno)};
    auto fail = [&](const std::string& what) {
        ::close(fd);
        ::unlink(path.c_str());
        return Error{"core file " + path + ": " + what};
    };

    std::vector<std::uint8_t> notes = notes_of(in);
    static const char shstrtab[] = "\0.shstrtab\0note0";
    const std::uint64_t phdr_off = sizeof(Elf64_Ehdr);
    const std::uint64_t notes_off = phdr_off + 2 * sizeof(Elf64_Phdr);
    const std::uint64_t strtab_off = notes_off + notes.size();
    const std::uint64_t shdr_off = align_up(strtab_off + sizeof shstrtab, 8);
    const std::uint64_t memory_off = align_up(shdr_off + 3 * sizeof(Elf64_Shdr), kPage);

    Elf* elf = elf_begin(fd, ELF_C_WRITE, nullptr);
    if (!elf) return fail(elf_errmsg(-1));
    elf_flagelf(elf, ELF_C_SET, ELF_F_LAYOUT);
    GElf_Ehdr eh;
    bool ok = gelf_newehdr(elf, ELFCLASS64) && gelf_getehdr(elf, &eh);
    if (ok) {
        eh.e_ident[EI_DATA] = ELFDATA2LSB;
        eh.e_ident[EI_OSABI] = ELFOSABI_NONE;
        eh.e_type = ET_CORE;
        eh.e_machine = EM_X86_64;
        eh.e_version = EV_CURRENT;
        eh.e_phoff = phdr_off;
        eh.e_shoff = shdr_off;
        eh.e_shstrndx = 1;
        ok = gelf_update_ehdr(elf, &eh) && gelf_newphdr(elf, 2);
    }
    // Sections: the string table (index 1) and the notes (index 2).
    auto add_section = [&](const void* data, std::size_t size, Elf64_Word type, Elf64_Word name, std::uint64_t off,
                           std::uint64_t align) {
        Elf_Scn* scn = elf_newscn(elf);
        Elf_Data* d = scn ? elf_newdata(scn) : nullptr;
        GElf_Shdr sh;
        if (!d || !gelf_getshdr(scn, &sh)) return false;
        d->d_buf = const_cast<void*>(data);
        d->d_size = size;
        d->d_type = ELF_T_BYTE;
        d->d_align = align;
        d->d_off = 0;
        sh.sh_type = type;
        sh.sh_name = name;
        sh.sh_offset = off;
        sh.sh_size = size;
        sh.sh_addralign = align;
        return gelf_update_shdr(scn, &sh) != 0;
    };
    ok = ok && add_section(shstrtab, sizeof shstrtab, SHT_STRTAB, 1, strtab_off, 1) &&
         add_section(notes.data(), notes.size(), SHT_NOTE, 11, notes_off, 4);
    if (ok) {
        GElf_Phdr note{};
        note.p_type = PT_NOTE;
        note.p_offset = notes_off;
        note.p_filesz = notes.size();
        note.p_align = 4;
        GElf_Phdr load{};
        load.p_type = PT_LOAD;
        load.p_flags = PF_R | PF_W | PF_X;
        load.p_offset = memory_off;
        load.p_vaddr = TANDEM_DIRECT_MAP_BASE;
        load.p_paddr = 0;
        load.p_filesz = in.memory_size;
        load.p_memsz = in.memory_size;
        load.p_align = kPage;
        ok = gelf_update_phdr(elf, 0, &note) && gelf_update_phdr(elf, 1, &load);
    }
    if (!ok || elf_update(elf, ELF_C_WRITE) < 0) {
        std::string msg = elf_errmsg(-1);
        elf_end(elf);
        return fail(msg);
    }
    elf_end(elf);
    if (::ftruncate(fd, static_cast<off_t>(memory_off + in.memory_size)) != 0) return fail(std::strerror(errno));
    Status s = write_memory(fd, in, memory_off);
    if (!s) return fail(s.error().message);
    ::close(fd);
    return ok_status();
}

} // namespace tandem
