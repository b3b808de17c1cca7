#include "core_writer.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <sys/mman.h>
#include <sys/procfs.h>
#include <sys/stat.h>
#include <sys/reg.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#include "testing/temp_dir.h"

namespace tandem {
namespace {

struct ReadCore {
    std::vector<GElf_Phdr> phdrs;
    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> notes; // name/type -> desc
    std::vector<std::uint32_t> note_types;
    GElf_Ehdr eh{};
};

ReadCore read_core(const std::string& path) {
    ReadCore r;
    elf_version(EV_CURRENT);
    int fd = ::open(path.c_str(), O_RDONLY);
    EXPECT_GE(fd, 0);
    Elf* elf = elf_begin(fd, ELF_C_READ, nullptr);
    EXPECT_NE(elf, nullptr);
    gelf_getehdr(elf, &r.eh);
    std::size_t n = 0;
    elf_getphdrnum(elf, &n);
    std::vector<char> file;
    for (std::size_t i = 0; i < n; i++) {
        GElf_Phdr ph;
        gelf_getphdr(elf, static_cast<int>(i), &ph);
        r.phdrs.push_back(ph);
        if (ph.p_type != PT_NOTE) continue;
        std::vector<std::uint8_t> buf(ph.p_filesz);
        EXPECT_EQ(::pread(fd, buf.data(), buf.size(), static_cast<off_t>(ph.p_offset)), static_cast<ssize_t>(buf.size()));
        std::size_t off = 0;
        while (off + sizeof(Elf64_Nhdr) <= buf.size()) {
            Elf64_Nhdr h;
            std::memcpy(&h, buf.data() + off, sizeof h);
            off += sizeof h;
            std::string name(reinterpret_cast<char*>(buf.data() + off), h.n_namesz ? h.n_namesz - 1 : 0);
            off += (h.n_namesz + 3) & ~3u;
            r.notes.emplace_back(name, std::vector<std::uint8_t>(buf.begin() + static_cast<long>(off),
                                                                 buf.begin() + static_cast<long>(off + h.n_descsz)));
            r.note_types.push_back(h.n_type);
            off += (h.n_descsz + 3) & ~3u;
        }
    }
    elf_end(elf);
    ::close(fd);
    return r;
}

TEST(CoreWriter, WritesMemoryRegistersAndReason) {
    tandem::test_support::TempDir dir("core-test");
    ASSERT_TRUE(dir.ok());
    std::vector<std::uint8_t> memory(64 * 4096);
    std::memcpy(memory.data() + 3 * 4096 + 17, "guest data", 10);
    memory[63 * 4096] = 0x5a;
    CoreInput in;
    in.memory = memory.data();
    in.memory_size = memory.size();
    in.regs.rip = TANDEM_DIRECT_MAP_BASE + 0x201234;
    in.regs.gpr[TANDEM_RSP] = TANDEM_DIRECT_MAP_BASE + 0x8000;
    in.regs.gpr[TANDEM_RBP] = 0x1111;
    in.regs.gpr[TANDEM_R15] = 0x1515;
    in.signal = 6;
    in.reason = "guest kernel panic: test";
    in.pid = 99;
    std::string path = dir.path() + "/core";
    Status s = write_core(path, in);
    ASSERT_TRUE(s.ok()) << s.error().message;

    ReadCore r = read_core(path);
    EXPECT_EQ(r.eh.e_type, ET_CORE);
    EXPECT_EQ(r.eh.e_machine, EM_X86_64);
    ASSERT_EQ(r.phdrs.size(), 2u);
    const GElf_Phdr& load = r.phdrs[1];
    EXPECT_EQ(load.p_type, PT_LOAD);
    EXPECT_EQ(load.p_vaddr, TANDEM_DIRECT_MAP_BASE);
    EXPECT_EQ(load.p_filesz, memory.size());
    EXPECT_EQ(load.p_offset % 4096, 0u);

    // Memory reads back byte for byte, holes as zeros.
    std::vector<std::uint8_t> back(memory.size());
    int fd = ::open(path.c_str(), O_RDONLY);
    ASSERT_EQ(::pread(fd, back.data(), back.size(), static_cast<off_t>(load.p_offset)), static_cast<ssize_t>(back.size()));
    ::close(fd);
    EXPECT_EQ(back, memory);

    ASSERT_EQ(r.notes.size(), 3u);
    EXPECT_EQ(r.notes[0].first, "CORE");
    EXPECT_EQ(r.note_types[0], static_cast<std::uint32_t>(NT_PRSTATUS));
    ASSERT_EQ(r.notes[0].second.size(), sizeof(elf_prstatus));
    elf_prstatus st;
    std::memcpy(&st, r.notes[0].second.data(), sizeof st);
    EXPECT_EQ(st.pr_reg[RIP], in.regs.rip);
    EXPECT_EQ(st.pr_reg[RSP], in.regs.gpr[TANDEM_RSP]);
    EXPECT_EQ(st.pr_reg[RBP], 0x1111u);
    EXPECT_EQ(st.pr_reg[R15], 0x1515u);
    EXPECT_EQ(st.pr_cursig, 6);
    EXPECT_EQ(st.pr_pid, 99);
    EXPECT_EQ(r.notes[2].first, kCoreNoteName);
    EXPECT_EQ(r.note_types[2], kCoreNoteFailure);
    EXPECT_STREQ(reinterpret_cast<const char*>(r.notes[2].second.data()), "guest kernel panic: test");
}

// With guest memory's file, pages it never wrote stay holes in the core.
TEST(CoreWriter, LeavesUnwrittenMemoryAsHoles) {
    tandem::test_support::TempDir dir("core-test");
    ASSERT_TRUE(dir.ok());
    const std::uint64_t size = 16 << 20;
    int memfd = ::memfd_create("core-test", 0);
    ASSERT_GE(memfd, 0);
    ASSERT_EQ(::ftruncate(memfd, size), 0);
    ASSERT_EQ(::pwrite(memfd, "x", 1, 5 << 20), 1);
    std::vector<std::uint8_t> memory(size);
    ASSERT_EQ(::pread(memfd, memory.data(), size, 0), static_cast<ssize_t>(size));
    CoreInput in;
    in.memory = memory.data();
    in.memory_size = size;
    in.memfd = memfd;
    in.reason = "x";
    std::string path = dir.path() + "/core";
    ASSERT_TRUE(write_core(path, in).ok());
    ::close(memfd);
    struct stat st;
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_GE(static_cast<std::uint64_t>(st.st_size), size);
    EXPECT_LT(static_cast<std::uint64_t>(st.st_blocks) * 512, 1u << 20); // a few pages, not 16 MiB
}

TEST(CoreWriter, ReportsAnUnwritablePath) {
    std::vector<std::uint8_t> memory(4096);
    CoreInput in;
    in.memory = memory.data();
    in.memory_size = memory.size();
    EXPECT_FALSE(write_core("/nonexistent-dir/core", in).ok());
}

} // namespace
} // namespace tandem
