// The node and handle tables: one id per inode and export, reference
// counts, the cap, ids never reused.
#include "fs_nodes.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

using namespace tandem;

namespace {

int path_fd(const char* p) { return ::open(p, O_PATH | O_CLOEXEC); }

TEST(FsNodes, SameInodeSameIdAndCounts) {
    FsNodes t;
    std::int64_t a = t.add_node(path_fd("/tmp"), 0, false);
    std::int64_t b = t.add_node(path_fd("/tmp/"), 0, false);
    std::int64_t c = t.add_node(path_fd("/tmp"), 1, true); // another export: another node
    ASSERT_GT(a, 0);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    EXPECT_EQ(t.node_count(), 2u);
    EXPECT_EQ(t.node(static_cast<std::uint64_t>(a))->lookups, 2u);
    EXPECT_TRUE(t.node(static_cast<std::uint64_t>(c))->read_only);
    EXPECT_EQ(t.forget(static_cast<std::uint64_t>(a), 1), 0);
    EXPECT_NE(t.node(static_cast<std::uint64_t>(a)), nullptr);
    EXPECT_EQ(t.forget(static_cast<std::uint64_t>(a), 5), 0); // more than held: gone
    EXPECT_EQ(t.node(static_cast<std::uint64_t>(a)), nullptr);
    EXPECT_EQ(t.forget(static_cast<std::uint64_t>(a), 1), -ESTALE);
    std::int64_t d = t.add_node(path_fd("/tmp"), 0, false);
    EXPECT_GT(d, c); // ids are not reused
    EXPECT_EQ(t.forget(0, 1), -ESTALE);
}

TEST(FsNodes, HandlesAndTheCap) {
    FsNodes t(3);
    ASSERT_GT(t.add_node(path_fd("/"), 0, false), 0);
    std::int64_t h1 = t.add_handle(FsHandle{::open("/dev/null", O_RDONLY | O_CLOEXEC), 0, false, false, false});
    std::int64_t h2 = t.add_handle(FsHandle{::open("/dev/null", O_RDONLY | O_CLOEXEC), 0, false, false, false});
    ASSERT_GT(h1, 0);
    ASSERT_GT(h2, h1);
    EXPECT_EQ(t.add_handle(FsHandle{::open("/dev/null", O_RDONLY | O_CLOEXEC), 0, false, false, false}), -ENFILE);
    EXPECT_EQ(t.add_node(path_fd("/tmp"), 0, false), -ENFILE);
    EXPECT_GT(t.add_node(path_fd("/"), 0, false), 0); // an existing node still gains references
    EXPECT_EQ(t.close_handle(static_cast<std::uint64_t>(h1)), 0);
    EXPECT_EQ(t.close_handle(static_cast<std::uint64_t>(h1)), -EBADF);
    EXPECT_EQ(t.handle(static_cast<std::uint64_t>(h1)), nullptr);
    EXPECT_GT(t.add_node(path_fd("/tmp"), 0, false), 0);
    EXPECT_EQ(t.handle_count(), 1u);
    EXPECT_EQ(t.node_count(), 2u);
}

} // namespace
