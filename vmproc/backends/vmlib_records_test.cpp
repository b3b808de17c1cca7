// vmlib's records as both backends see them: located through the validated
// descriptor, refused outside guest memory, and counters handed out as
// copies that the guest cannot change afterwards.
#include "vmlib_records.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

using namespace tandem;

namespace {

constexpr std::uint64_t kRun = 0x1000, kStats = 0x2000, kSites = 0x3000, kBoard = 0x4000;

struct FakeGuest {
    std::vector<std::uint8_t> mem = std::vector<std::uint8_t>(0x8000);
    tandem_vmlib_desc desc{};
    FakeGuest() {
        desc.run = TANDEM_DIRECT_MAP_BASE + kRun;
        desc.stats = TANDEM_DIRECT_MAP_BASE + kStats;
        desc.switchboard = TANDEM_DIRECT_MAP_BASE + kBoard;
        desc.sites_start = TANDEM_DIRECT_MAP_BASE + kSites;
        desc.sites_end = desc.sites_start + 2 * sizeof(tandem_site);
    }
    Result<VmlibRecords> locate() { return VmlibRecords::locate(desc, mem.data(), mem.size()); }
};

TEST(VmlibRecords, PointsIntoGuestMemory) {
    FakeGuest g;
    auto r = g.locate();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(reinterpret_cast<std::uint8_t*>(&r.value().run()), g.mem.data() + kRun);
    r.value().run().exit_reason = TANDEM_EXIT_HALT;
    tandem_run seen;
    std::memcpy(&seen, g.mem.data() + kRun, sizeof seen);
    EXPECT_EQ(seen.exit_reason, TANDEM_EXIT_HALT);
}

TEST(VmlibRecords, CountersAndSitesAreCopies) {
    FakeGuest g;
    tandem_site sites[2] = {};
    sites[0].count = 5;
    sites[1].count = 9;
    std::memcpy(g.mem.data() + kSites, sites, sizeof sites);
    std::uint64_t syscalls = 42;
    std::memcpy(g.mem.data() + kStats, &syscalls, sizeof syscalls);
    auto r = g.locate();
    ASSERT_TRUE(r.ok());
    tandem_stats s = r.value().stats();
    std::vector<tandem_site> v = r.value().sites();
    std::memset(g.mem.data() + kStats, 0xff, sizeof(tandem_stats)); // the guest scribbles afterwards
    std::memset(g.mem.data() + kSites, 0xff, sizeof sites);
    EXPECT_EQ(s.events[0], 42u);
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v[0].count, 5u);
    EXPECT_EQ(v[1].count, 9u);
}

TEST(VmlibRecords, RefusesRecordsOutsideGuestMemory) {
    {
        FakeGuest g;
        g.desc.run = TANDEM_DIRECT_MAP_BASE + g.mem.size() - 8; // runs past the end
        EXPECT_FALSE(g.locate().ok());
    }
    {
        FakeGuest g;
        g.desc.stats = 0x1000; // below the direct map
        EXPECT_FALSE(g.locate().ok());
    }
    {
        FakeGuest g;
        g.desc.sites_end = g.desc.sites_start - sizeof(tandem_site); // reversed
        EXPECT_FALSE(g.locate().ok());
    }
    {
        FakeGuest g;
        g.desc.sites_end = TANDEM_DIRECT_MAP_BASE + g.mem.size() + sizeof(tandem_site);
        EXPECT_FALSE(g.locate().ok());
    }
    {
        FakeGuest g;
        g.desc.switchboard = TANDEM_DIRECT_MAP_BASE + g.mem.size() - 16; // runs past the end
        EXPECT_FALSE(g.locate().ok());
    }
}

} // namespace
