// File-service ops through the queue: each op's success path and its exact
// errors, over a temporary host tree.
#include "file_service.h"
#include "testing/printed.h"

#include <gtest/gtest.h>

#include <dirent.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <set>

#include "fs_test_support.h"
#include "run/stats.h"

using namespace tandem;
using namespace tandem::fstest;

namespace {

class FileServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        tree.mkdir("dir");
        tree.write("dir/file", "hello, world");
        tree.mkdir("dir/sub");
        tree.write("top", "0123456789");
        guest = std::make_unique<FakeGuest>(std::vector<ExportSpec>{rw_export(tree.path())});
        root = guest->root();
    }
    // Reads a whole directory through READDIR with a buffer of `len` bytes.
    std::map<std::string, std::uint8_t> list(std::uint64_t dir_node, std::uint32_t len = 4096,
                                            int* calls = nullptr) {
        tandem_fs_reply o = guest->open(dir_node, O_RDONLY | O_DIRECTORY);
        EXPECT_EQ(o.result, 0);
        std::map<std::string, std::uint8_t> names;
        std::uint64_t cookie = 0;
        for (int i = 0; i < 1000; i++) {
            tandem_fs_request r = guest->req(TANDEM_FS_READDIR, o.handle);
            r.offset = cookie;
            r.len = len;
            tandem_fs_reply rep = guest->call(r);
            EXPECT_GE(rep.result, 0);
            if (rep.result <= 0) break;
            if (calls) ++*calls;
            for (std::int64_t pos = 0; pos < rep.result;) {
                tandem_fs_dirent d;
                std::memcpy(&d, guest->mem() + FakeGuest::kBuf + pos, sizeof d);
                EXPECT_EQ(d.reclen % 8, 0u);
                std::string name(reinterpret_cast<char*>(guest->mem() + FakeGuest::kBuf + pos + sizeof d), d.name_len);
                EXPECT_FALSE(names.count(name)) << name;
                names[name] = d.type;
                pos += d.reclen;
            }
            cookie = rep.offset;
        }
        EXPECT_EQ(guest->call(guest->req(TANDEM_FS_CLOSE, o.handle)).result, 0);
        return names;
    }

    TempTree tree;
    std::unique_ptr<FakeGuest> guest;
    std::uint64_t root = 0;
};

TEST_F(FileServiceTest, ExportsListsRootsInMountOrder) {
    TempTree other;
    FakeGuest g({ro_export(tree.path()), rw_export(other.path(), "/mnt/other")});
    auto ex = g.exports();
    ASSERT_EQ(ex.size(), 2u);
    EXPECT_STREQ(ex[0].path, "/");
    EXPECT_EQ(ex[0].flags, TANDEM_FS_EXPORT_RO);
    EXPECT_STREQ(ex[1].path, "/mnt/other");
    EXPECT_EQ(ex[1].flags, 0u);
    EXPECT_NE(ex[0].root, 0u);
    EXPECT_NE(ex[0].root, ex[1].root);
    // Each root's ".." as the host lists it: its host parent's inode.
    struct stat parent;
    ASSERT_EQ(::stat((other.path() + "/..").c_str(), &parent), 0);
    EXPECT_EQ(ex[1].parent_ino, parent.st_ino);
    // Each EXPORTS takes one more reference to the same root nodes.
    auto again = g.exports();
    EXPECT_EQ(again[0].root, ex[0].root);
    EXPECT_EQ(g.service->nodes().node_count(), 2u);
    // Too small a buffer: -ERANGE and no references taken.
    tandem_fs_request r = g.req(TANDEM_FS_EXPORTS, 0);
    r.len = sizeof(tandem_fs_export);
    EXPECT_EQ(g.call(r).result, -ERANGE);
}

