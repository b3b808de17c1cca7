// --stats: site ranking and the report's content.
#include "stats.h"
#include "testing/printed.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace tandem;

namespace {

// The report print_stats writes for `in`.
std::string render(const StatsInput& in) {
    return test_support::printed([&](std::FILE* f) { print_stats(f, in); });
}

tandem_site site(std::uint64_t addr, unsigned kind, std::uint64_t count) {
    tandem_site s{};
    s.addr = addr;
    s.kind = static_cast<std::uint16_t>(kind);
    s.count = count;
    return s;
}

TEST(Stats, TopSitesByCount) {
    std::vector<tandem_site> sites;
    for (unsigned i = 0; i < 15; i++) sites.push_back(site(0x1000 + i, TANDEM_SITE_CLI, i % 5 == 0 ? 0 : i));
    auto top = top_sites(sites.data(), sites.data() + sites.size(), 10);
    ASSERT_EQ(top.size(), 10u);
    EXPECT_EQ(top[0]->count, 14u);
    EXPECT_EQ(top[9]->count, 3u);
    for (std::size_t i = 1; i < top.size(); i++) EXPECT_GE(top[i - 1]->count, top[i]->count);
    EXPECT_TRUE(top_sites(nullptr, nullptr, 10).empty());
    auto few = top_sites(sites.data(), sites.data() + 3, 10);
    EXPECT_EQ(few.size(), 2u); // zero counts are left out
}

TEST(Stats, ExceptionLabels) {
    EXPECT_EQ(exception_label(6), "#UD (vector 6):");
    EXPECT_EQ(exception_label(0), "#DE (vector 0):");
    EXPECT_EQ(exception_label(15), "vector 15:");
}

TEST(Stats, KindNames) {
    EXPECT_EQ(site_kind_name(TANDEM_SITE_CLI), "cli");
    EXPECT_EQ(site_kind_name(TANDEM_SITE_MOV_TO_CR), "mov to cr");
    EXPECT_EQ(site_kind_name(TANDEM_SITE_WRGSBASE), "wrgsbase");
    EXPECT_EQ(site_kind_name(999), "kind 999");
}

TEST(Stats, ReportNamesEveryCounterAndSymbolisesSites) {
    tandem_stats st{};
    st.events[TANDEM_STAT_SYSCALL] = 42;
    st.sites[TANDEM_SITE_STI] = 7;
    st.exceptions[14] = 9;
    std::vector<tandem_site> sites = {site(0x100000200010, TANDEM_SITE_STI, 7), site(0x100000200020, TANDEM_SITE_HLT, 3)};
    SymbolTable syms;
    syms.add(0x100000200000, 0x100, "kmain", true);
    syms.finish();
    ExitCounters exits;
    exits.by_reason[TANDEM_EXIT_IO] = 5;
    IoBus bus;
    bus.access(0x500, 4, false, 0);
    StatsInput in;
    in.mode = "user-only";
    in.vmlib = &st;
    in.sites_begin = sites.data();
    in.sites_end = sites.data() + sites.size();
    in.exits = &exits;
    in.bus = &bus;
    in.symbols = &syms;
    std::string out = render(in);
    EXPECT_NE(out.find("guest system calls"), std::string::npos);
    EXPECT_NE(out.find("timer programmed"), std::string::npos); // zero counters too
    EXPECT_NE(out.find("#PF (vector 14):"), std::string::npos);
    EXPECT_NE(out.find("port i/o"), std::string::npos);
    EXPECT_NE(out.find("port 0x500"), std::string::npos);
    EXPECT_NE(out.find("kmain+0x10"), std::string::npos);
    EXPECT_NE(out.find("kmain+0x20"), std::string::npos);
    EXPECT_LT(out.find("kmain+0x10"), out.find("kmain+0x20")); // busiest first
    EXPECT_EQ(out.find("file service"), std::string::npos); // no counters given
}

TEST(Stats, GuestMemoryInKiBOnlyWhenGiven) {
    StatsInput in;
    EXPECT_EQ(render(in).find("guest memory"), std::string::npos);
    in.guest_memory_bytes = 1ull << 30;
    in.host_memory_bytes = 3ull << 20;
    std::string out = render(in);
    EXPECT_NE(out.find("vmproc: guest memory\n"), std::string::npos) << out;
    EXPECT_NE(out.find("1048576\n"), std::string::npos) << out;
    EXPECT_NE(out.find("of it allocated by the host at the end (KiB)"), std::string::npos) << out;
    EXPECT_NE(out.find(" 3072\n"), std::string::npos) << out;
}

TEST(Stats, FileServiceLinesOnlyForOpsThatRan) {
    FsCounters fs;
    fs.requests[TANDEM_FS_LOOKUP] = 1234;
    fs.errors[TANDEM_FS_LOOKUP] = 56;
    fs.requests[TANDEM_FS_READ] = 3;
    StatsInput in;
    in.fs = &fs;
    std::string out = render(in);
    EXPECT_NE(out.find("file service: lookup 1234 (56 errors)\n"), std::string::npos) << out;
    EXPECT_NE(out.find("file service: read 3 (0 errors)\n"), std::string::npos) << out;
    EXPECT_EQ(out.find("file service: write"), std::string::npos) << out;
    EXPECT_EQ(out.find("corrupt queue"), std::string::npos) << out;
}

} // namespace

namespace {

TEST(Symbols, DescribeDemanglesAndPrefersFunctions) {
    SymbolTable t;
    t.add(0x1000, 0x10, "label_at_start", false);
    t.add(0x1000, 0x10, "_Z10checks_fpuv", true);
    t.add(0x2000, 0, "plain_c", true);
    t.finish();
    EXPECT_EQ(t.describe(0x1004), "checks_fpu()+0x4");
    EXPECT_EQ(t.describe(0x2000), "plain_c+0x0");
    EXPECT_EQ(t.describe(0x10), "0x10");
}

} // namespace
