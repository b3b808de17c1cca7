// Command-line parsing: sizes, bad values, --opt=value, "--" handling.
#include "options.h"

#include <gtest/gtest.h>

#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

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
    EXPECT_FALSE(o.verbose);
    EXPECT_TRUE(o.program.empty());
}

TEST(ParseOptions, Verbose) {
    auto r = parse({"run", "--verbose"});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value().run.verbose);
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
        {{"run", "--verbose=1"}, "takes no value", true},
        {{"run", "--mode", "fast"}, "'fast' is not one of", true},
        {{"run", "/bin/ls"}, "unexpected argument '/bin/ls'", true},
        {{"run", "--memory=abc"}, "'abc' is not a size", false},
        {{"run", "--cmdline", std::string(1024, 'x')}, "too long", false},
        {{"run", "--profile="}, "'--profile' needs a file name", true},
    };
    for (const auto& c : cases) {
        auto r = parse(c.args);
        ASSERT_FALSE(r.ok()) << c.needle;
        EXPECT_EQ(r.error().exit_code, kExitUsage) << c.needle;
        EXPECT_NE(r.error().message.find(c.needle), std::string::npos) << r.error().message;
        EXPECT_EQ(!r.error().hint.empty(), c.hint) << c.needle;
        if (c.hint) {
            EXPECT_EQ(r.error().hint, kRunHelpHint);
        }
    }
    EXPECT_TRUE(parse({"run", "--cmdline", std::string(1023, 'x')}).ok());
}

// --profile takes a file and works in either mode: it leaves the mode as
// asked (auto picks composite mode where the module is loaded).
TEST(ParseOptions, ProfileKeepsTheMode) {
    auto r = parse({"run", "--profile", "out.folded", "--", "/bin/true"});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().run.profile, "out.folded");
    EXPECT_EQ(r.value().run.mode, Mode::Auto);
    auto c = parse({"run", "--profile", "p", "--mode", "composite", "--", "/bin/true"});
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c.value().run.mode, Mode::Composite);
    EXPECT_TRUE(parse({"run"}).value().run.profile.empty());
}

TEST(FormatSize, UsesTheLargestExactUnit) {
    EXPECT_EQ(format_size(16ull << 20), "16M");
    EXPECT_EQ(format_size(64ull << 30), "64G");
    EXPECT_EQ(format_size(3 << 10), "3K");
    EXPECT_EQ(format_size(1000), "1000 bytes");
}

} // namespace

namespace {

TEST(ParseOptions, ExportDefaults) {
    auto r = parse({"run"});
    ASSERT_TRUE(r.ok());
    const RunOptions& o = r.value().run;
    EXPECT_EQ(o.root.host, "/");
    EXPECT_EQ(o.root.guest, "/");
    EXPECT_TRUE(o.root.read_only);
    EXPECT_TRUE(o.binds.empty());
    char cwd[4096];
    ASSERT_NE(getcwd(cwd, sizeof cwd), nullptr);
    char real[4096];
    ASSERT_NE(realpath(cwd, real), nullptr);
    EXPECT_EQ(o.workdir, real); // the host's / is the guest's /
}

TEST(ParseOptions, RootBindAndWorkdir) {
    auto r = parse({"run", "--root", "/usr:rw", "--bind", "/tmp:/scratch", "--bind=/etc:/host/etc:ro",
                    "--workdir", "//scratch/./x/"});
    ASSERT_TRUE(r.ok()) << r.error().message;
    const RunOptions& o = r.value().run;
    EXPECT_EQ(o.root.host, "/usr");
    EXPECT_FALSE(o.root.read_only);
    ASSERT_EQ(o.binds.size(), 2u);
    EXPECT_EQ(o.binds[0].host, "/tmp");
    EXPECT_EQ(o.binds[0].guest, "/scratch");
    EXPECT_FALSE(o.binds[0].read_only);
    EXPECT_EQ(o.binds[1].host, "/etc");
    EXPECT_EQ(o.binds[1].guest, "/host/etc");
    EXPECT_TRUE(o.binds[1].read_only);
    EXPECT_EQ(o.workdir, "/scratch/x");
    EXPECT_TRUE(parse({"run", "--root", "/usr"}).value().run.root.read_only);
    EXPECT_TRUE(parse({"run", "--bind", "/tmp:/t:rw"}).ok());
}

TEST(ParseOptions, WorkdirDefaultsToTheCwdsGuestPath) {
    char old[4096];
    ASSERT_NE(getcwd(old, sizeof old), nullptr);
    ASSERT_EQ(chdir("/usr/bin"), 0);
    auto r = parse({"run", "--root", "/etc", "--bind", "/usr:/u", "--bind", "/usr/bin:/b"});
    auto outside = parse({"run", "--root", "/etc"});
    ASSERT_EQ(chdir(old), 0);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value().run.workdir, "/b"); // the longest export wins
    EXPECT_EQ(outside.value().run.workdir, "/");
}