TEST_F(FileServiceTest, GetattrAndLookup) {
    tandem_fs_reply a = guest->call(guest->req(TANDEM_FS_GETATTR, root));
    ASSERT_EQ(a.result, 0);
    EXPECT_TRUE(S_ISDIR(a.attr.mode));
    struct stat st;
    ASSERT_EQ(::stat(tree.at("top").c_str(), &st), 0);
    tandem_fs_reply l = guest->lookup(root, "top");
    ASSERT_EQ(l.result, 0);
    EXPECT_NE(l.node, 0u);
    EXPECT_EQ(l.attr.ino, st.st_ino);
    EXPECT_EQ(l.attr.size, 10u);
    EXPECT_TRUE(S_ISREG(l.attr.mode));
    EXPECT_EQ(l.attr.uid, st.st_uid);
    EXPECT_EQ(l.attr.gid, st.st_gid);
    EXPECT_EQ(l.attr.nlink, 1u);
    EXPECT_EQ(l.attr.mtime_sec, st.st_mtim.tv_sec);
    EXPECT_EQ(l.attr.mtime_nsec, static_cast<std::uint32_t>(st.st_mtim.tv_nsec));
    // The same inode: the same id, one more reference.
    EXPECT_EQ(guest->lookup(root, "top").node, l.node);
    EXPECT_EQ(guest->lookup(root, "missing").result, -ENOENT);
    EXPECT_EQ(guest->lookup(l.node, "x").result, -ENOTDIR);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_GETATTR, 9999)).result, -ESTALE);
    EXPECT_EQ(guest->lookup(9999, "top").result, -ESTALE);
    std::uint64_t dir = guest->node(root, "dir");
    EXPECT_NE(guest->node(dir, "file"), 0u);
}

TEST_F(FileServiceTest, ForgetDropsReferences) {
    std::uint64_t n = guest->node(root, "top");
    guest->node(root, "top"); // 2 references
    std::size_t before = guest->service->nodes().node_count();
    tandem_fs_request f = guest->req(TANDEM_FS_FORGET, n);
    f.offset = 1;
    EXPECT_EQ(guest->call(f).result, 0);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_GETATTR, n)).result, 0);
    EXPECT_EQ(guest->call(f).result, 0);
    EXPECT_EQ(guest->service->nodes().node_count(), before - 1);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_GETATTR, n)).result, -ESTALE);
    EXPECT_EQ(guest->call(f).result, -ESTALE);
    // A new lookup gives a new id: old ids are never reused.
    EXPECT_NE(guest->node(root, "top"), n);
}

TEST_F(FileServiceTest, OpenReadClose) {
    std::uint64_t n = guest->node(root, "top");
    tandem_fs_reply o = guest->open(n, O_RDONLY);
    ASSERT_EQ(o.result, 0);
    ASSERT_NE(o.handle, 0u);
    EXPECT_EQ(guest->read(o.handle, 0, 4), "0123");
    EXPECT_EQ(guest->read(o.handle, 8, 100), "89");
    std::int64_t res = -1;
    EXPECT_EQ(guest->read(o.handle, 10, 100, &res), "");
    EXPECT_EQ(res, 0); // end of file
    guest->read(o.handle, ~0ull, 1, &res);
    EXPECT_EQ(res, -EINVAL);
    // Writing through a read-only handle.
    EXPECT_EQ(guest->write(o.handle, 0, "x").result, -EBADF);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_CLOSE, o.handle)).result, 0);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_CLOSE, o.handle)).result, -EBADF);
    guest->read(o.handle, 0, 1, &res);
    EXPECT_EQ(res, -EBADF);
    EXPECT_EQ(guest->open(9999, O_RDONLY).result, -ESTALE);
    EXPECT_EQ(guest->open(n, O_ACCMODE).result, -EINVAL);
    EXPECT_EQ(guest->open(n, O_RDONLY | O_DIRECTORY).result, -ENOTDIR);
    std::uint64_t d = guest->node(root, "dir");
    EXPECT_EQ(guest->open(d, O_RDWR).result, -EISDIR);
    EXPECT_EQ(guest->open(d, O_RDONLY | O_TRUNC).result, -EISDIR);
    tandem_fs_reply od = guest->open(d, O_RDONLY);
    ASSERT_EQ(od.result, 0);
    guest->read(od.handle, 0, 10, &res);
    EXPECT_EQ(res, -EISDIR);
}

