// The guest-image validator on crafted files: each broken image must give
// one clear reason naming the file; a good one must load byte-exact.
#include "elf_image.h"

#include <gtest/gtest.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "guest_memory.h"
#include "test_elf.h"

using namespace tandem;
using namespace tandem::test;

namespace {

constexpr std::uint64_t kMem = 64ull << 20;

// Writes bytes to a fresh temporary file and validates it from disk.
Result<ElfImage> open_bytes(const std::vector<std::uint8_t>& bytes, std::string* path_out = nullptr) {
    char path[] = "/tmp/tandem-elf-test-XXXXXX";
    int fd = mkstemp(path);
    EXPECT_GE(fd, 0);
    if (!bytes.empty()) {
        EXPECT_EQ(write(fd, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
    }
    close(fd);
    auto r = ElfImage::open(path, kMem);
    unlink(path);
    if (path_out) *path_out = path;
    return r;
}

// Expects failure with exactly "<path>: <reason...>" on one line.
void expect_error(const std::vector<std::uint8_t>& bytes, const std::string& reason) {
    std::string path;
    auto r = open_bytes(bytes, &path);
    ASSERT_FALSE(r.ok()) << "accepted an image that should fail with: " << reason;
    const std::string& msg = r.error().message;
    EXPECT_EQ(msg.rfind(path + ": ", 0), 0u) << msg;
    EXPECT_NE(msg.find(reason), std::string::npos) << msg;
    EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;
    EXPECT_EQ(r.error().exit_code, kExitError);
}

TEST(ElfImage, AcceptsAValidGuest) {
    GuestElfSpec spec;
    spec.sites.push_back(tandem_site{kText + 0x18, TANDEM_SITE_CLI, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    auto r = open_bytes(build_guest_elf(spec));
    ASSERT_TRUE(r.ok()) << r.error().message;
    const ElfImage& img = r.value();
    EXPECT_EQ(img.entry(), kText);
    ASSERT_EQ(img.segments().size(), 2u);
    EXPECT_EQ(img.image_start(), kText);
    EXPECT_EQ(img.image_end(), kData + kDataMem);
    EXPECT_EQ(img.kernel_phys_end(), kData + kDataMem - TANDEM_DIRECT_MAP_BASE);
    EXPECT_EQ(img.vmlib_desc_addr(), kData);
    EXPECT_EQ(img.vmlib_desc().magic, TANDEM_VMLIB_MAGIC);
    EXPECT_EQ(img.vmlib_desc().sites_end - img.vmlib_desc().sites_start, sizeof(tandem_site));
    EXPECT_EQ(img.symbols().describe(kText + 0x18), "helper+0x8");
    EXPECT_EQ(img.symbols().describe(kText), "_start+0x0");
    EXPECT_EQ(img.symbols().describe(kData + 4), "data_label+0x4");
    EXPECT_EQ(img.symbols().function(kText + 0x18), "helper"); // a --profile frame: no offset
    EXPECT_EQ(img.symbols().function(0x1000), "0x1000");
}

TEST(ElfImage, RejectsNonElfFiles) {
    expect_error({}, "not an ELF file");
    std::string text = "root:x:0:0:root:/root:/bin/bash\n";
    expect_error(std::vector<std::uint8_t>(text.begin(), text.end()), "not an ELF file");
    expect_error({0x7f, 'E', 'L'}, "not an ELF file");
}

TEST(ElfImage, RejectsTruncatedFiles) {
    auto good = build_guest_elf({});
    expect_error(std::vector<std::uint8_t>(good.begin(), good.begin() + 10), "truncated ELF");
    expect_error(std::vector<std::uint8_t>(good.begin(), good.begin() + 40), "truncated ELF");
    expect_error(std::vector<std::uint8_t>(good.begin(), good.begin() + 100), "truncated ELF");
    expect_error(std::vector<std::uint8_t>(good.begin(), good.begin() + 0x1800), "truncated ELF");
}

TEST(ElfImage, RejectsForeignMachinesAndClasses) {
    GuestElfSpec arm;
    arm.machine = EM_AARCH64;
    expect_error(build_guest_elf(arm), "not an x86-64 image (AArch64)");
    auto elf32 = build_guest_elf({});
    elf32[EI_CLASS] = ELFCLASS32;
    expect_error(elf32, "not an x86-64 image (32-bit ELF)");
    auto be = build_guest_elf({});
    be[EI_DATA] = ELFDATA2MSB;
    expect_error(be, "not an x86-64 image (big-endian");
}

TEST(ElfImage, RejectsNonExecutables) {
    GuestElfSpec dyn;
    dyn.type = ET_DYN;
    expect_error(build_guest_elf(dyn), "ET_DYN");
    GuestElfSpec rel;
    rel.type = ET_REL;
    expect_error(build_guest_elf(rel), "ET_REL");
}

TEST(ElfImage, RejectsSegmentsOutsideTheWindow) {
    GuestElfSpec low; // below the kernel load address
    low.text_vaddr = TANDEM_DIRECT_MAP_BASE + 0x100000;
    low.desc.space_entry = low.desc.signal_handler = low.desc.signal_restorer = low.desc.cp_setup = low.text_vaddr;
    low.desc.text_start = low.text_vaddr;
    low.desc.text_end = low.text_vaddr + 0x1000;
    expect_error(build_guest_elf(low), "lies outside the kernel window");
    GuestElfSpec high; // above the end of guest memory
    high.data_vaddr = TANDEM_DIRECT_MAP_BASE + kMem - 0x1000;
    expect_error(build_guest_elf(high), "more --memory?");
    GuestElfSpec user; // in the user window
    user.text_vaddr = 0x400000;
    expect_error(build_guest_elf(user), "lies outside the kernel window");
}

TEST(ElfImage, RequiresAVmlibDescriptor) {
    GuestElfSpec none;
    none.with_desc = false;
    expect_error(build_guest_elf(none), "no vmlib descriptor (not a tandem guest)");
    GuestElfSpec magic;
    magic.desc.magic = 0x1234;
    expect_error(build_guest_elf(magic), "no vmlib descriptor");
    GuestElfSpec abi;
    abi.desc.abi_version = TANDEM_ABI_VERSION + 1;
    expect_error(build_guest_elf(abi), "platform ABI");
    GuestElfSpec size;
    size.desc.size = 64;
    expect_error(build_guest_elf(size), "descriptor has size 64");
}

TEST(ElfImage, RejectsDescriptorsPointingOutsideTheImage) {
    GuestElfSpec run;
    run.desc.space_entry = 0x401000; // a host address, not guest code
    expect_error(build_guest_elf(run), "space_entry");
    GuestElfSpec data;
    data.desc.signal_handler = kData; // data, not code
    expect_error(build_guest_elf(data), "signal_handler");
    GuestElfSpec board;
    board.desc.switchboard = kData + kDataMem - 8; // runs past the image
    expect_error(build_guest_elf(board), "switchboard");
    GuestElfSpec restorer;
    restorer.desc.text_end = kText + 0x30; // the restorer outside the dispatch range
    expect_error(build_guest_elf(restorer), "does not hold the signal handler and restorer");
    GuestElfSpec stats;
    stats.desc.stats = kData + kDataMem - 8;
    expect_error(build_guest_elf(stats), "stats");
    GuestElfSpec sites;
    sites.desc.sites_start = kSites;
    sites.desc.sites_end = kSites + 7;
    sites.with_desc = true;
    auto bytes = build_guest_elf(sites);
    expect_error(bytes, "bad site table");
}

TEST(ElfImage, LoadsSegmentsToGuestPhysicalAndZeroFills) {
    auto r = ElfImage::parse("mem", build_guest_elf({}), kMem);
    ASSERT_TRUE(r.ok()) << r.error().message;
    std::vector<std::uint8_t> guest(kMem, 0x55);
    r.value().load_into(guest.data(), guest.size());
    const std::uint64_t text = TANDEM_PHYS_KERNEL, data = text + 0x1000;
    EXPECT_EQ(guest[text - 1], 0x55);
    EXPECT_EQ(guest[text], 0xc3);
    EXPECT_EQ(guest[text + 0xfff], 0xc3);
    tandem_vmlib_desc d;
    std::memcpy(&d, &guest[data], sizeof d);
    EXPECT_EQ(d.magic, TANDEM_VMLIB_MAGIC);
    EXPECT_EQ(guest[data + 0x200], 0xab);
    EXPECT_EQ(guest[data + 0x2ff], 0xab);
    EXPECT_EQ(guest[data + 0x300], 0); // bss zero-filled
    EXPECT_EQ(guest[data + kDataMem - 1], 0);
    EXPECT_EQ(guest[data + kDataMem], 0x55);
}

// The real start-up path in a child process: reserve the guest ranges, map
// guest memory at the direct map, load the image there, and find the
// descriptor at its link address.
TEST(GuestMemoryDeathTest, ReservesMapsAndLoadsAtTheDirectMap) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "ASan's shadow memory lies in the guest's fixed ranges (README.md, \"Build tiers\")";
#endif
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            if (!reserve_guest_ranges().ok()) std::_Exit(10);
            if (reserve_guest_ranges().ok()) std::_Exit(11); // a second reservation must fail
            auto img = ElfImage::parse("mem", build_guest_elf({}), kMem);
            if (!img.ok()) std::_Exit(12);
            auto mem = GuestMemory::create(kMem, GuestPlacement::DirectMap);
            if (!mem.ok()) std::_Exit(13);
            if (mem.value().base() != reinterpret_cast<std::uint8_t*>(TANDEM_DIRECT_MAP_BASE)) std::_Exit(14);
            img.value().load_into(mem.value().base(), kMem);
            auto* desc = reinterpret_cast<const tandem_vmlib_desc*>(img.value().vmlib_desc_addr());
            if (desc->magic != TANDEM_VMLIB_MAGIC) std::_Exit(15);
            if (*reinterpret_cast<const std::uint8_t*>(img.value().entry()) != 0xc3) std::_Exit(16);
            // The rest of the direct map is reserved: nothing of ours may
            // appear in it.  The user window is not (vmproc itself lives
            // there; the guest never runs on vmproc's page tables).
            void* p = mmap(reinterpret_cast<void*>(TANDEM_DIRECT_MAP_BASE + kMem), 4096, PROT_READ,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
            if (p != MAP_FAILED) std::_Exit(17);
            p = mmap(reinterpret_cast<void*>(0x10000000), 4096, PROT_READ,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
            if (p != reinterpret_cast<void*>(0x10000000)) std::_Exit(18);
            std::_Exit(0);
        },
        ::testing::ExitedWithCode(0), "");
}

// User-only mode's placement: guest memory wherever the host puts it, the
// guest's fixed ranges untouched, the image loaded and read through base(),
// and the memfd the space processes map showing the same bytes.
TEST(GuestMemory, UserOnlyPlacementLeavesTheGuestRangesAlone) {
    auto img = ElfImage::parse("mem", build_guest_elf({}), kMem);
    ASSERT_TRUE(img.ok()) << img.error().message;
    auto mem = GuestMemory::create(kMem, GuestPlacement::Anywhere);
    ASSERT_TRUE(mem.ok()) << mem.error().message;
    const auto base = reinterpret_cast<std::uint64_t>(mem.value().base());
    EXPECT_TRUE(base + kMem <= TANDEM_USER_BASE || base >= TANDEM_DIRECT_MAP_TOP) << std::hex << base;
    img.value().load_into(mem.value().base(), kMem);
    const std::uint64_t desc_phys = img.value().vmlib_desc_addr() - TANDEM_DIRECT_MAP_BASE;
    EXPECT_EQ(mem.value().at<tandem_vmlib_desc>(desc_phys)->magic, TANDEM_VMLIB_MAGIC);
    void* view = ::mmap(nullptr, kMem, PROT_READ, MAP_SHARED, mem.value().memfd(), 0);
    ASSERT_NE(view, MAP_FAILED);
    EXPECT_EQ(static_cast<const tandem_vmlib_desc*>(static_cast<void*>(static_cast<std::uint8_t*>(view) + desc_phys))->magic,
              TANDEM_VMLIB_MAGIC);
    ::munmap(view, kMem);
}

} // namespace
