// User-only reflection (uo_reflection.cpp, uo_mmu.cpp): the exact record of
// reflected pages, and what an invalidation does to them.  The host system
// calls vmlib would make are recorded instead of made.
#include <cstdlib>
#include <map>
#include <random>
#include <utility>
#include <vector>

#include "fixture.h"
#include "host.h"
#include "uo_backend.h"
#include "uo_reflection.h"

using namespace testenv;
namespace uo = vmlib::uo;

namespace {

struct HostCall {
    long nr, a1, a2, a3;
};
std::vector<HostCall> g_host_calls;
long g_refuse_nr = -1; // the next call of this number fails with ENOMEM (out of mappings)

} // namespace

extern "C" long vmlib_host_syscall(long nr, long a1, long a2, long a3, long, long, long) {
    g_host_calls.push_back({nr, a1, a2, a3});
    if (nr == g_refuse_nr) {
        g_refuse_nr = -1;
        return -12;
    }
    return nr == vmlib::host::kSysMmap ? a1 : 0;
}

namespace vmlib::uo {
tandem_uo_config g_cfg;
const tandem_space_local* g_local;
} // namespace vmlib::uo

namespace {

constexpr u64 kP = TANDEM_PTE_P, kW = TANDEM_PTE_W, kU = TANDEM_PTE_U, kA = TANDEM_PTE_A, kD = TANDEM_PTE_D;
constexpr long kR = vmlib::host::kProtRead, kRW = kR | vmlib::host::kProtWrite, kRX = kR | vmlib::host::kProtExec;
constexpr long kRWX = kRW | vmlib::host::kProtExec;
constexpr u64 kBase = 0x400000; // user pages under test
constexpr u64 kFrames = 0x200000; // guest-physical pages they map

class Reflection : public VmlibTest {
protected:
    void SetUp() override {
        VmlibTest::SetUp();
        table_ = std::aligned_alloc(4096, TANDEM_SPACE_REFLECTION_SIZE);
        local_ = tandem_space_local{};
        local_.reflection = reinterpret_cast<u64>(table_);
        uo::g_local = &local_;
        uo::init_reflection();
        g_host_calls.clear();
        vmlib::g_vcpu.state.efer |= TANDEM_EFER_NXE;
    }
    void TearDown() override {
        std::free(table_);
        VmlibTest::TearDown();
    }
    u64 page(u64 i) { return kBase + i * TANDEM_PAGE_SIZE; }
    u64 frame(u64 i) { return kFrames + i * TANDEM_PAGE_SIZE; }
    // Maps pages [0, n) to consecutive frames and reflects each by a user read.
    void reflect_pages(u64 n, u64 flags) {
        for (u64 i = 0; i < n; i++) {
            map(page(i), frame(i), flags);
            u32 err;
            ASSERT_TRUE(uo::reflect(page(i), vmlib::kAccessUser, &err));
        }
        g_host_calls.clear();
    }
    std::vector<HostCall> calls_of(long nr) {
        std::vector<HostCall> out;
        for (const HostCall& c : g_host_calls)
            if (c.nr == nr) out.push_back(c);
        return out;
    }
    void* table_ = nullptr;
    tandem_space_local local_{};
};

TEST_F(Reflection, UnchangedPagesSurviveAFullFlushWithoutAHostCall) {
    reflect_pages(20, kP | kW | kU | kA | kD);
    uo::flush_user_window();
    EXPECT_TRUE(g_host_calls.empty());
    EXPECT_NE(uo::find_block(page(3)), nullptr);
}

TEST_F(Reflection, WriteProtectionIsOneMprotectPerRun) {
    // fork: every writable page becomes read-only (accessed, dirty kept).
    reflect_pages(20, kP | kW | kU | kA | kD);
    for (u64 i = 0; i < 20; i++) *entry(page(i), 0) &= ~kW;
    uo::flush_user_window();
    auto prot = calls_of(vmlib::host::kSysMprotect);
    EXPECT_TRUE(calls_of(vmlib::host::kSysMmap).empty());
    // 20 pages from 0x400000 cross one 64 KiB block boundary: two runs
    // (blocks are visited in table order).
    ASSERT_EQ(prot.size(), 2u);
    if (prot[0].a1 > prot[1].a1) std::swap(prot[0], prot[1]);
    EXPECT_EQ(prot[0].a1 + prot[0].a2, prot[1].a1);
    EXPECT_EQ(u64(prot[0].a2 + prot[1].a2), 20 * TANDEM_PAGE_SIZE);
    EXPECT_EQ(prot[0].a3, kRX);
    // Nothing left to change: a second flush makes no host call.
    g_host_calls.clear();
    uo::flush_user_window();
    EXPECT_TRUE(g_host_calls.empty());
}

TEST_F(Reflection, AnotherFrameOrAClearedAccessedBitUnmaps) {
    reflect_pages(4, kP | kU | kA);
    *entry(page(1), 0) = frame(9) | kP | kU | kA; // remapped
    *entry(page(2), 0) &= ~kA;                      // aged
    uo::flush_user_window();
    auto unmaps = calls_of(vmlib::host::kSysMunmap);
    ASSERT_EQ(unmaps.size(), 1u); // pages 1 and 2: one run unmapped
    EXPECT_EQ(u64(unmaps[0].a1), page(1));
    EXPECT_EQ(u64(unmaps[0].a2), 2 * TANDEM_PAGE_SIZE);
    EXPECT_TRUE(calls_of(vmlib::host::kSysMmap).empty());
    EXPECT_TRUE(calls_of(vmlib::host::kSysMprotect).empty());
}

TEST_F(Reflection, InvlpgOfAPageAtAnotherAccessedFrameMapsItThere) {
    reflect_pages(2, kP | kU | kA);
    *entry(page(0), 0) = frame(9) | kP | kU | kA; // accessed: mapped at frame 9
    *entry(page(1), 0) = frame(10) | kP | kU;     // not accessed yet: unmapped
    uo::flush_user_page(page(0));
    uo::flush_user_page(page(1));
    auto maps = calls_of(vmlib::host::kSysMmap);
    ASSERT_EQ(maps.size(), 1u);
    EXPECT_EQ(u64(maps[0].a1), page(0));
    EXPECT_EQ(u64(maps[0].a2), TANDEM_PAGE_SIZE);
    EXPECT_EQ(maps[0].a3, kRX);
    auto unmaps = calls_of(vmlib::host::kSysMunmap);
    ASSERT_EQ(unmaps.size(), 1u);
    EXPECT_EQ(u64(unmaps[0].a1), page(1));
    const uo::ReflectedBlock* b = uo::find_block(page(0));
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->mapped, 0b01);
    EXPECT_EQ(b->frame[(page(0) / TANDEM_PAGE_SIZE) % uo::kBlockPages], frame(9) / TANDEM_PAGE_SIZE);
}

