// The node and handle tables: one id per inode and export, reference
// counts, the cap, ids never reused.
#include "fs_nodes.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>
#include "testing/temp_dir.h"

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

// A handle on node `node` of /dev/null (re-opened read-only when closed).
FsHandle null_handle(std::int64_t node) {
    FsHandle h;
    h.fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    h.node = static_cast<std::uint64_t>(node);
    h.flags = O_RDONLY;
    return h;
}

TEST(FsNodes, HandlesAndTheCap) {
    FsNodes t(3);
    std::int64_t root = t.add_node(path_fd("/"), 0, false);
    ASSERT_GT(root, 0);
    std::int64_t h1 = t.add_handle(null_handle(root));
    std::int64_t h2 = t.add_handle(null_handle(root));
    ASSERT_GT(h1, 0);
    ASSERT_GT(h2, h1);
    EXPECT_EQ(t.add_handle(null_handle(root)), -ENFILE);
    EXPECT_EQ(t.add_node(path_fd("/tmp"), 0, false), -ENFILE);
    EXPECT_GT(t.add_node(path_fd("/"), 0, false), 0); // an existing node still gains references
    EXPECT_EQ(t.close_handle(static_cast<std::uint64_t>(h1)), 0);
    EXPECT_EQ(t.close_handle(static_cast<std::uint64_t>(h1)), -EBADF);
    EXPECT_EQ(t.handle(static_cast<std::uint64_t>(h1)), nullptr);
    EXPECT_GT(t.add_node(path_fd("/tmp"), 0, false), 0);
    EXPECT_EQ(t.handle_count(), 1u);
    EXPECT_EQ(t.node_count(), 2u);
    EXPECT_EQ(t.add_handle(null_handle(12345)), -ENFILE); // a handle needs a live node
}

// A scratch tree: DIR/a/b/f and DIR/n0..n99, removed at the end.
struct Tree {
    tandem::test_support::TempDir tmp{"nodes"};
    std::string dir = tmp.path();
    Tree() {
        EXPECT_TRUE(tmp.ok());
        EXPECT_EQ(::mkdirat(AT_FDCWD, (std::string(dir) + "/a").c_str(), 0755), 0);
        EXPECT_EQ(::mkdirat(AT_FDCWD, (std::string(dir) + "/a/b").c_str(), 0755), 0);
        int fd = ::open((std::string(dir) + "/a/b/f").c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
        EXPECT_EQ(::write(fd, "data", 4), 4);
        ::close(fd);
        for (int i = 0; i < 100; i++)
            ::close(::open((std::string(dir) + "/n" + std::to_string(i)).c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644));
    }
    // Looks up n<from>..n<to - 1> beneath the root, trimming after each.
    void fill(FsNodes& t, std::int64_t root, int from, int to) {
        for (int i = from; i < to; i++) {
            EXPECT_GT(lookup(t, root, ("n" + std::to_string(i)).c_str()), 0);
            t.trim();
            EXPECT_LE(t.open_fds(), t.fd_budget());
        }
    }
    // Looks `name` up beneath node `dir_id` as LOOKUP does.
    std::int64_t lookup(FsNodes& t, std::int64_t dir_id, const char* name) {
        FsNode* d = t.node(static_cast<std::uint64_t>(dir_id));
        if (!d) return -ESTALE;
        int fd = openat2_beneath(d->fd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) return fd;
        return t.add_node(fd, 0, false, false, static_cast<std::uint64_t>(dir_id), name);
    }
};

// Past the fd budget, trim() closes the least recently used fds; each node
// and handle is re-opened on its next use, beneath its parent by name.
TEST(FsNodes, FdsStayWithinTheBudgetAndComeBack) {
    Tree tree;
    FsNodes t(65536, 16);
    std::int64_t root = t.add_node(path_fd(tree.dir.c_str()), 0, false);
    std::int64_t a = tree.lookup(t, root, "a");
    std::int64_t b = tree.lookup(t, a, "b");
    std::int64_t f = tree.lookup(t, b, "f");
    ASSERT_GT(f, 0);
    FsHandle h;
    h.fd = ::open((std::string(tree.dir) + "/a/b/f").c_str(), O_RDONLY | O_CLOEXEC);
    h.node = static_cast<std::uint64_t>(f);
    h.flags = O_RDONLY;
    std::int64_t hid = t.add_handle(h);
    ASSERT_GT(hid, 0);
    tree.fill(t, root, 0, 40); // many more nodes than the budget
    // Everything is still usable: re-opened on use, reaching the same inode.
    FsNode* fn = t.node(static_cast<std::uint64_t>(f));
    ASSERT_NE(fn, nullptr);
    char buf[8] = {};
    FsHandle* hp = t.handle(static_cast<std::uint64_t>(hid));
    ASSERT_NE(hp, nullptr);
    EXPECT_EQ(::pread(hp->fd, buf, sizeof buf, 0), 4);
    EXPECT_STREQ(buf, "data");
    EXPECT_GT(t.reopens(), 0u);
    // A host rename of a parent makes the closed node stale, never another file.
    std::string d = tree.dir;
    ASSERT_EQ(::rename((d + "/a/b").c_str(), (d + "/a/c").c_str()), 0);
    ASSERT_EQ(::mkdir((d + "/a/b").c_str(), 0755), 0);
    int fd = ::open((d + "/a/b/f").c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
    ::close(fd);
    tree.fill(t, root, 40, 80); // f and b are closed now
    EXPECT_EQ(t.node(static_cast<std::uint64_t>(f)), nullptr);
}

// A node whose name goes away keeps its fd: nothing else leads to it.
TEST(FsNodes, PinnedNodesKeepTheirFd) {
    Tree tree;
    FsNodes t(65536, 16);
    std::int64_t root = t.add_node(path_fd(tree.dir.c_str()), 0, false);
    std::int64_t a = tree.lookup(t, root, "a");
    std::int64_t b = tree.lookup(t, a, "b");
    std::int64_t f = tree.lookup(t, b, "f");
    EXPECT_EQ(t.child(static_cast<std::uint64_t>(b), "f"), static_cast<std::uint64_t>(f));
    t.pin(static_cast<std::uint64_t>(f));
    ASSERT_EQ(::unlink((std::string(tree.dir) + "/a/b/f").c_str()), 0);
    tree.fill(t, root, 0, 40);
    FsNode* n = t.node(static_cast<std::uint64_t>(f));
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(t.child(static_cast<std::uint64_t>(b), "f"), 0u);
    // A renamed node is re-opened under its new name.
    t.moved(static_cast<std::uint64_t>(b), static_cast<std::uint64_t>(root), "b2");
    ASSERT_EQ(::rename((std::string(tree.dir) + "/a/b").c_str(), (std::string(tree.dir) + "/b2").c_str()), 0);
    tree.fill(t, root, 40, 80);
    EXPECT_NE(t.node(static_cast<std::uint64_t>(b)), nullptr);
}

} // namespace
