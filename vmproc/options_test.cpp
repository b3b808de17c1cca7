// Command-line parsing: sizes, bad values, --opt=value, "--" handling.
#include "options.h"

#include <gtest/gtest.h>

using namespace tandem;

namespace {

Result<Options> parse(std::vector<std::string> args) { return parse_options(args); }

TEST(ParseMemorySize, AcceptsSuffixesAndPlainBytes) {
    EXPECT_EQ(parse_memory_size("512M", "--memory").value(), 512ull << 20);
    EXPECT_EQ(parse_memory_size("2G", "--memory").value(), 2ull << 30);
    EXPECT_EQ(parse_memory_size("65536K", "--memory").value(), 64ull << 20);
    EXPECT_EQ(parse_memory_size("16777216", "--memory").value(), 16ull << 20);
    EXPECT_EQ(parse_memory_size("1g", "--memory").value(), 1ull << 30);
    EXPECT_EQ(parse_memory_size("64G", "--memory").value(), 64ull << 30);
    EXPECT_EQ(parse_memory_size("256MiB", "--memory").value(), 256ull << 20);
}

TEST(ParseMemorySize, RejectsGarbageWithTheDocumentedMessage) {
    auto r = parse_memory_size("abc", "--memory");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "--memory: 'abc' is not a size (examples: 512M, 2G)");
    EXPECT_EQ(r.error().exit_code, kExitUsage);
    EXPECT_TRUE(r.error().hint.empty());
    for (const char* bad : {"", "M", "12X", "1.5G", "-1G", "12 M", "1GG", "99999999999999999999",
                            "18014398509481984K"})
        EXPECT_FALSE(parse_memory_size(bad, "--memory").ok()) << bad;
}

TEST(ParseMemorySize, EnforcesLimits) {
    EXPECT_FALSE(parse_memory_size("8M", "--memory").ok());
    EXPECT_TRUE(parse_memory_size("16M", "--memory").ok());
    EXPECT_FALSE(parse_memory_size("65G", "--memory").ok());
    EXPECT_FALSE(parse_memory_size("16777217", "--memory").ok()); // not page aligned
    auto r = parse_memory_size("1T", "--memory");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("at most 64G"), std::string::npos);
}

TEST(ParseOptions, Commands) {
    EXPECT_EQ(parse({"--help"}).value().command, Command::MainHelp);
    EXPECT_EQ(parse({"-h"}).value().command, Command::MainHelp);
    EXPECT_EQ(parse({"help"}).value().command, Command::MainHelp);
    EXPECT_EQ(parse({"help", "run"}).value().command, Command::RunHelp);
    EXPECT_EQ(parse({"version"}).value().command, Command::Version);
    EXPECT_EQ(parse({"run", "--help"}).value().command, Command::RunHelp);
    EXPECT_EQ(parse({"run", "--memory=abc", "--help"}).error().exit_code, kExitUsage);
    auto none = parse({});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().exit_code, kExitUsage);
    auto bad = parse({"frobnicate"});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().hint, kMainHelpHint);
}

TEST(ParseOptions, RunDefaults) {
    auto r = parse({"run"});
    ASSERT_TRUE(r.ok());
    const RunOptions& o = r.value().run;
    EXPECT_EQ(o.kernel, "kernel");
    EXPECT_EQ(o.mode, Mode::Auto);
    EXPECT_EQ(o.memory_size, 512ull << 20);
    EXPECT_EQ(o.cmdline, "");
    EXPECT_FALSE(o.stats);
    EXPECT_TRUE(o.program.empty());
}

TEST(ParseOptions, BothValueForms) {
    auto a = parse({"run", "--kernel", "selftest", "--mode", "user", "--memory", "1G", "--cmdline",
                    "init=/bin/sh quiet", "--stats"});
    auto b = parse({"run", "--kernel=selftest", "--mode=user", "--memory=1G", "--cmdline=init=/bin/sh quiet",
                    "--stats"});
    for (auto* r : {&a, &b}) {
        ASSERT_TRUE(r->ok()) << r->error().message;
        const RunOptions& o = r->value().run;
        EXPECT_EQ(o.kernel, "selftest");
        EXPECT_EQ(o.mode, Mode::User);
        EXPECT_EQ(o.memory_size, 1ull << 30);
        EXPECT_EQ(o.cmdline, "init=/bin/sh quiet");
        EXPECT_TRUE(o.stats);
    }
    // An empty inline value is allowed for --cmdline.
    EXPECT_EQ(parse({"run", "--cmdline="}).value().run.cmdline, "");
}

TEST(ParseOptions, ProgramAfterDoubleDash) {
    auto r = parse({"run", "--memory", "64M", "--", "/bin/sh", "-c", "--stats", "--"});
    ASSERT_TRUE(r.ok());
    const RunOptions& o = r.value().run;
    EXPECT_FALSE(o.stats); // after "--" everything belongs to the program
    EXPECT_EQ(o.program, (std::vector<std::string>{"/bin/sh", "-c", "--stats", "--"}));
    EXPECT_TRUE(parse({"run", "--"}).value().run.program.empty());
}

TEST(ParseOptions, UsageErrors) {
    struct Case {
        std::vector<std::string> args;
        const char* needle;
        bool hint;
    } cases[] = {
        {{"run", "--bogus"}, "unknown option '--bogus'", true},
        {{"run", "--bogus=1"}, "unknown option '--bogus'", true},
        {{"run", "-x"}, "unknown option '-x'", true},
        {{"run", "--kernel"}, "'--kernel' needs a value", true},
        {{"run", "--memory"}, "'--memory' needs a value", true},
        {{"run", "--kernel="}, "'--kernel' needs a value", true},
        {{"run", "--stats=yes"}, "takes no value", true},
        {{"run", "--mode", "fast"}, "'fast' is not one of", true},
        {{"run", "/bin/ls"}, "unexpected argument '/bin/ls'", true},
        {{"run", "--memory=abc"}, "'abc' is not a size", false},
        {{"run", "--cmdline", std::string(1024, 'x')}, "too long", false},
    };
    for (const auto& c : cases) {
        auto r = parse(c.args);
        ASSERT_FALSE(r.ok()) << c.needle;
        EXPECT_EQ(r.error().exit_code, kExitUsage) << c.needle;
        EXPECT_NE(r.error().message.find(c.needle), std::string::npos) << r.error().message;
        EXPECT_EQ(!r.error().hint.empty(), c.hint) << c.needle;
        if (c.hint) EXPECT_EQ(r.error().hint, kRunHelpHint);
    }
    EXPECT_TRUE(parse({"run", "--cmdline", std::string(1023, 'x')}).ok());
}

TEST(FormatSize, UsesTheLargestExactUnit) {
    EXPECT_EQ(format_size(16ull << 20), "16M");
    EXPECT_EQ(format_size(64ull << 30), "64G");
    EXPECT_EQ(format_size(3 << 10), "3K");
    EXPECT_EQ(format_size(1000), "1000 bytes");
}

} // namespace