TEST_F(Reflection, ACopyOnWriteCopyIsOneMmapAndTheRetriedWriteNeedsNoMore) {
    // After fork the page is read-only; the guest kernel's copy for the
    // write is accessed and dirty, then it invalidates the page and returns.
    reflect_pages(1, kP | kU | kA | kD);
    *entry(page(0), 0) = frame(7) | kP | kW | kU | kA | kD;
    uo::note_guest_fault(page(0), vmlib::kAccessUser | vmlib::kAccessWrite);
    uo::flush_user_page(page(0));
    uo::reflect_ahead();
    EXPECT_TRUE(calls_of(vmlib::host::kSysMunmap).empty());
    auto maps = calls_of(vmlib::host::kSysMmap);
    ASSERT_EQ(maps.size(), 1u);
    EXPECT_EQ(u64(maps[0].a1), page(0));
    EXPECT_EQ(maps[0].a3, kRWX);
}

// The guest kernel copies a copy-on-write block's written pages into one run
// and invalidates the faulting page first: that invlpg re-reads the block
// and maps the copies in one call; their own invlpgs then cost nothing.
TEST_F(Reflection, AnInvlpgAtANewFrameMapsTheBlocksRepointedPagesInOneRun) {
    reflect_pages(4, kP | kU | kA | kD);
    for (u64 i = 0; i < 4; i++) *entry(page(i), 0) = frame(20 + i) | kP | kW | kU | kA | kD;
    uo::flush_user_page(page(0));
    auto maps = calls_of(vmlib::host::kSysMmap);
    ASSERT_EQ(maps.size(), 1u);
    EXPECT_EQ(u64(maps[0].a1), page(0));
    EXPECT_EQ(u64(maps[0].a2), 4 * TANDEM_PAGE_SIZE);
    EXPECT_EQ(maps[0].a3, kRWX);
    g_host_calls.clear();
    for (u64 i = 1; i < 4; i++) uo::flush_user_page(page(i));
    EXPECT_TRUE(g_host_calls.empty());
}

// A host fault maps the rest of the faulting page's physically contiguous,
// accessed run in its block with the same mmap; a page at another frame or
// not accessed ends the run.
TEST_F(Reflection, AHostFaultMapsItsContiguousAccessedRun) {
    for (u64 i = 0; i < 8; i++) map(page(i), frame(i), kP | kU | kA);
    *entry(page(0), 0) = frame(30) | kP | kU | kA; // another frame: not in the run
    *entry(page(6), 0) &= ~kA;                     // not accessed: ends it
    u32 err;
    ASSERT_TRUE(uo::reflect(page(3), vmlib::kAccessUser, &err));
    auto maps = calls_of(vmlib::host::kSysMmap);
    ASSERT_EQ(maps.size(), 1u);
    EXPECT_EQ(u64(maps[0].a1), page(1));
    EXPECT_EQ(u64(maps[0].a2), 5 * TANDEM_PAGE_SIZE); // pages 1-5
    const uo::ReflectedBlock* b = uo::find_block(page(0));
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->mapped, 0b111110);
}