// A read whose buffer is the queue's own header: the data lands there (the
// guest asked for it), and the service publishes its own fields again.
TEST_F(FileServiceTest, ReadOverTheQueueHeaderKeepsTheServiceFields) {
    std::uint64_t n = guest->node(root, "top");
    tandem_fs_reply o = guest->open(n, O_RDONLY);
    ASSERT_EQ(o.result, 0);
    tandem_fs_request r = guest->req(TANDEM_FS_READ, o.handle);
    r.offset = 0;
    r.len = sizeof(tandem_fs_queue);
    r.buf = FakeGuest::kQueue;
    tandem_fs_queue* q = guest->queue();
    tandem_fs_slot& s = guest->slots()[q->submitted % FakeGuest::kSlots];
    s.req = r;
    const std::uint32_t expected = q->submitted + 1;
    q->submitted = expected;
    EXPECT_TRUE(guest->service->out(TANDEM_FS_KICK, 4, 0));
    EXPECT_EQ(q->slot_count, FakeGuest::kSlots);
    EXPECT_EQ(q->completed, expected);
    q->submitted = expected; // the guest repairs its own word
    EXPECT_EQ(guest->read(o.handle, 0, 4), "0123");
}

TEST_F(FileServiceTest, WriteTruncateAppendFsync) {
    std::uint64_t n = guest->node(root, "top");
    tandem_fs_reply o = guest->open(n, O_RDWR);
    ASSERT_EQ(o.result, 0);
    EXPECT_EQ(guest->write(o.handle, 2, "ab").result, 2);
    EXPECT_EQ(tree.read("top"), "01ab456789");
    EXPECT_EQ(guest->write(o.handle, 12, "Z").result, 1); // a hole
    EXPECT_EQ(tree.read("top"), std::string("01ab456789\0\0Z", 13));
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_FSYNC, o.handle)).result, 0);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_FSYNC, 9999)).result, -EBADF);
    tandem_fs_reply t = guest->open(n, O_WRONLY | O_TRUNC);
    ASSERT_EQ(t.result, 0);
    EXPECT_EQ(tree.read("top"), "");
    tandem_fs_reply a = guest->open(n, O_WRONLY | O_APPEND);
    ASSERT_EQ(a.result, 0);
    EXPECT_EQ(guest->write(a.handle, 0, "abc").result, 3);
    tandem_fs_reply w = guest->write(a.handle, 0, "de");
    EXPECT_EQ(w.result, 2);
    EXPECT_EQ(w.offset, 5u); // the new end
    EXPECT_EQ(tree.read("top"), "abcde");
    EXPECT_EQ(guest->write(9999, 0, "x").result, -EBADF);
    tandem_fs_reply d = guest->open(guest->node(root, "dir"), O_RDONLY);
    EXPECT_EQ(guest->write(d.handle, 0, "x").result, -EISDIR);
}

TEST_F(FileServiceTest, ReaddirListsEverythingOnceWithStableCookies) {
    for (int i = 0; i < 200; i++) tree.write("dir/entry-with-a-longish-name-" + std::to_string(i), "");
    std::uint64_t d = guest->node(root, "dir");
    int calls = 0;
    auto names = list(d, 4096, &calls);
    EXPECT_EQ(names.size(), 202u); // file, sub, 200 entries; no "." or ".."
    EXPECT_FALSE(names.count("."));
    EXPECT_FALSE(names.count(".."));
    EXPECT_EQ(names["file"], DT_REG);
    EXPECT_EQ(names["sub"], DT_DIR);
    EXPECT_GT(calls, 1); // 4096 bytes cannot hold them all
    // A tiny buffer: one record per call, the same set.
    int small_calls = 0;
    auto again = list(d, 64, &small_calls);
    EXPECT_EQ(again, names);
    EXPECT_EQ(small_calls, 202);
    // Too small for any record.
    tandem_fs_reply o = guest->open(d, O_RDONLY);
    tandem_fs_request r = guest->req(TANDEM_FS_READDIR, o.handle);
    r.len = 8;
    EXPECT_EQ(guest->call(r).result, -EINVAL);
    r.node = guest->open(guest->node(root, "top"), O_RDONLY).handle;
    r.len = 4096;
    EXPECT_EQ(guest->call(r).result, -ENOTDIR);
    r.node = 9999;
    EXPECT_EQ(guest->call(r).result, -EBADF);
    // An empty directory ends at once.
    EXPECT_TRUE(list(guest->node(d, "sub")).empty());
}

