// Boot modules for a program: its bytes, and argv as NUL-separated strings.
#include "boot_modules.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <tandem/platform.h>

using namespace tandem;

namespace {

TEST(BootModules, ArgvBlobIsNulSeparated) {
    auto blob = argv_blob({"/bin/echo", "hello", ""});
    std::string s(blob.begin(), blob.end());
    EXPECT_EQ(s, std::string("/bin/echo\0hello\0\0", 17));
}

TEST(BootModules, ProgramAndArgv) {
    char path[] = "/tmp/tandem-prog-XXXXXX";
    int fd = mkstemp(path);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(write(fd, "\x7f" "ELFdata", 8), 8);
    close(fd);
    auto r = program_modules({path, "-n", "x"}, 1 << 20);
    unlink(path);
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r.value().size(), 2u);
    EXPECT_EQ(r.value()[0].name, path);
    EXPECT_EQ(r.value()[0].bytes.size(), 8u);
    EXPECT_EQ(r.value()[1].name, "argv");
    EXPECT_EQ(std::string(r.value()[1].bytes.begin(), r.value()[1].bytes.end()),
              std::string(path) + '\0' + "-n" + '\0' + "x" + '\0');
}

TEST(BootModules, NoProgramNoModules) {
    auto r = program_modules({}, 1 << 20);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value().empty());
}

TEST(BootModules, MissingOrUnreadableProgramIsOneLine) {
    auto r = program_modules({"/nonexistent/prog"}, 1 << 20);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "/nonexistent/prog: No such file or directory (the program to run)");
    EXPECT_EQ(r.error().exit_code, kExitError);
    auto d = program_modules({"/tmp"}, 1 << 20);
    ASSERT_FALSE(d.ok());
    EXPECT_NE(d.error().message.find("not a regular file"), std::string::npos);
}

TEST(BootModules, EnvironmentAndWorkingDirectory) {
    auto mods = process_modules({"PATH=/bin", "HOME=/"}, "/home/u");
    ASSERT_EQ(mods.size(), 2u);
    EXPECT_EQ(mods[0].name, TANDEM_MODULE_ENVP);
    EXPECT_EQ(std::string(mods[0].bytes.begin(), mods[0].bytes.end()), std::string("PATH=/bin\0HOME=/\0", 17));
    EXPECT_EQ(mods[1].name, TANDEM_MODULE_CWD);
    EXPECT_EQ(std::string(mods[1].bytes.begin(), mods[1].bytes.end()), std::string("/home/u\0", 8));
}

} // namespace
