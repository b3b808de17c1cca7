#include "guest_processes.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace tandem {
namespace {

// A fake guest: 4 MiB of memory holding a layout record, a list head,
// process, task and address-space records and page tables, all laid out
// by hand at fixed physical addresses.
struct FakeGuest {
    static constexpr std::uint64_t kSize = 4 << 20;
    static constexpr std::uint64_t kLayout = 0x1000, kHead = 0x2000;
    // Records: process i at 0x10000 + i*0x100, its task at 0x20000 + i*0x100, its as at 0x30000 + i*0x100.
    std::vector<std::uint8_t> mem = std::vector<std::uint8_t>(kSize);
    tandem_introspect layout{};

    static std::uint64_t va(std::uint64_t phys) { return TANDEM_DIRECT_MAP_BASE + phys; }
    static std::uint64_t proc(int i) { return 0x10000 + static_cast<std::uint64_t>(i) * 0x100; }
    static std::uint64_t task(int i) { return 0x20000 + static_cast<std::uint64_t>(i) * 0x100; }
    static std::uint64_t space(int i) { return 0x30000 + static_cast<std::uint64_t>(i) * 0x100; }

    template <typename T> void put(std::uint64_t phys, T v) { std::memcpy(mem.data() + phys, &v, sizeof v); }

    FakeGuest() {
        layout.magic = TANDEM_INTROSPECT_MAGIC;
        layout.process_list = va(kHead);
        layout.list_prev = 0;
        layout.list_next = 8;
        layout.process_size = 0x80;
        layout.process_node = 0x10;
        layout.process_pid = 0x0;
        layout.process_state = 0x4;
        layout.process_parent = 0x20;
        layout.process_leader = 0x28;
        layout.process_threads = 0x30;
        layout.process_utime_ns = 0x38;
        layout.process_stime_ns = 0x40;
        layout.process_as = 0x48;
        layout.task_size = 0x40;
        layout.task_name = 0x10;
        layout.task_name_size = 16;
        layout.task_state = 0x8;
        layout.as_size = 0x20;
        layout.as_root = 0x8;
        put(kLayout, layout);
    }

    // Links processes 0..n-1 on the list in order.
    void link(int n) {
        std::uint64_t prev = va(kHead);
        for (int i = 0; i < n; i++) {
            std::uint64_t node = va(proc(i) + layout.process_node);
            put(prev - TANDEM_DIRECT_MAP_BASE + 8, node);
            put(proc(i) + layout.process_node, prev);
            prev = node;
        }
        put(prev - TANDEM_DIRECT_MAP_BASE + 8, va(kHead));
    }

    void process(int i, std::int32_t pid, int parent, const char* name, std::uint64_t utime, std::uint64_t root) {
        put(proc(i) + layout.process_pid, pid);
        put<std::uint8_t>(proc(i) + layout.process_state, 0);
        put(proc(i) + layout.process_parent, parent >= 0 ? va(proc(parent)) : 0);
        put(proc(i) + layout.process_leader, va(task(i)));
        put<std::uint32_t>(proc(i) + layout.process_threads, 1);
        put(proc(i) + layout.process_utime_ns, utime);
        put(proc(i) + layout.process_as, root ? va(space(i)) : 0);
        put(space(i) + layout.as_root, root);
        std::strncpy(reinterpret_cast<char*>(mem.data() + task(i) + layout.task_name), name, 16);
        put<std::uint8_t>(task(i) + layout.task_state, 1);
    }

    GuestView view() const { return GuestView(mem.data(), mem.size()); }
};

TEST(GuestProcesses, ReadsTheList) {
    FakeGuest g;
    g.process(0, 1, -1, "init", 5, 0);
    g.process(1, 42, 0, "make", 7000000000ull, 0);
    g.link(2);
    auto list = read_guest_processes(g.view(), FakeGuest::va(FakeGuest::kLayout));
    ASSERT_TRUE(list.ok()) << list.error().message;
    EXPECT_FALSE(list->truncated);
    ASSERT_EQ(list->processes.size(), 2u);
    EXPECT_EQ(list->processes[0].pid, 1);
    EXPECT_EQ(list->processes[0].name, "init");
    EXPECT_EQ(list->processes[1].pid, 42);
    EXPECT_EQ(list->processes[1].ppid, 1);
    EXPECT_EQ(list->processes[1].name, "make");
    EXPECT_EQ(list->processes[1].state, 'S');
    EXPECT_EQ(list->processes[1].utime_ns, 7000000000ull);
}

TEST(GuestProcesses, StopsOnACycleThatMissesTheHead) {
    FakeGuest g;
    g.process(0, 1, -1, "a", 0, 0);
    g.process(1, 2, 0, "b", 0, 0);
    g.link(2);
    // b's next points back to b: the walk must end.
    g.put(FakeGuest::proc(1) + g.layout.process_node + 8, FakeGuest::va(FakeGuest::proc(1) + g.layout.process_node));
    auto list = read_guest_processes(g.view(), FakeGuest::va(FakeGuest::kLayout));
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list->truncated);
    EXPECT_EQ(list->processes.size(), 2u);
}