// The host out of mappings (a split past vm.max_map_count) leaves the old
// mapping in place, with the old frame or the old permissions: the window
// must be emptied rather than trusted.
TEST_F(Reflection, AnInvalidationTheHostRefusesEmptiesTheWindow) {
    reflect_pages(4, kP | kU | kA | kD);
    *entry(page(1), 0) = frame(9) | kP | kU | kA | kD; // a copy-on-write copy
    g_refuse_nr = vmlib::host::kSysMmap;
    uo::flush_user_page(page(1));
    EXPECT_EQ(uo::find_block(page(0)), nullptr);
    ASSERT_FALSE(g_host_calls.empty());
    EXPECT_EQ(g_host_calls.back().nr, vmlib::host::kSysMunmap);
    EXPECT_EQ(u64(g_host_calls.back().a1), page(0));
    EXPECT_EQ(u64(g_host_calls.back().a2), 4 * TANDEM_PAGE_SIZE);

    reflect_pages(4, kP | kW | kU | kA | kD);
    for (u64 i = 0; i < 4; i++) *entry(page(i), 0) &= ~kW; // fork write-protects
    g_refuse_nr = vmlib::host::kSysMprotect;
    uo::flush_user_window();
    EXPECT_EQ(uo::find_block(page(0)), nullptr);
    EXPECT_EQ(g_host_calls.back().nr, vmlib::host::kSysMunmap);
}

TEST_F(Reflection, NotPresentAndSupervisorPagesUnmap) {
    reflect_pages(3, kP | kU | kA);
    *entry(page(0), 0) = 0;
    *entry(page(2), 0) &= ~kU;
    uo::flush_user_window();
    EXPECT_EQ(calls_of(vmlib::host::kSysMunmap).size(), 2u);
    EXPECT_EQ(uo::find_block(page(1))->mapped, 0b10);
}

TEST_F(Reflection, CleanPageStaysReadOnlyUntilWritten) {
    map(page(0), frame(0), kP | kW | kU | kA);
    u32 err;
    ASSERT_TRUE(uo::reflect(page(0), vmlib::kAccessUser, &err));
    EXPECT_EQ(g_host_calls.back().a3, kRX);
    ASSERT_TRUE(uo::reflect(page(0), vmlib::kAccessUser | vmlib::kAccessWrite, &err));
    EXPECT_EQ(g_host_calls.back().a3, kRWX);
    EXPECT_NE(*entry(page(0), 0) & kD, 0u);
    // The guest cleans the page (writeback): the next flush drops write access.
    *entry(page(0), 0) &= ~kD;
    g_host_calls.clear();
    uo::flush_user_window();
    auto prot = calls_of(vmlib::host::kSysMprotect);
    ASSERT_EQ(prot.size(), 1u);
    EXPECT_EQ(prot[0].a3, kRX);
}

TEST_F(Reflection, InvlpgRechecksOnlyItsPage) {
    reflect_pages(3, kP | kW | kU | kA | kD);
    for (u64 i = 0; i < 3; i++) *entry(page(i), 0) &= ~kW;
    uo::flush_user_page(page(1));
    auto prot = calls_of(vmlib::host::kSysMprotect);
    ASSERT_EQ(prot.size(), 1u);
    EXPECT_EQ(u64(prot[0].a1), page(1));
    EXPECT_EQ(u64(prot[0].a2), TANDEM_PAGE_SIZE);
    // A page never reflected costs nothing.
    g_host_calls.clear();
    uo::flush_user_page(page(40));
    EXPECT_TRUE(g_host_calls.empty());
}

TEST_F(Reflection, InvlpgOfTheLastPageOfABlockForgetsTheBlock) {
    reflect_pages(1, kP | kU | kA);
    *entry(page(0), 0) = 0;
    uo::flush_user_page(page(0));
    EXPECT_EQ(uo::find_block(page(0)), nullptr);
}