TEST_F(FileServiceTest, CreateMkdirExactModes) {
    tandem_fs_reply c = guest->create(root, "new", O_RDWR | O_EXCL, 0640);
    ASSERT_EQ(c.result, 0);
    EXPECT_NE(c.node, 0u);
    EXPECT_NE(c.handle, 0u);
    EXPECT_TRUE(S_ISREG(c.attr.mode));
    EXPECT_EQ(c.attr.mode & 07777, 0640u);
    EXPECT_EQ(guest->write(c.handle, 0, "data").result, 4);
    EXPECT_EQ(tree.read("new"), "data");
    EXPECT_EQ(guest->lookup(root, "new").node, c.node);
    EXPECT_EQ(guest->create(root, "new", O_RDWR | O_EXCL).result, -EEXIST);
    // Without O_EXCL an existing file opens (and O_TRUNC truncates it).
    tandem_fs_reply again = guest->create(root, "new", O_RDONLY);
    ASSERT_EQ(again.result, 0);
    EXPECT_EQ(again.node, c.node);
    EXPECT_EQ(guest->read(again.handle, 0, 10), "data");
    EXPECT_EQ(guest->create(root, "new", O_WRONLY | O_TRUNC).result, 0);
    EXPECT_EQ(tree.read("new"), "");
    EXPECT_EQ(guest->create(root, "dir", O_RDWR).result, -EISDIR);
    tandem_fs_reply ap = guest->create(root, "log", O_WRONLY | O_APPEND);
    ASSERT_EQ(ap.result, 0);
    EXPECT_EQ(guest->write(ap.handle, 0, "a").result, 1);
    EXPECT_EQ(guest->write(ap.handle, 0, "b").offset, 2u);
    EXPECT_EQ(tree.read("log"), "ab");
    EXPECT_EQ(guest->create(root, "x", O_ACCMODE).result, -EINVAL);
    EXPECT_EQ(guest->create(guest->node(root, "top"), "x", O_RDWR).result, -ENOTDIR);
    EXPECT_EQ(guest->create(9999, "x", O_RDWR).result, -ESTALE);
    // Modes are exact, whatever the host umask.
    mode_t old = ::umask(077);
    tandem_fs_request m = guest->req(TANDEM_FS_MKDIR, root, "newdir");
    m.mode = 0775;
    tandem_fs_reply md = guest->call(m);
    tandem_fs_reply c2 = guest->create(root, "wide", O_RDWR, 0666);
    ::umask(old);
    ASSERT_EQ(md.result, 0);
    EXPECT_TRUE(S_ISDIR(md.attr.mode));
    EXPECT_EQ(md.attr.mode & 07777, 0775u);
    EXPECT_EQ(c2.attr.mode & 07777, 0666u);
    struct stat st;
    ASSERT_EQ(::stat(tree.at("newdir").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0775u);
    m = guest->req(TANDEM_FS_MKDIR, root, "newdir");
    EXPECT_EQ(guest->call(m).result, -EEXIST);
}

// MKNOD makes FIFOs and sockets' names with exact modes, never device nodes
// or set-user-ID bits; opening the FIFO stays refused (the guest carries its data).
TEST_F(FileServiceTest, MknodMakesFifosAndSocketsOnly) {
    tandem_fs_request m = guest->req(TANDEM_FS_MKNOD, root, "pipe");
    m.mode = S_IFIFO | 04640;
    tandem_fs_reply f = guest->call(m);
    ASSERT_EQ(f.result, 0);
    EXPECT_TRUE(S_ISFIFO(f.attr.mode));
    EXPECT_EQ(f.attr.mode & 07777, 0640u);
    struct stat st;
    ASSERT_EQ(::lstat(tree.at("pipe").c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
    EXPECT_EQ(guest->open(f.node, O_RDONLY).result, -EACCES);
    m = guest->req(TANDEM_FS_MKNOD, root, "sock");
    m.mode = S_IFSOCK | 0755;
    EXPECT_EQ(guest->call(m).result, 0);
    ASSERT_EQ(::lstat(tree.at("sock").c_str(), &st), 0);
    EXPECT_TRUE(S_ISSOCK(st.st_mode));
    for (std::uint32_t mode : {std::uint32_t(S_IFCHR | 0666), std::uint32_t(S_IFBLK | 0666),
                               std::uint32_t(S_IFREG | 0644), std::uint32_t(S_IFDIR | 0755)}) {
        m = guest->req(TANDEM_FS_MKNOD, root, "dev");
        m.mode = mode;
        EXPECT_EQ(guest->call(m).result, -EPERM) << std::oct << mode;
    }
    EXPECT_FALSE(tree.exists("dev"));
    m = guest->req(TANDEM_FS_MKNOD, root, "pipe");
    m.mode = S_IFIFO | 0600;
    EXPECT_EQ(guest->call(m).result, -EEXIST);
    m.mode = S_IFIFO | 0200000; // a stray bit
    EXPECT_EQ(guest->call(m).result, -EINVAL);
}

TEST_F(FileServiceTest, UnlinkRmdir) {
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_UNLINK, root, "top")).result, 0);
    EXPECT_FALSE(tree.exists("top"));
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_UNLINK, root, "top")).result, -ENOENT);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_UNLINK, root, "dir")).result, -EISDIR);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_RMDIR, root, "dir")).result, -ENOTEMPTY);
    std::uint64_t d = guest->node(root, "dir");
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_RMDIR, d, "sub")).result, 0);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_RMDIR, d, "file")).result, -ENOTDIR);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_UNLINK, 9999, "x")).result, -ESTALE);
}

