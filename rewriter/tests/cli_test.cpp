// The built tandem-rewrite binary: options, exit statuses, output files.
#include "test_util.h"

#include <gtest/gtest.h>

namespace tandem::rw {
namespace {

const std::string kBin = TANDEM_REWRITE_BIN;

TEST(Cli, RewritesAFile) {
    test::TempDir tmp;
    test::write_file(tmp.file("in.s"), "\t.text\nf:\tcli\n\tret\n");
    auto r = test::run({kBin, tmp.file("in.s"), "-o", tmp.file("out.s")});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    std::string out = test::read_file(tmp.file("out.s"));
    EXPECT_NE(out.find("f:\n.Ltandem_site_0:\n\tcall\t__vmlib_site\n"), std::string::npos) << out;
}

TEST(Cli, OutputOptionFirstAndStdout) {
    test::TempDir tmp;
    test::write_file(tmp.file("in.s"), "\thlt\n");
    auto r = test::run({kBin, "-o", "-", tmp.file("in.s")});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("call\t__vmlib_site"), std::string::npos);
}

TEST(Cli, ErrorExitsOneAndWritesNothing) {
    test::TempDir tmp;
    test::write_file(tmp.file("bad.s"), "\tnop\n\tvmcall\n");
    auto r = test::run({kBin, tmp.file("bad.s"), "-o", tmp.file("bad.out.s")});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, tmp.file("bad.s") + ":2: error: unsupported sensitive instruction 'vmcall'\n");
    EXPECT_FALSE(test::file_exists(tmp.file("bad.out.s")));
}

TEST(Cli, ErrorKeepsAnOldOutputUntouched) {
    test::TempDir tmp;
    test::write_file(tmp.file("bad.s"), "\tiret\n");
    test::write_file(tmp.file("out.s"), "old\n");
    auto r = test::run({kBin, tmp.file("bad.s"), "-o", tmp.file("out.s")});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(test::read_file(tmp.file("out.s")), "old\n");
}

TEST(Cli, MissingInput) {
    test::TempDir tmp;
    auto r = test::run({kBin, tmp.file("none.s"), "-o", tmp.file("o.s")});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, tmp.file("none.s") + ": error: cannot read: No such file or directory\n");
}

TEST(Cli, UsageErrorsExitTwo) {
    for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
             {}, {"in.s"}, {"-o", "x.s"}, {"a.s", "b.s", "-o", "c.s"}, {"--bogus"},
             {"in.s", "-o"}, {"--verify"}, {"--help", "x"}, {"in.s", "-o", "a", "-o", "b"}}) {
        args.insert(args.begin(), kBin);
        auto r = test::run(args);
        EXPECT_EQ(r.status, 2) << args.size();
        EXPECT_NE(r.err.find("usage: tandem-rewrite"), std::string::npos);
    }
}

TEST(Cli, HelpAndListKinds) {
    auto h = test::run({kBin, "--help"});
    EXPECT_EQ(h.status, 0);
    EXPECT_NE(h.out.find("usage:"), std::string::npos);
    auto k = test::run({kBin, "--list-kinds"});
    EXPECT_EQ(k.status, 0);
    EXPECT_EQ(k.out.substr(0, 10), "1\tCLI\tcli\n");
    EXPECT_NE(k.out.find("\tWRGSBASE\twrgsbase\n"), std::string::npos);
}

TEST(Cli, VerifyExitStatus) {
    test::TempDir tmp;
    test::write_file(tmp.file("x.s"), "\t.text\n\tsti\n");
    ASSERT_EQ(test::run({"as", "--64", "-o", tmp.file("x.o"), tmp.file("x.s")}).status, 0);
    auto r = test::run({kBin, "--verify", tmp.file("x.o")});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("sensitive instruction 'sti' remains"), std::string::npos) << r.err;
}

} // namespace
} // namespace tandem::rw
