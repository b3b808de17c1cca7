// The space process's confinement, tested with the real stub: small machine
// code payloads stand in for the guest and try host system calls; the filter
// must refuse what docs/PLATFORM.md does not list, let through what it does,
// and the process must hold no descriptor but guest memory and no mapping
// but guest memory, its window, its local area and the stub's own pages.
#include "space_process.h"

#include <gtest/gtest.h>
#include <linux/audit.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <dirent.h>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#define DECLARE_PAYLOAD(name) extern "C" const unsigned char name##_start[], name##_end[];
DECLARE_PAYLOAD(payload_getpid)
DECLARE_PAYLOAD(payload_exit42)
DECLARE_PAYLOAD(payload_int80)
DECLARE_PAYLOAD(payload_mmap_window)
DECLARE_PAYLOAD(payload_mmap_outside)
DECLARE_PAYLOAD(payload_mmap_into_hole)
DECLARE_PAYLOAD(payload_mmap_past_top)
DECLARE_PAYLOAD(payload_reserve_in_window)
DECLARE_PAYLOAD(payload_munmap_across_hole)
DECLARE_PAYLOAD(payload_munmap_local)
DECLARE_PAYLOAD(payload_munmap_window)
DECLARE_PAYLOAD(payload_mmap_window_top)
DECLARE_PAYLOAD(payload_mmap_anon)
DECLARE_PAYLOAD(payload_openat)
DECLARE_PAYLOAD(payload_futex_private)
DECLARE_PAYLOAD(payload_futex_shared)
DECLARE_PAYLOAD(payload_futex_plain)
DECLARE_PAYLOAD(payload_dispatched)
DECLARE_PAYLOAD(payload_spin)
DECLARE_PAYLOAD(payload_handler)
DECLARE_PAYLOAD(payload_restorer)

namespace tandem {
namespace {

constexpr std::uint64_t kDm = TANDEM_DIRECT_MAP_BASE;
constexpr std::uint64_t kMemory = 2u << 20;
// vmlib's handler and restorer both live in its text, the dispatch range.
constexpr std::uint64_t kEntry = 0x1000, kDispatch = 0x3000, kHandler = kDispatch + 0x100, kSelector = 0x4000;

struct Payload {
    const unsigned char* start;
    const unsigned char* end;
};
#define PAYLOAD(name) Payload{name##_start, name##_end}

// A fake guest memory holding `entry` and the handler/restorer stand-ins.
class SpaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        memfd_ = ::memfd_create("space-test", MFD_CLOEXEC);
        ASSERT_GE(memfd_, 0);
        ASSERT_EQ(::ftruncate(memfd_, kMemory), 0);
        mem_ = static_cast<unsigned char*>(::mmap(nullptr, kMemory, PROT_READ | PROT_WRITE, MAP_SHARED, memfd_, 0));
        ASSERT_NE(mem_, MAP_FAILED);
        place(kHandler, PAYLOAD(payload_handler));
        place(kDispatch, PAYLOAD(payload_restorer));
    }
    void TearDown() override {
        ::munmap(mem_, kMemory);
        ::close(memfd_);
    }
    void place(std::uint64_t at, Payload p) { std::memcpy(mem_ + at, p.start, std::size_t(p.end - p.start)); }

    Result<SpaceProcess> start(Payload entry) {
        place(kEntry, entry);
        tandem_space_config c{};
        c.slot = 0;
        c.memory_size = kMemory;
        c.entry = kDm + kEntry;
        c.signal_handler = kDm + kHandler;
        c.signal_restorer = kDm + kDispatch;
        c.dispatch_start = kDm + kDispatch;
        c.dispatch_len = 0x1000;
        c.dispatch_selector = kDm + kSelector;
        c.timer_signal = unsigned(SIGRTMIN + 4);
        return SpaceProcess::start(TANDEM_SPACE_STUB, memfd_, c);
    }

    // The refused call of a payload that makes one.
    SpaceViolation refused(Payload entry) {
        auto space = start(entry);
        EXPECT_TRUE(space.ok()) << (space.ok() ? "" : space.error().message);
        if (!space.ok()) return {};
        auto v = space->next_violation(10000);
        EXPECT_TRUE(v.ok()) << (v.ok() ? "" : v.error().message);
        return v.ok() ? v.value() : SpaceViolation{};
    }

    // The exit status of a payload that ends by itself.
    int exit_status(Payload entry) {
        auto space = start(entry);
        EXPECT_TRUE(space.ok()) << (space.ok() ? "" : space.error().message);
        if (!space.ok()) return -1;
        int status = space->wait();
        return WIFEXITED(status) ? WEXITSTATUS(status) : 1000 + WTERMSIG(status);
    }

    int memfd_ = -1;
    unsigned char* mem_ = nullptr;
};

TEST_F(SpaceTest, AllowedCallsRun) {
    EXPECT_EQ(exit_status(PAYLOAD(payload_exit42)), 42);
    EXPECT_EQ(exit_status(PAYLOAD(payload_futex_shared)), 45);
    EXPECT_EQ(exit_status(PAYLOAD(payload_munmap_window)), 48); // a flush unmaps what it reflected
}