TEST_F(FileServiceTest, RenameWithFlags) {
    std::uint64_t d = guest->node(root, "dir");
    std::uint64_t top = guest->node(root, "top");
    tandem_fs_request r = guest->req(TANDEM_FS_RENAME, root, "top", "moved");
    r.node2 = d;
    EXPECT_EQ(guest->call(r).result, 0);
    EXPECT_EQ(tree.read("dir/moved"), "0123456789");
    EXPECT_EQ(guest->lookup(d, "moved").node, top); // the node followed its inode
    // NOREPLACE refuses an existing target; EXCHANGE swaps.
    tandem_fs_request nr = guest->req(TANDEM_FS_RENAME, d, "moved", "file");
    nr.node2 = d;
    nr.flags = RENAME_NOREPLACE;
    EXPECT_EQ(guest->call(nr).result, -EEXIST);
    nr.flags = RENAME_EXCHANGE;
    EXPECT_EQ(guest->call(nr).result, 0);
    EXPECT_EQ(tree.read("dir/moved"), "hello, world");
    EXPECT_EQ(tree.read("dir/file"), "0123456789");
    nr.flags = 0x80;
    EXPECT_EQ(guest->call(nr).result, -EINVAL);
    nr.flags = 0;
    nr.node2 = 9999;
    EXPECT_EQ(guest->call(nr).result, -ESTALE);
    nr.node2 = top;
    EXPECT_EQ(guest->call(nr).result, -ENOTDIR);
}