TEST(ParseOptions, Environment) {
    setenv("TERM", "xterm-test", 1);
    auto r = parse({"run", "--env", "HOME=/root", "--env=FOO=a=b", "--env", "EMPTY="});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value().run.env, (std::vector<std::string>{"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/root",
                                                            "TERM=xterm-test", "LANG=C", "FOO=a=b", "EMPTY="}));
    unsetenv("TERM");
    EXPECT_EQ(default_environment("", {})[2], "TERM=dumb");
}

TEST(ParseOptions, ExportUsageErrors) {
    struct Case {
        std::vector<std::string> args;
        const char* message;
    } cases[] = {
        {{"run", "--bind", "/nonexistent:/x"}, "--bind: /nonexistent: No such file or directory"},
        {{"run", "--bind", "/etc/passwd:/x"}, "--bind: /etc/passwd: not a directory"},
        {{"run", "--bind", "/tmp"}, "--bind: '/tmp' is not HOST:GUEST[:ro|:rw]"},
        {{"run", "--bind", "/tmp:x"}, "--bind: guest path 'x' is not an absolute path without '..'"},
        {{"run", "--bind", "/tmp:/a/../b"}, "--bind: guest path '/a/../b' is not an absolute path"},
        {{"run", "--bind", "/tmp:/"}, "--bind: guest path '/' is the root; use --root DIR"},
        {{"run", "--bind", ":/x"}, "--bind: the host directory is empty"},
        {{"run", "--bind", "/tmp:/x", "--bind", "/usr:/x/"}, "--bind: guest path '/x' is bound twice"},
        {{"run", "--root", "/nonexistent"}, "--root: /nonexistent: No such file or directory"},
        {{"run", "--workdir", "relative"}, "--workdir: 'relative' is not an absolute guest path"},
        {{"run", "--env", "NOEQUALS"}, "--env: 'NOEQUALS' is not NAME=VALUE"},
        {{"run", "--env", "=x"}, "--env: '=x' is not NAME=VALUE"},
        {{"run", "--bind"}, "'--bind' needs a value"},
    };
    for (const auto& c : cases) {
        auto r = parse(c.args);
        ASSERT_FALSE(r.ok()) << c.message;
        EXPECT_EQ(r.error().exit_code, kExitUsage) << c.message;
        EXPECT_NE(r.error().message.find(c.message), std::string::npos) << r.error().message;
    }
    std::vector<std::string> many = {"run"};
    for (int i = 0; i < 16; i++) many.push_back("--bind=/tmp:/m" + std::to_string(i));
    auto r = parse(many);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("too many exports"), std::string::npos);
}

// The supervisor's run options: --watchdog S (1-3600), --core-dir DIR, --no-core.
TEST(ParseOptions, SupervisorOptions) {
    auto r = parse({"run", "--watchdog", "2", "--core-dir=/tmp/cores", "--no-core"});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value().run.watchdog_s, 2u);
    EXPECT_EQ(r.value().run.core_dir, "/tmp/cores");
    EXPECT_FALSE(r.value().run.core);
    auto d = parse({"run"});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.value().run.watchdog_s, 0u);
    EXPECT_TRUE(d.value().run.core);
    for (const char* bad : {"0", "3601", "2s", "", "-1", "99999"}) {
        auto b = parse({"run", std::string("--watchdog=") + bad});
        ASSERT_FALSE(b.ok()) << bad;
        EXPECT_EQ(b.error().exit_code, kExitUsage);
    }
    EXPECT_FALSE(parse({"run", "--no-core=yes"}).ok());
    EXPECT_FALSE(parse({"run", "--core-dir="}).ok());
}

} // namespace