// The table against a reference map under random records and removals, at
// the table's limit (removals must shift probe runs back correctly).
TEST_F(Reflection, RecordMatchesAReferenceUnderChurn) {
    std::mt19937_64 rng(42);
    std::map<u64, u64> model; // page -> frame
    for (int step = 0; step < 200000; step++) {
        // 3500 blocks spread over the window: more than the table takes.
        u64 block = TANDEM_USER_BASE + ((rng() % 3500) * 4099 % (1u << 24)) * uo::kBlockBytes;
        u64 pg = block + (rng() % uo::kBlockPages) * TANDEM_PAGE_SIZE;
        if (rng() % 3) {
            u64 fr = rng() % 100000;
            if (uo::record_page(pg, fr, kR)) model[pg] = fr;
            else ASSERT_GE(uo::reflection_table().used, uo::kReflectionLimit);
        } else {
            uo::forget_page(pg);
            model.erase(pg);
        }
        if (step % 5000 == 0 || step == 199999) {
            for (auto [p, f] : model) {
                const uo::ReflectedBlock* b = uo::find_block(p);
                ASSERT_NE(b, nullptr);
                u64 i = (p / TANDEM_PAGE_SIZE) % uo::kBlockPages;
                ASSERT_TRUE(b->mapped & (1u << i));
                ASSERT_EQ(b->frame[i], f);
            }
            u32 blocks = 0;
            uo::for_each_block([&](u64, uo::ReflectedBlock&) { blocks++; });
            std::map<u64, int> model_blocks;
            for (auto [p, f] : model) model_blocks[p & ~(uo::kBlockBytes - 1)] = 1;
            ASSERT_EQ(blocks, model_blocks.size());
        }
    }
}

TEST_F(Reflection, AFlushThatKeepsLittleEmptiesOnceAndMapsBackWhatStays) {
    // Another address space under the same PCID and root: 16 pages, and
    // only page 5 still maps its frame.
    reflect_pages(16, kP | kU | kA);
    for (u64 i = 0; i < 16; i++)
        if (i != 5) *entry(page(i), 0) = frame(40 + i) | kP | kU | kA;
    uo::flush_user_window();
    ASSERT_EQ(g_host_calls.size(), 2u);
    EXPECT_EQ(g_host_calls[0].nr, vmlib::host::kSysMunmap); // the whole reflected range at once
    EXPECT_EQ(u64(g_host_calls[0].a1), page(0));
    EXPECT_EQ(u64(g_host_calls[0].a2), 16 * TANDEM_PAGE_SIZE);
    EXPECT_EQ(g_host_calls[1].nr, vmlib::host::kSysMmap);
    EXPECT_EQ(u64(g_host_calls[1].a1), page(5)); // page 5 mapped back
    EXPECT_EQ(g_host_calls[1].a3, kRX);
    EXPECT_EQ(uo::find_block(page(0))->mapped, 1u << 5);
}

TEST_F(Reflection, AFlushThatKeepsNothingIsOneHostCall) {
    reflect_pages(40, kP | kU | kA);
    for (u64 i = 0; i < 40; i++) *entry(page(i), 0) = 0;
    uo::flush_user_window();
    ASSERT_EQ(g_host_calls.size(), 1u);
    EXPECT_EQ(uo::find_block(page(0)), nullptr);
}

// Guest user code can overwrite the record (it shares the space's host
// address space): garbage must end in an emptied window, not in a hang or in
// host calls outside the window.
TEST_F(Reflection, AGarbageRecordEmptiesTheWholeWindow) {
    reflect_pages(4, kP | kU | kA);
    std::memset(table_, 0xa5, TANDEM_SPACE_REFLECTION_SIZE);
    uo::flush_user_window();
    // One munmap for each side of the kernel hole, never over it.
    ASSERT_EQ(g_host_calls.size(), 2u);
    EXPECT_EQ(g_host_calls[0].nr, vmlib::host::kSysMunmap);
    EXPECT_EQ(g_host_calls[1].nr, vmlib::host::kSysMunmap);
    EXPECT_EQ(u64(g_host_calls[0].a1), TANDEM_USER_BASE);
    EXPECT_EQ(u64(g_host_calls[0].a2), TANDEM_KERNEL_HOLE_BASE - TANDEM_USER_BASE);
    EXPECT_EQ(u64(g_host_calls[1].a1), TANDEM_KERNEL_HOLE_TOP);
    EXPECT_EQ(u64(g_host_calls[1].a2), TANDEM_USER_TOP - TANDEM_KERNEL_HOLE_TOP);
    EXPECT_EQ(uo::find_block(page(0)), nullptr);
    // And the record works again.
    u32 err;
    EXPECT_TRUE(uo::reflect(page(1), vmlib::kAccessUser, &err));
    EXPECT_NE(uo::find_block(page(1)), nullptr);
}

TEST_F(Reflection, AFullTableOfForeignKeysIsNotAHang) {
    std::memset(table_, 0xa5, TANDEM_SPACE_REFLECTION_SIZE);
    EXPECT_EQ(uo::find_block(page(0)), nullptr);
    EXPECT_FALSE(uo::record_page(page(0), 1, kR));
    uo::forget_page(page(0));
}

} // namespace
