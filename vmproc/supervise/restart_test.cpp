// --restart, --pmem, --cpu-weight (and --channel's name) as the command
// line takes them; the failure record; per-failure core names; the pmem
// file's rules; the boot plan's pmem region.
#include "boot/boot_info.h"
#include "cli/options.h"
#include "failure.h"
#include "pmem_store.h"
#include "restart.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstring>
#include <vector>
#include "testing/temp_dir.h"

using namespace tandem;

namespace {

Result<Options> run_with(std::vector<std::string> words) {
    words.insert(words.begin(), "run");
    return parse_options(words);
}

TEST(SupervisorOptions, RestartForms) {
    EXPECT_EQ(run_with({}).value().run.supervisor.restarts, 0u);
    EXPECT_EQ(run_with({"--restart", "no"}).value().run.supervisor.restarts, 0u);
    EXPECT_EQ(run_with({"--restart", "on-failure"}).value().run.supervisor.restarts, kRestartDefault);
    EXPECT_EQ(run_with({"--restart=on-failure:7"}).value().run.supervisor.restarts, 7u);
    auto r = run_with({"--restart", "on-failure:3"});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().run.mode, Mode::User); // restarts are user-only
    for (const char* bad : {"yes", "on-failure:", "on-failure:0", "on-failure:x", "on-failure:1001", "always",
                            "on-failure3", ""}) {
        auto e = run_with({"--restart", bad});
        ASSERT_FALSE(e.ok()) << bad;
        EXPECT_EQ(e.error().exit_code, kExitUsage);
        EXPECT_NE(e.error().message.find("--restart"), std::string::npos);
    }
}

TEST(SupervisorOptions, RestartRefusesCompositeModeWithTheReason) {
    auto e = run_with({"--mode", "composite", "--restart", "on-failure"});
    ASSERT_FALSE(e.ok());
    EXPECT_NE(e.error().message.find("user-only mode only"), std::string::npos);
    EXPECT_NE(e.error().message.find("reset"), std::string::npos);
}

TEST(SupervisorOptions, PmemSizesAndFile) {
    auto r = run_with({"--pmem", "1M:/tmp/x.pmem"});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().run.supervisor.pmem_size, 1ull << 20);
    EXPECT_EQ(r.value().run.supervisor.pmem_file, "/tmp/x.pmem");
    auto plain = run_with({"--pmem=64K"});
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain.value().run.supervisor.pmem_size, 64ull << 10);
    EXPECT_TRUE(plain.value().run.supervisor.pmem_file.empty());
    EXPECT_TRUE(run_with({"--pmem", "1G"}).ok());
    EXPECT_TRUE(run_with({"--memory", "63G", "--pmem", "1G"}).ok());
    auto over = run_with({"--memory", "64G", "--pmem", "4K"});
    ASSERT_FALSE(over.ok());
    EXPECT_NE(over.error().message.find("guest-physical limit"), std::string::npos);
    struct Bad {
        const char* value;
        const char* says;
    } bad[] = {{"abc", "is not a size"}, {"2G", "out of range"},  {"0", "out of range"},
               {"1000", "out of range"}, {"5000", "multiple of 4K"}, {"1M:", "file name"}};
    for (const Bad& b : bad) {
        auto e = run_with({"--pmem", b.value});
        ASSERT_FALSE(e.ok()) << b.value;
        EXPECT_NE(e.error().message.find(b.says), std::string::npos) << e.error().message;
    }
}

TEST(SupervisorOptions, ChannelNames) {
    EXPECT_EQ(run_with({"--channel", "demo"}).value().run.supervisor.channel, "demo");
    EXPECT_TRUE(run_with({"--channel", "a.b_c-9"}).ok());
    for (const char* bad : {"", ".hidden", "a/b", "sp ace", "../x", "\xc3\xa9"}) {
        auto e = run_with({"--channel", bad});
        ASSERT_FALSE(e.ok()) << bad;
        EXPECT_NE(e.error().message.find("--channel"), std::string::npos);
    }
    EXPECT_FALSE(run_with({"--channel", std::string(kChannelNameMax + 1, 'x')}).ok());
    EXPECT_TRUE(run_with({"--channel", std::string(kChannelNameMax, 'x')}).ok());
}

