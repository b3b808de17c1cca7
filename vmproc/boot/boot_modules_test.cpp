// Boot modules for a program: argv, envp and cwd as NUL-separated strings.
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

TEST(BootModules, ArgvModuleOnly) {
    auto r = program_modules({"/bin/echo", "-n", "x"});
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].name, TANDEM_MODULE_ARGV);
    EXPECT_EQ(std::string(r[0].bytes.begin(), r[0].bytes.end()), std::string("/bin/echo\0-n\0x\0", 15));
}

TEST(BootModules, NoProgramNoModules) { EXPECT_TRUE(program_modules({}).empty()); }

TEST(BootModules, EnvironmentAndWorkingDirectory) {
    auto mods = process_modules({"PATH=/bin", "HOME=/"}, "/home/u");
    ASSERT_EQ(mods.size(), 2u);
    EXPECT_EQ(mods[0].name, TANDEM_MODULE_ENVP);
    EXPECT_EQ(std::string(mods[0].bytes.begin(), mods[0].bytes.end()), std::string("PATH=/bin\0HOME=/\0", 17));
    EXPECT_EQ(mods[1].name, TANDEM_MODULE_CWD);
    EXPECT_EQ(std::string(mods[1].bytes.begin(), mods[1].bytes.end()), std::string("/home/u\0", 8));
}

} // namespace
