// The derived measures over fake guest memory and counters: the interrupt
// probe read through a hostile introspection record (bad magic, ring
// lengths out of range, addresses outside memory), the median and max of
// the samples kept, the system calls by name, and the CPU split's shares.
#include "measures.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace tandem {
namespace {

struct FakeGuest {
    static constexpr std::uint64_t kSize = 1 << 20;
    static constexpr std::uint64_t kRecord = 0x1000, kProbe = 0x2000;
    static constexpr std::uint32_t kRing = 8;
    std::vector<std::uint8_t> mem = std::vector<std::uint8_t>(kSize);
    tandem_introspect record{};

    static std::uint64_t va(std::uint64_t phys) { return TANDEM_DIRECT_MAP_BASE + phys; }
    template <typename T> void put(std::uint64_t phys, T v) { std::memcpy(mem.data() + phys, &v, sizeof v); }

    FakeGuest() {
        record.magic = TANDEM_INTROSPECT_MAGIC;
        record.irq_entry = va(kProbe);
        record.irq_entry_samples = kRing;
        store();
    }
    void store() { put(kRecord, record); }
    // `count` samples taken, the ring holding ns[i] at i.
    void samples(std::uint64_t count, const std::vector<std::uint64_t>& ns) {
        put(kProbe, count);
        for (std::size_t i = 0; i < ns.size(); i++) put(kProbe + 8 + 8 * i, ns[i]);
    }
    std::optional<IrqLatency> latency() const { return read_irq_latency(GuestView(mem.data(), kSize), va(kRecord)); }
};

TEST(Measures, IrqLatencyOfTheSamplesKept) {
    FakeGuest g;
    g.samples(3, {300, 100, 200, 0, 0, 0, 0, 0});
    auto l = g.latency();
    ASSERT_TRUE(l);
    EXPECT_EQ(l->count, 3u);
    EXPECT_EQ(l->samples, 3u);
    EXPECT_EQ(l->median_ns, 200u);
    EXPECT_EQ(l->max_ns, 300u);
    // The ring wrapped: only its last 8 samples count.
    g.samples(20, {1, 2, 3, 4, 5, 6, 7, 8});
    l = g.latency();
    ASSERT_TRUE(l);
    EXPECT_EQ(l->count, 20u);
    EXPECT_EQ(l->samples, 8u);
    EXPECT_EQ(l->median_ns, 5u);
    EXPECT_EQ(l->max_ns, 8u);
}

TEST(Measures, HostileProbeRecordsGiveNothing) {
    FakeGuest g;
    g.samples(1, {5});
    EXPECT_FALSE(read_irq_latency(GuestView(g.mem.data(), g.kSize), 0));
    EXPECT_FALSE(read_irq_latency(GuestView(g.mem.data(), g.kSize), FakeGuest::va(FakeGuest::kSize - 8)));
    for (auto mutate : std::vector<void (*)(tandem_introspect&)>{
             [](tandem_introspect& r) { r.magic = 0; },
             [](tandem_introspect& r) { r.irq_entry = 0; },
             [](tandem_introspect& r) { r.irq_entry_samples = 0; },
             [](tandem_introspect& r) { r.irq_entry_samples = 1u << 30; },
             [](tandem_introspect& r) { r.irq_entry = FakeGuest::va(FakeGuest::kSize - 16); },
             [](tandem_introspect& r) { r.irq_entry = 0x1000; }}) {
        FakeGuest bad;
        bad.samples(1, {5});
        mutate(bad.record);
        bad.store();
        EXPECT_FALSE(bad.latency());
    }
}

TEST(Measures, SystemCallsByNameMostFirst) {
    tandem_stats st{};
    st.syscalls[0] = 5;                      // read
    st.syscalls[39] = 9;                     // getpid
    st.syscalls[TANDEM_SYSCALL_NRS - 1] = 2; // 511 and up
    auto rows = syscalls_by_name(st);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0], (std::pair<std::string, std::uint64_t>{"getpid", 9}));
    EXPECT_EQ(rows[1], (std::pair<std::string, std::uint64_t>{"read", 5}));
    EXPECT_EQ(rows[2], (std::pair<std::string, std::uint64_t>{"other numbers", 2}));
    EXPECT_EQ(guest_syscall_name(100000), "syscall 100000");
}

TEST(Measures, CpuSplitFollowsTheSamples) {
    tandem_stats st{};
    st.events[TANDEM_STAT_TICK_KERNEL] = 1;
    st.events[TANDEM_STAT_TICK_USER] = 2;
    st.events[TANDEM_STAT_TICK_VMLIB] = 1;
    st.events[TANDEM_STAT_TICK_HOST] = 7;
    GuestCpu spaces{400, 50};
    CpuSplit c = cpu_split(&st, spaces, 9);
    ASSERT_TRUE(c.split);
    EXPECT_EQ(c.guest_kernel_ns, 100u);
    EXPECT_EQ(c.guest_user_ns, 200u);
    EXPECT_EQ(c.vmlib_ns, 150u); // its share of user time and all the system time
    EXPECT_EQ(c.vmproc_ns, 9u);
    EXPECT_EQ(c.samples_host, 7u);
    // No samples, or no space times (composite mode): no split.
    EXPECT_FALSE(cpu_split(&st, std::nullopt, 9).split);
    tandem_stats none{};
    EXPECT_FALSE(cpu_split(&none, spaces, 9).split);
    auto sections = measure_sections(&st, std::nullopt, c);
    ASSERT_EQ(sections.size(), 2u); // system calls, cpu: no probe, no latency
    EXPECT_STREQ(sections[1].key, "cpu");
}

} // namespace
} // namespace tandem