TEST(SupervisorOptions, CpuWeightAndItsNiceValue) {
    EXPECT_EQ(run_with({"--cpu-weight", "50"}).value().run.supervisor.cpu_weight, 50u);
    for (const char* bad : {"0", "10001", "-5", "x", ""}) EXPECT_FALSE(run_with({"--cpu-weight", bad}).ok()) << bad;
    EXPECT_EQ(nice_for_cpu_weight(100), 0);
    EXPECT_EQ(nice_for_cpu_weight(125), -1);
    EXPECT_EQ(nice_for_cpu_weight(80), 1);
    EXPECT_EQ(nice_for_cpu_weight(1), 19);     // 100/1.25^19 ~ 1.4
    EXPECT_EQ(nice_for_cpu_weight(10000), -20); // capped
    EXPECT_EQ(cpu_weight_for_nice(0), 100u);
    EXPECT_EQ(cpu_weight_for_nice(nice_for_cpu_weight(20)), 21u); // nice 7: 100/1.25^7
}

TEST(FailureRecord, BoundedAndPrintable) {
    std::string reason = "guest kernel panic: bad\n\x01\x7f" + std::string(500, 'z');
    tandem_failure_record r = make_failure_record(reason, 3, 1234);
    EXPECT_EQ(r.count, 3u);
    EXPECT_EQ(r.realtime_ns, 1234u);
    EXPECT_EQ(std::strlen(r.reason), sizeof r.reason - 1);
    EXPECT_EQ(std::string(r.reason).substr(0, 27), "guest kernel panic: bad???z");
}

TEST(FailureRecord, IsolationIsNeverRestarted) {
    EXPECT_TRUE(restartable(FailureKind::Panic));
    EXPECT_TRUE(restartable(FailureKind::Fatal));
    EXPECT_TRUE(restartable(FailureKind::Hang));
    EXPECT_FALSE(restartable(FailureKind::Isolation));
}

TEST(FailureRecord, CoresOfOneVmDoNotOverwriteEachOther) {
    EXPECT_EQ(core_path("", 42), "tandem-core.42");
    EXPECT_EQ(core_path("/c", 42, 1), "/c/tandem-core.42.1");
    EXPECT_EQ(core_path("/c/", 42, 2), "/c/tandem-core.42.2");
}

class PmemFile : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(tmp_.ok()); }
    tandem::test_support::TempDir tmp_{"pmem"};
    std::string dir_ = tmp_.path(), path_ = dir_ + "/region";
};

TEST_F(PmemFile, CreatedZeroedThenKeptAcrossOpens) {
    std::vector<std::uint8_t> region(8192, 0xee);
    {
        auto s = PmemStore::open(path_, region.size());
        ASSERT_TRUE(s.ok()) << s.error().message;
        ASSERT_TRUE(s.value().load(region.data()).ok());
        EXPECT_EQ(region[0], 0);
        EXPECT_EQ(region[8191], 0);
        region[100] = 42;
        ASSERT_TRUE(s.value().save(region.data()).ok());
    }
    std::vector<std::uint8_t> again(8192, 0);
    auto s = PmemStore::open(path_, again.size());
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s.value().load(again.data()).ok());
    EXPECT_EQ(again[100], 42);
}

TEST_F(PmemFile, SizeMismatchAndSharingAreErrors) {
    { ASSERT_TRUE(PmemStore::open(path_, 8192).ok()); }
    auto wrong = PmemStore::open(path_, 4096);
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().message.find("holds 8K, not the 4K"), std::string::npos) << wrong.error().message;
    auto first = PmemStore::open(path_, 8192);
    ASSERT_TRUE(first.ok());
    auto second = PmemStore::open(path_, 8192);
    ASSERT_FALSE(second.ok());
    EXPECT_NE(second.error().message.find("in use"), std::string::npos);
    EXPECT_FALSE(PmemStore::open(dir_, 8192).ok()); // a directory
}

TEST(PmemPlan, RegionAfterRamNeverUsable) {
    BootInput in;
    in.memory_size = 64ull << 20;
    in.kernel_phys_end = TANDEM_PHYS_KERNEL + (1 << 20);
    in.pmem_size = 1ull << 20;
    in.last_failure = make_failure_record("x", 2, 7);
    auto plan = plan_boot(in);
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    const tandem_boot_info& bi = plan.value().info;
    EXPECT_EQ(bi.memory_size, in.memory_size + in.pmem_size);
    EXPECT_EQ(bi.pmem_phys, in.memory_size);
    EXPECT_EQ(bi.pmem_size, in.pmem_size);
    EXPECT_EQ(bi.last_failure.count, 2u);
    bool seen = false;
    for (std::uint32_t i = 0; i < bi.memmap_count; i++) {
        const tandem_memmap_entry& e = bi.memmap[i];
        if (e.type == TANDEM_MEM_PMEM) {
            seen = true;
            EXPECT_EQ(e.base, in.memory_size);
            EXPECT_EQ(e.size, in.pmem_size);
        } else {
            EXPECT_LE(e.base + e.size, in.memory_size); // nothing else reaches into the region
        }
    }
    EXPECT_TRUE(seen);
}

} // namespace