TEST_F(FileServiceTest, SymlinkReadlink) {
    tandem_fs_reply s = guest->call(guest->req(TANDEM_FS_SYMLINK, root, "link", "dir/file"));
    ASSERT_EQ(s.result, 0);
    EXPECT_TRUE(S_ISLNK(s.attr.mode));
    EXPECT_EQ(s.attr.size, 8u);
    tandem_fs_request rl = guest->req(TANDEM_FS_READLINK, s.node);
    rl.len = 100;
    tandem_fs_reply t = guest->call(rl);
    ASSERT_EQ(t.result, 8);
    EXPECT_EQ(std::string(reinterpret_cast<char*>(guest->mem() + FakeGuest::kBuf), 8), "dir/file");
    rl.len = 3; // truncated like readlink(2)
    EXPECT_EQ(guest->call(rl).result, 3);
    rl.node = guest->node(root, "top");
    EXPECT_EQ(guest->call(rl).result, -EINVAL);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_SYMLINK, root, "link", "x")).result, -EEXIST);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_SYMLINK, root, "empty", "")).result, -ENOENT);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_SYMLINK, root, "long", std::string(4096, 'a'))).result,
              -ENAMETOOLONG);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_SYMLINK, root, "ok", std::string(4095, 'a'))).result, 0);
}

TEST_F(FileServiceTest, Link) {
    std::uint64_t top = guest->node(root, "top");
    std::uint64_t d = guest->node(root, "dir");
    tandem_fs_request l = guest->req(TANDEM_FS_LINK, top, "", "hard");
    l.node2 = d;
    tandem_fs_reply r = guest->call(l);
    ASSERT_EQ(r.result, 0);
    EXPECT_EQ(r.attr.nlink, 2u);
    EXPECT_EQ(tree.read("dir/hard"), "0123456789");
    EXPECT_EQ(guest->lookup(d, "hard").node, top); // same inode, same export: same node
    EXPECT_EQ(guest->call(l).result, -EEXIST);
    l.node = d;
    EXPECT_EQ(guest->call(l).result, -EPERM); // directories cannot be linked
    l.node = top;
    l.node2 = top;
    EXPECT_EQ(guest->call(l).result, -ENOTDIR);
    l.node2 = 9999;
    EXPECT_EQ(guest->call(l).result, -ESTALE);
    // A symlink node links the symlink itself.
    tandem_fs_reply s = guest->call(guest->req(TANDEM_FS_SYMLINK, root, "sl", "/nowhere"));
    tandem_fs_request ls = guest->req(TANDEM_FS_LINK, s.node, "", "sl2");
    ls.node2 = root;
    EXPECT_EQ(guest->call(ls).result, 0);
    struct stat st;
    ASSERT_EQ(::lstat(tree.at("sl2").c_str(), &st), 0);
    EXPECT_TRUE(S_ISLNK(st.st_mode));
}

TEST_F(FileServiceTest, Setattr) {
    std::uint64_t top = guest->node(root, "top");
    tandem_fs_request s = guest->req(TANDEM_FS_SETATTR, top);
    s.valid = TANDEM_FS_SET_MODE | TANDEM_FS_SET_SIZE | TANDEM_FS_SET_ATIME | TANDEM_FS_SET_MTIME;
    s.mode = 0600;
    s.size = 4;
    s.atime_sec = 1000;
    s.atime_nsec = 5;
    s.mtime_sec = 2000;
    s.mtime_nsec = 7;
    tandem_fs_reply r = guest->call(s);
    ASSERT_EQ(r.result, 0);
    EXPECT_EQ(r.attr.mode & 07777, 0600u);
    EXPECT_EQ(r.attr.size, 4u);
    EXPECT_EQ(r.attr.atime_sec, 1000);
    EXPECT_EQ(r.attr.atime_nsec, 5u);
    EXPECT_EQ(r.attr.mtime_sec, 2000);
    EXPECT_EQ(r.attr.mtime_nsec, 7u);
    // Now, and only mtime.
    s.valid = TANDEM_FS_SET_MTIME;
    s.mtime_nsec = TANDEM_FS_TIME_NOW;
    r = guest->call(s);
    ASSERT_EQ(r.result, 0);
    EXPECT_GT(r.attr.mtime_sec, 1700000000);
    EXPECT_EQ(r.attr.atime_sec, 1000);
    s.mtime_nsec = 1000000000;
    EXPECT_EQ(guest->call(s).result, -EINVAL);
    // Size: directories and symlinks.
    s.valid = TANDEM_FS_SET_SIZE;
    s.node = guest->node(root, "dir");
    EXPECT_EQ(guest->call(s).result, -EISDIR);
    tandem_fs_reply sl = guest->call(guest->req(TANDEM_FS_SYMLINK, root, "sl", "top"));
    s.node = sl.node;
    EXPECT_EQ(guest->call(s).result, -EINVAL);
    s.valid = TANDEM_FS_SET_MODE;
    EXPECT_EQ(guest->call(s).result, -EOPNOTSUPP);
    // Times on a symlink change the symlink, not its target.
    s.valid = TANDEM_FS_SET_MTIME;
    s.mtime_sec = 3000;
    s.mtime_nsec = 0;
    r = guest->call(s);
    ASSERT_EQ(r.result, 0);
    EXPECT_EQ(r.attr.mtime_sec, 3000);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_GETATTR, top)).attr.mtime_sec != 3000, true);
    s.node = 9999;
    EXPECT_EQ(guest->call(s).result, -ESTALE);
    // Nothing to set: just the attributes.
    s.node = top;
    s.valid = 0;
    EXPECT_EQ(guest->call(s).result, 0);
    EXPECT_EQ(tree.read("top"), "0123");
}

