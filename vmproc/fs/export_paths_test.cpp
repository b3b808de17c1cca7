// Export path rules: guest path normalization, the host cwd's guest path
// (longest export wins), and mount order.
#include "export_paths.h"

#include <gtest/gtest.h>

#include "fs_exports.h"

using namespace tandem;

namespace {

TEST(ExportPaths, NormalizeGuestPath) {
    EXPECT_EQ(normalize_guest_path("/"), "/");
    EXPECT_EQ(normalize_guest_path("//a//b/./c/"), "/a/b/c");
    EXPECT_EQ(normalize_guest_path("/a/."), "/a");
    EXPECT_FALSE(normalize_guest_path("a/b"));
    EXPECT_FALSE(normalize_guest_path(""));
    EXPECT_FALSE(normalize_guest_path("/a/../b"));
    EXPECT_FALSE(normalize_guest_path(std::string("/a\0b", 4)));
}

TEST(ExportPaths, GuestPathOfTheLongestExport) {
    std::vector<ExportSpec> ex = {{"/", "/", true}, {"/work", "/w", false}, {"/work/deep", "/d", false}};
    EXPECT_EQ(guest_path_of("/usr/bin", ex), "/usr/bin");
    EXPECT_EQ(guest_path_of("/work", ex), "/w");
    EXPECT_EQ(guest_path_of("/work/x/y", ex), "/w/x/y");
    EXPECT_EQ(guest_path_of("/work/deep/z", ex), "/d/z");
    EXPECT_EQ(guest_path_of("/workshop", ex), "/workshop"); // a component boundary, not a prefix
    std::vector<ExportSpec> only_bind = {{"/srv/root", "/", true}, {"/home/u", "/home/u", false}};
    EXPECT_EQ(guest_path_of("/home/u/src", only_bind), "/home/u/src");
    EXPECT_FALSE(guest_path_of("/etc", only_bind));
    EXPECT_EQ(guest_path_of("/srv/root", only_bind), "/");
}

TEST(ExportPaths, MountOrderPutsParentsFirst) {
    ExportSpec root{"/", "/", true};
    std::vector<ExportSpec> binds = {{"/a", "/x/y/z", false}, {"/b", "/x", false}, {"/c", "/q/r", false}};
    auto v = mount_order(root, binds);
    ASSERT_EQ(v.size(), 4u);
    EXPECT_EQ(v[0].guest, "/");
    EXPECT_EQ(v[1].guest, "/x");
    EXPECT_EQ(v[2].guest, "/q/r");
    EXPECT_EQ(v[3].guest, "/x/y/z");
    EXPECT_EQ(path_depth("/"), 0u);
    EXPECT_EQ(path_depth("/a/b"), 2u);
}

} // namespace