TEST_F(SpaceTest, GuestMemoryMapsIntoTheWindowAndIsShared) {
    mem_[0] = 0;
    EXPECT_EQ(exit_status(PAYLOAD(payload_mmap_window)), 43);
    EXPECT_EQ(mem_[0], 0x5a);
    mem_[1] = 0;
    EXPECT_EQ(exit_status(PAYLOAD(payload_mmap_window_top)), 46); // the last page, above the kernel hole
    EXPECT_EQ(mem_[1], 0x6b);
}

TEST_F(SpaceTest, ForbiddenCallIsNamedWithItsAddress) {
    SpaceViolation v = refused(PAYLOAD(payload_getpid));
    EXPECT_EQ(v.nr, 39);
    EXPECT_EQ(v.arch, AUDIT_ARCH_X86_64);
    EXPECT_EQ(v.ip, kDm + kEntry + 7); // mov $39,%eax (5 bytes) + syscall (2)
    EXPECT_EQ(describe(v), "forbidden host system call getpid (39) at 0x108000001007");
}

TEST_F(SpaceTest, I386CallsAreRefused) {
    SpaceViolation v = refused(PAYLOAD(payload_int80));
    EXPECT_EQ(v.arch, AUDIT_ARCH_I386);
    EXPECT_EQ(v.nr, 1);
}

TEST_F(SpaceTest, MappingsOutsideTheRulesAreRefused) {
    EXPECT_EQ(refused(PAYLOAD(payload_mmap_outside)).nr, 9);
    EXPECT_EQ(refused(PAYLOAD(payload_mmap_into_hole)).nr, 9);
    EXPECT_EQ(refused(PAYLOAD(payload_mmap_past_top)).nr, 9);
    EXPECT_EQ(refused(PAYLOAD(payload_reserve_in_window)).nr, 9);
    EXPECT_EQ(refused(PAYLOAD(payload_munmap_across_hole)).nr, 11);
    EXPECT_EQ(refused(PAYLOAD(payload_munmap_local)).nr, 11);
    EXPECT_EQ(refused(PAYLOAD(payload_mmap_anon)).nr, 9);
}

TEST_F(SpaceTest, FilesAndOtherFutexOperationsAreRefused) {
    EXPECT_EQ(refused(PAYLOAD(payload_openat)).nr, 257);
    EXPECT_EQ(refused(PAYLOAD(payload_futex_private)).nr, 202);
    EXPECT_EQ(refused(PAYLOAD(payload_futex_plain)).nr, 202);
}

TEST_F(SpaceTest, GuestSystemCallsReachTheHandlerThroughDispatch) {
    mem_[kSelector] = 0;
    EXPECT_EQ(exit_status(PAYLOAD(payload_dispatched)), 77);
}

// Reads the entries of /proc/PID/fd.
std::set<std::string> open_fds(pid_t pid) {
    std::set<std::string> fds;
    std::string dir = "/proc/" + std::to_string(pid) + "/fd";
    if (DIR* d = ::opendir(dir.c_str())) {
        while (dirent* e = ::readdir(d))
            if (e->d_name[0] != '.') fds.insert(e->d_name);
        ::closedir(d);
    }
    return fds;
}

TEST_F(SpaceTest, HoldsOnlyGuestMemory) {
    int extra = ::dup(memfd_); // a descriptor of ours that must not reach the space
    ASSERT_GE(extra, 0);
    auto space = start(PAYLOAD(payload_spin));
    ::close(extra);
    ASSERT_TRUE(space.ok()) << space.error().message;
    EXPECT_EQ(open_fds(space->pid()), std::set<std::string>{"3"});

    std::ifstream maps("/proc/" + std::to_string(space->pid()) + "/maps");
    std::string line;
    int lines = 0;
    while (std::getline(maps, line)) {
        lines++;
        std::istringstream in(line);
        std::string range, perms, offset, dev, inode, path;
        in >> range >> perms >> offset >> dev >> inode;
        std::getline(in >> std::ws, path);
        std::uint64_t lo = std::stoull(range.substr(0, range.find('-')), nullptr, 16);
        bool stub = lo >= TANDEM_SPACE_STUB_BASE && lo < TANDEM_SPACE_STUB_BASE + (1u << 20);
        bool guest = lo >= TANDEM_DIRECT_MAP_BASE && lo < TANDEM_DIRECT_MAP_BASE + kMemory;
        // Nothing in the window: the stack, vdso and vvar the host placed
        // there are gone, and its unmapped ranges are holes.
        bool local = lo >= TANDEM_SPACE_LOCAL_BASE && lo < TANDEM_SPACE_LOCAL_BASE + TANDEM_SPACE_LOCAL_SIZE;
        bool kernel = path == "[vsyscall]";
        EXPECT_TRUE(stub || guest || local || kernel) << line;
    }
    EXPECT_GT(lines, 3);
    space->kill_and_reap();
}

TEST_F(SpaceTest, AMissingStubIsNamed) {
    tandem_space_config c{};
    auto r = SpaceProcess::start("/nonexistent/tandem-space", memfd_, c);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("cannot start /nonexistent/tandem-space"), std::string::npos) << r.error().message;
}

TEST_F(SpaceTest, ABadConfigIsRefusedByTheStub) {
    tandem_space_config c{}; // no entry, no memory size
    auto r = SpaceProcess::start(TANDEM_SPACE_STUB, memfd_, c);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("no valid configuration"), std::string::npos) << r.error().message;
}

} // namespace
} // namespace tandem