TEST(GuestProcesses, StopsOnAPointerOutsideMemory) {
    FakeGuest g;
    g.process(0, 1, -1, "a", 0, 0);
    g.link(1);
    g.put(FakeGuest::proc(0) + g.layout.process_node + 8, TANDEM_DIRECT_MAP_BASE + FakeGuest::kSize + 0x1000);
    auto list = read_guest_processes(g.view(), FakeGuest::va(FakeGuest::kLayout));
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list->truncated);
    EXPECT_EQ(list->processes.size(), 1u);
    // A leader or parent pointer outside memory only loses that field.
    g.link(1);
    g.put(FakeGuest::proc(0) + g.layout.process_leader, std::uint64_t{12345});
    g.put(FakeGuest::proc(0) + g.layout.process_parent, ~std::uint64_t{0});
    list = read_guest_processes(g.view(), FakeGuest::va(FakeGuest::kLayout));
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->processes.size(), 1u);
    EXPECT_EQ(list->processes[0].name, "");
    EXPECT_EQ(list->processes[0].state, '?');
}

TEST(GuestProcesses, RefusesABadLayout) {
    FakeGuest g;
    g.link(0);
    tandem_introspect bad = g.layout;
    bad.magic = 1;
    g.put(FakeGuest::kLayout, bad);
    EXPECT_FALSE(read_guest_processes(g.view(), FakeGuest::va(FakeGuest::kLayout)).ok());
    bad = g.layout;
    bad.process_utime_ns = bad.process_size - 4; // an 8-byte field that overruns its record
    g.put(FakeGuest::kLayout, bad);
    EXPECT_FALSE(read_guest_processes(g.view(), FakeGuest::va(FakeGuest::kLayout)).ok());
    bad = g.layout;
    bad.task_name_size = 0xffffffffu;
    g.put(FakeGuest::kLayout, bad);
    EXPECT_FALSE(read_guest_processes(g.view(), FakeGuest::va(FakeGuest::kLayout)).ok());
    EXPECT_FALSE(read_guest_processes(g.view(), 0).ok());
}

TEST(GuestProcesses, CapsAnEndlessList) {
    // More processes than the cap, all distinct: the walk stops at the cap.
    const int n = static_cast<int>(kMaxGuestProcesses) + 5;
    FakeGuest big;
    big.mem.resize(8 << 20);
    auto node_of = [](int i) { return std::uint64_t{0x100000} + static_cast<std::uint64_t>(i) * 0x80; };
    big.put(FakeGuest::kHead + 8, FakeGuest::va(node_of(0) + big.layout.process_node));
    for (int i = 0; i < n; i++)
        big.put(node_of(i) + big.layout.process_node + 8, FakeGuest::va(node_of(i + 1) + big.layout.process_node));
    GuestView view(big.mem.data(), big.mem.size());
    auto list = read_guest_processes(view, FakeGuest::va(FakeGuest::kLayout));
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list->truncated);
    EXPECT_EQ(list->processes.size(), kMaxGuestProcesses);
}

TEST(GuestProcesses, CountsResidentPagesAndBoundsTheWalk) {
    FakeGuest g;
    // PML4 at 0x100000 -> PDPT 0x101000 -> PD 0x102000 -> PT 0x103000 with 3 pages, and one 2M page in the PD.
    const std::uint64_t p = TANDEM_PTE_P;
    g.put<std::uint64_t>(0x100000, 0x101000 | p);
    g.put<std::uint64_t>(0x101000, 0x102000 | p);
    g.put<std::uint64_t>(0x102000, 0x103000 | p);
    g.put<std::uint64_t>(0x102000 + 8, 0x200000 | p | (1u << 7));
    for (int i = 0; i < 3; i++) g.put<std::uint64_t>(0x103000 + 8 * i, (0x300000 + 0x1000 * i) | p);
    // A PML4 slot beyond the user window is not counted.
    g.put<std::uint64_t>(0x100000 + 8 * TANDEM_USER_PML4_SLOTS, 0x101000 | p);
    bool truncated = false;
    EXPECT_EQ(count_resident_pages(g.view(), 0x100000, 100, truncated), 3u + 512u);
    EXPECT_FALSE(truncated);
    // Tables that point at themselves: bounded by the table cap.
    for (int i = 0; i < 512; i++) g.put<std::uint64_t>(0x104000 + 8 * i, 0x104000 | p);
    truncated = false;
    count_resident_pages(g.view(), 0x104000, 50, truncated);
    EXPECT_TRUE(truncated);
}

} // namespace
} // namespace tandem