TEST_F(FileServiceTest, Statfs) {
    tandem_fs_request s = guest->req(TANDEM_FS_STATFS, root);
    s.len = sizeof(tandem_fs_statfs);
    tandem_fs_reply r = guest->call(s);
    ASSERT_EQ(r.result, static_cast<std::int64_t>(sizeof(tandem_fs_statfs)));
    tandem_fs_statfs out;
    std::memcpy(&out, guest->mem() + FakeGuest::kBuf, sizeof out);
    EXPECT_GT(out.bsize, 0u);
    EXPECT_GT(out.namelen, 0u);
    EXPECT_EQ(out.flags & ST_RDONLY, 0u);
    s.len = 8;
    EXPECT_EQ(guest->call(s).result, -EINVAL);
    FakeGuest ro({ro_export(tree.path())});
    tandem_fs_request s2 = ro.req(TANDEM_FS_STATFS, ro.root());
    s2.len = sizeof(tandem_fs_statfs);
    ASSERT_GT(ro.call(s2).result, 0);
    std::memcpy(&out, ro.mem() + FakeGuest::kBuf, sizeof out);
    EXPECT_EQ(out.flags & ST_RDONLY, static_cast<std::uint64_t>(ST_RDONLY));
}

TEST_F(FileServiceTest, UnknownOpsAndStats) {
    tandem_fs_request r = guest->req(0, root);
    EXPECT_EQ(guest->call(r).result, -ENOSYS);
    r.op = TANDEM_FS_OP_COUNT;
    EXPECT_EQ(guest->call(r).result, -ENOSYS);
    r.op = 0xffffffffu;
    EXPECT_EQ(guest->call(r).result, -ENOSYS);
    guest->lookup(root, "top");
    guest->lookup(root, "nope");
    const FsCounters& c = guest->service->counters();
    EXPECT_EQ(c.unknown_ops, 3u);
    EXPECT_EQ(c.requests[TANDEM_FS_LOOKUP], 2u);
    EXPECT_EQ(c.errors[TANDEM_FS_LOOKUP], 1u);
    EXPECT_EQ(c.requests[TANDEM_FS_EXPORTS], 1u);
    std::string s = test_support::printed([&](std::FILE* f) { print_fs_stats(f, c); });
    EXPECT_NE(s.find("file service: lookup 2 (1 errors)\n"), std::string::npos) << s;
    EXPECT_NE(s.find("file service: exports 1 (0 errors)\n"), std::string::npos) << s;
    EXPECT_EQ(s.find("getattr"), std::string::npos) << s; // zero counts are left out
    EXPECT_NE(s.find("unknown op 3"), std::string::npos) << s;
    // Ports other than the kick are not registers.
    EXPECT_FALSE(guest->service->out(4, 4, 0));
    EXPECT_FALSE(guest->service->in(0, 4));
}

} // namespace
