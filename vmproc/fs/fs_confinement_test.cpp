// The hostile-guest suite: whatever a guest puts in the queue, the file
// service stays inside its exports, never opens FIFOs or devices, never
// reaches host pseudo file systems, and never crashes or blocks vmproc.
#include "file_service.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <linux/magic.h>

#include <cerrno>

#include "fs_test_support.h"

using namespace tandem;
using namespace tandem::fstest;

namespace {

class Confinement : public ::testing::Test {
protected:
    void SetUp() override {
        outside.write("secret", "host secret");
        outside.mkdir("odir");
        tree.mkdir("dir");
        tree.write("dir/file", "inside");
        tree.write("file", "top");
        guest = std::make_unique<FakeGuest>(std::vector<ExportSpec>{rw_export(tree.path())});
        root = guest->root();
    }
    TempTree outside; // never exported
    TempTree tree;
    std::unique_ptr<FakeGuest> guest;
    std::uint64_t root = 0;
};

TEST_F(Confinement, MalformedNamesAreRefusedBeforeAnyHostCall) {
    const std::string nul("a\0b", 3);
    struct Case {
        std::string name;
        std::int64_t want;
    } cases[] = {
        {"dir/file", -EINVAL}, {"/", -EINVAL}, {"..", -EINVAL}, {".", -EINVAL}, {"", -EINVAL},
        {nul, -EINVAL},        {std::string(256, 'n'), -ENAMETOOLONG}, {"../" + outside.path(), -EINVAL},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(guest->lookup(root, c.name).result, c.want) << c.name;
        EXPECT_EQ(guest->create(root, c.name, O_RDWR).result, c.want) << c.name;
        EXPECT_EQ(guest->call(guest->req(TANDEM_FS_MKDIR, root, c.name)).result, c.want) << c.name;
        EXPECT_EQ(guest->call(guest->req(TANDEM_FS_UNLINK, root, c.name)).result, c.want) << c.name;
        EXPECT_EQ(guest->call(guest->req(TANDEM_FS_RMDIR, root, c.name)).result, c.want) << c.name;
        EXPECT_EQ(guest->call(guest->req(TANDEM_FS_SYMLINK, root, c.name, "t")).result, c.want) << c.name;
        tandem_fs_request rn = guest->req(TANDEM_FS_RENAME, root, "file", c.name);
        rn.node2 = root;
        EXPECT_EQ(guest->call(rn).result, c.want) << c.name;
        tandem_fs_request ln = guest->req(TANDEM_FS_LINK, guest->node(root, "file"), "", c.name);
        ln.node2 = root;
        EXPECT_EQ(guest->call(ln).result, c.want) << c.name;
    }
    EXPECT_EQ(guest->lookup(root, std::string(255, 'n')).result, -ENOENT); // the longest legal name
    EXPECT_EQ(tree.read("file"), "top");
    EXPECT_EQ(tree.read("dir/file"), "inside");
    // Symlink targets may hold '/', but not NUL.
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_SYMLINK, root, "t", nul)).result, -EINVAL);
}

TEST_F(Confinement, SymlinksPointingOutsideAreNodesNeverFollowed) {
    std::string up;
    for (int i = 0; i < 12; i++) up += "../";
    struct Case {
        std::string link, target;
    } cases[] = {
        {"abs", outside.at("secret")},
        {"absdir", outside.path()},
        {"rel", up + outside.at("secret").substr(1)},
        {"dots", "../.."},
        {"proc", "/proc/self/root"},
    };
    for (const auto& c : cases) tree.symlink(c.target, c.link);
    for (const auto& c : cases) {
        tandem_fs_reply l = guest->lookup(root, c.link);
        ASSERT_EQ(l.result, 0) << c.link;
        EXPECT_TRUE(S_ISLNK(l.attr.mode)) << c.link;
        tandem_fs_reply o = guest->open(l.node, O_RDONLY);
        EXPECT_EQ(o.result, -ELOOP) << c.link;
        EXPECT_EQ(guest->open(l.node, O_RDONLY | O_DIRECTORY).result, -ELOOP) << c.link;
        EXPECT_EQ(guest->lookup(l.node, "secret").result, -ENOTDIR) << c.link;
        EXPECT_EQ(guest->create(l.node, "planted", O_RDWR).result, -ENOTDIR) << c.link;
        EXPECT_EQ(guest->call(guest->req(TANDEM_FS_MKDIR, l.node, "planted")).result, -ENOTDIR) << c.link;
        EXPECT_EQ(guest->create(root, c.link, O_RDWR).result, -ELOOP) << c.link; // existing name: not followed
        tandem_fs_request rl = guest->req(TANDEM_FS_READLINK, l.node);
        rl.len = 4096;
        tandem_fs_reply t = guest->call(rl);
        ASSERT_EQ(t.result, static_cast<std::int64_t>(c.target.size())) << c.link;
        EXPECT_EQ(std::string(reinterpret_cast<char*>(guest->mem() + FakeGuest::kBuf), c.target.size()), c.target);
        // SETATTR on the link node changes the link, never what it points to.
        tandem_fs_request sa = guest->req(TANDEM_FS_SETATTR, l.node);
        sa.valid = TANDEM_FS_SET_SIZE;
        EXPECT_EQ(guest->call(sa).result, -EINVAL) << c.link;
    }
    EXPECT_EQ(outside.read("secret"), "host secret");
    EXPECT_FALSE(outside.exists("planted"));
    EXPECT_FALSE(outside.exists("odir/planted"));
}

TEST_F(Confinement, GuestMadeSymlinksAreTextOnly) {
    tandem_fs_reply s = guest->call(guest->req(TANDEM_FS_SYMLINK, root, "esc", outside.at("secret")));
    ASSERT_EQ(s.result, 0);
    EXPECT_EQ(guest->open(s.node, O_RDWR).result, -ELOOP);
    EXPECT_EQ(guest->create(root, "esc", O_WRONLY | O_TRUNC).result, -ELOOP);
    tandem_fs_request sa = guest->req(TANDEM_FS_SETATTR, s.node);
    sa.valid = TANDEM_FS_SET_MTIME;
    sa.mtime_sec = 1;
    EXPECT_EQ(guest->call(sa).result, 0);
    struct stat st;
    ASSERT_EQ(::stat(outside.at("secret").c_str(), &st), 0);
    EXPECT_NE(st.st_mtim.tv_sec, 1);
    EXPECT_EQ(outside.read("secret"), "host secret");
}

TEST_F(Confinement, SwappingADirectoryForASymlinkAfterLookupDoesNotMoveTheNode) {
    std::uint64_t d = guest->node(root, "dir");
    std::uint64_t f = guest->node(root, "file");
    // The host (or a racing process) swaps both for symlinks to the outside.
    ASSERT_EQ(::rename(tree.at("dir").c_str(), tree.at("dir.old").c_str()), 0);
    tree.symlink(outside.path(), "dir");
    ASSERT_EQ(::rename(tree.at("file").c_str(), tree.at("file.old").c_str()), 0);
    tree.symlink(outside.at("secret"), "file");
    // Every op on the old nodes still touches the original inodes.
    tandem_fs_reply c = guest->create(d, "created", O_RDWR | O_EXCL);
    ASSERT_EQ(c.result, 0);
    EXPECT_TRUE(tree.exists("dir.old/created"));
    EXPECT_FALSE(outside.exists("created"));
    EXPECT_EQ(guest->lookup(d, "file").result, 0);
    EXPECT_EQ(guest->lookup(d, "secret").result, -ENOENT);
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_MKDIR, d, "m")).result, 0);
    EXPECT_FALSE(outside.exists("m"));
    tandem_fs_reply o = guest->open(f, O_RDWR);
    ASSERT_EQ(o.result, 0);
    EXPECT_EQ(guest->read(o.handle, 0, 100), "top");
    EXPECT_EQ(guest->write(o.handle, 0, "TOP").result, 3);
    EXPECT_EQ(tree.read("file.old"), "TOP");
    tandem_fs_request sa = guest->req(TANDEM_FS_SETATTR, f);
    sa.valid = TANDEM_FS_SET_SIZE | TANDEM_FS_SET_MODE;
    sa.size = 0;
    sa.mode = 0600;
    EXPECT_EQ(guest->call(sa).result, 0);
    EXPECT_EQ(outside.read("secret"), "host secret");
    EXPECT_EQ(tree.read("file.old"), "");
    EXPECT_EQ(guest->call(guest->req(TANDEM_FS_UNLINK, d, "file")).result, 0);
    EXPECT_FALSE(tree.exists("dir.old/file"));
    // A fresh lookup sees the symlink, as a symlink.
    tandem_fs_reply l = guest->lookup(root, "dir");
    EXPECT_TRUE(S_ISLNK(l.attr.mode));
}

TEST_F(Confinement, CrossExportLinksAndRenamesAreExdev) {
    TempTree other;
    other.mkdir("in");
    FakeGuest g({rw_export(tree.path()), rw_export(other.path(), "/other")});
    auto ex = g.exports();
    std::uint64_t a = ex[0].root, b = ex[1].root;
    std::uint64_t file = g.node(a, "file");
    tandem_fs_request ln = g.req(TANDEM_FS_LINK, file, "", "linked");
    ln.node2 = b;
    EXPECT_EQ(g.call(ln).result, -EXDEV);
    tandem_fs_request rn = g.req(TANDEM_FS_RENAME, a, "file", "moved");
    rn.node2 = g.node(b, "in");
    EXPECT_EQ(g.call(rn).result, -EXDEV);
    rn.flags = RENAME_EXCHANGE;
    EXPECT_EQ(g.call(rn).result, -EXDEV);
    EXPECT_TRUE(tree.exists("file"));
    EXPECT_FALSE(other.exists("linked"));
    EXPECT_FALSE(other.exists("in/moved"));
    // The same host directory exported twice is still two exports.
    FakeGuest twice({rw_export(tree.path()), rw_export(tree.path(), "/again")});
    auto ex2 = twice.exports();
    EXPECT_NE(ex2[0].root, ex2[1].root);
    tandem_fs_request r2 = twice.req(TANDEM_FS_RENAME, ex2[0].root, "file", "x");
    r2.node2 = ex2[1].root;
    EXPECT_EQ(twice.call(r2).result, -EXDEV);
}

TEST_F(Confinement, ReadOnlyExportsRefuseEveryMutation) {
    TempTree rw;
    FakeGuest g({ro_export(tree.path()), rw_export(rw.path(), "/rw")});
    auto ex = g.exports();
    std::uint64_t r = ex[0].root;
    std::uint64_t file = g.node(r, "file");
    std::uint64_t dir = g.node(r, "dir");
    EXPECT_EQ(g.open(file, O_WRONLY).result, -EROFS);
    EXPECT_EQ(g.open(file, O_RDWR).result, -EROFS);
    EXPECT_EQ(g.open(file, O_RDONLY | O_TRUNC).result, -EROFS);
    EXPECT_EQ(g.open(file, O_WRONLY | O_APPEND).result, -EROFS);
    tandem_fs_reply o = g.open(file, O_RDONLY);
    ASSERT_EQ(o.result, 0);
    EXPECT_EQ(g.read(o.handle, 0, 10), "top");
    EXPECT_EQ(g.write(o.handle, 0, "x").result, -EROFS);
    EXPECT_EQ(g.create(r, "new", O_RDWR).result, -EROFS);
    EXPECT_EQ(g.create(r, "file", O_RDONLY).result, -EROFS); // even opening an existing file
    EXPECT_EQ(g.call(g.req(TANDEM_FS_MKDIR, r, "new")).result, -EROFS);
    EXPECT_EQ(g.call(g.req(TANDEM_FS_UNLINK, r, "file")).result, -EROFS);
    EXPECT_EQ(g.call(g.req(TANDEM_FS_RMDIR, dir, "x")).result, -EROFS);
    EXPECT_EQ(g.call(g.req(TANDEM_FS_SYMLINK, r, "l", "t")).result, -EROFS);
    tandem_fs_request rn = g.req(TANDEM_FS_RENAME, r, "file", "moved");
    rn.node2 = r;
    EXPECT_EQ(g.call(rn).result, -EROFS);
    tandem_fs_request ln = g.req(TANDEM_FS_LINK, file, "", "hard");
    ln.node2 = r;
    EXPECT_EQ(g.call(ln).result, -EROFS);
    for (std::uint32_t bit : {TANDEM_FS_SET_MODE, TANDEM_FS_SET_SIZE, TANDEM_FS_SET_ATIME, TANDEM_FS_SET_MTIME}) {
        tandem_fs_request sa = g.req(TANDEM_FS_SETATTR, file);
        sa.valid = bit;
        sa.mode = 0777;
        EXPECT_EQ(g.call(sa).result, -EROFS) << bit;
    }
    EXPECT_EQ(tree.read("file"), "top");
    EXPECT_FALSE(tree.exists("new"));
    // The rw export beside it works.
    EXPECT_EQ(g.create(ex[1].root, "new", O_RDWR).result, 0);
    EXPECT_TRUE(rw.exists("new"));
}

TEST_F(Confinement, FifosAndDeviceNodesNeverOpen) {
    ASSERT_EQ(::mkfifo(tree.at("fifo").c_str(), 0666), 0);
    bool have_dev = ::mknod(tree.at("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0;
    std::vector<std::string> names = {"fifo"};
    if (have_dev) names.push_back("null");
    for (const auto& n : names) {
        tandem_fs_reply l = guest->lookup(root, n);
        ASSERT_EQ(l.result, 0) << n;
        for (std::uint32_t flags : {O_RDONLY, O_WRONLY, O_RDWR})
            EXPECT_EQ(guest->open(l.node, flags).result, -EACCES) << n; // and did not block
        EXPECT_EQ(guest->create(root, n, O_RDONLY).result, -EACCES) << n;
        EXPECT_EQ(guest->create(root, n, O_RDONLY | O_EXCL).result, -EEXIST) << n;
        tandem_fs_request sa = guest->req(TANDEM_FS_SETATTR, l.node);
        sa.valid = TANDEM_FS_SET_SIZE;
        EXPECT_EQ(guest->call(sa).result, -EINVAL) << n;
    }
    // The host's own /dev, exported: its nodes are visible, never opened.
    FakeGuest dev({ro_export("/dev")});
    tandem_fs_reply null = dev.lookup(dev.root(), "null");
    ASSERT_EQ(null.result, 0);
    EXPECT_TRUE(S_ISCHR(null.attr.mode));
    EXPECT_EQ(dev.open(null.node, O_RDONLY).result, -EACCES);
}

TEST_F(Confinement, HostPseudoFileSystemsAreUnreachable) {
    struct statfs s;
    ASSERT_EQ(::statfs("/proc", &s), 0);
    ASSERT_EQ(s.f_type, PROC_SUPER_MAGIC) << "the test needs the host's /proc";
    // /proc itself exported: its root is visible, nothing in it.
    FakeGuest proc({ro_export("/proc")});
    std::uint64_t pr = proc.root();
    EXPECT_EQ(proc.call(proc.req(TANDEM_FS_GETATTR, pr)).result, 0);
    for (const char* name : {"self", "1", "sys", "mounts", "kcore"})
        EXPECT_EQ(proc.lookup(pr, name).result, -EACCES) << name;
    EXPECT_EQ(proc.open(pr, O_RDONLY).result, -EACCES);
    EXPECT_EQ(proc.create(pr, "x", O_RDWR).result, -EACCES);
    // The host's / exported: /proc and /sys are mount points it cannot enter.
    FakeGuest host({ro_export("/")});
    std::uint64_t hr = host.root();
    EXPECT_EQ(host.lookup(hr, "proc").result, -EACCES);
    if (::statfs("/sys", &s) == 0 && s.f_type == SYSFS_MAGIC) {
        EXPECT_EQ(host.lookup(hr, "sys").result, -EACCES);
    }
    if (::statfs("/dev/pts", &s) == 0 && s.f_type == DEVPTS_SUPER_MAGIC) {
        std::uint64_t dev = host.node(hr, "dev");
        EXPECT_EQ(host.lookup(dev, "pts").result, -EACCES);
    }
    EXPECT_EQ(host.lookup(hr, "etc").result, 0); // ordinary directories are fine
}

TEST_F(Confinement, RangesOutsideGuestMemoryAreEfault) {
    const std::uint64_t end = FakeGuest::kMemSize;
    std::uint64_t file = guest->node(root, "file");
    tandem_fs_reply o = guest->open(file, O_RDWR);
    std::uint64_t dir_handle = guest->open(root, O_RDONLY).handle;
    struct Case {
        std::uint32_t op;
        std::uint64_t node;
        std::uint64_t buf;
        std::uint32_t len;
    } bufs[] = {
        {TANDEM_FS_READ, o.handle, end - 2, 4},     {TANDEM_FS_READ, o.handle, ~0ull - 1, 4},
        {TANDEM_FS_WRITE, o.handle, end, 1},        {TANDEM_FS_READDIR, dir_handle, end - 8, 4096},
        {TANDEM_FS_STATFS, root, end - 8, 72},      {TANDEM_FS_EXPORTS, 0, 1ull << 62, 256},
        {TANDEM_FS_READ, o.handle, 0, 0xffffffffu},
    };
    for (const auto& c : bufs) {
        tandem_fs_request r = guest->req(c.op, c.node);
        r.buf = c.buf;
        r.len = c.len;
        EXPECT_EQ(guest->call(r).result, -EFAULT) << c.op;
    }
    tandem_fs_request l = guest->req(TANDEM_FS_LOOKUP, root, "file");
    l.name = end - 2;
    EXPECT_EQ(guest->call(l).result, -EFAULT);
    l.name = ~0ull - 1;
    EXPECT_EQ(guest->call(l).result, -EFAULT);
    tandem_fs_request s = guest->req(TANDEM_FS_SYMLINK, root, "l", "target");
    s.name2 = end - 1;
    EXPECT_EQ(guest->call(s).result, -EFAULT);
    // Length 0 needs no buffer at all.
    tandem_fs_request z = guest->req(TANDEM_FS_READ, o.handle);
    z.buf = ~0ull;
    z.len = 0;
    EXPECT_EQ(guest->call(z).result, 0);
    EXPECT_EQ(tree.read("file"), "top");
}

TEST_F(Confinement, CorruptQueueHeaderMeansBoundedWork) {
    tandem_fs_queue* q = guest->queue();
    // The guest rewrites slot_count: vmproc keeps its own and restores it.
    q->slot_count = 0xffffffffu;
    EXPECT_EQ(guest->lookup(root, "file").result, 0);
    EXPECT_EQ(q->slot_count, FakeGuest::kSlots);
    // submitted far beyond completed: nothing is performed, the queue resyncs.
    std::uint32_t before = q->completed;
    tandem_fs_slot* slots = guest->slots();
    for (std::uint32_t i = 0; i < FakeGuest::kSlots; i++) {
        slots[i].req = guest->req(TANDEM_FS_MKDIR, root, "should-not-exist");
        slots[i].rep.result = 12345;
    }
    q->submitted = before + 0x80000000u;
    guest->service->kick();
    EXPECT_EQ(q->completed, q->submitted);
    EXPECT_EQ(guest->service->counters().queue_resets, 1u);
    EXPECT_FALSE(tree.exists("should-not-exist"));
    EXPECT_EQ(slots[0].rep.result, 12345);
    // The guest writing `completed` itself changes nothing: vmproc counts.
    q->completed = 7;
    EXPECT_EQ(guest->lookup(root, "file").result, 0);
    EXPECT_EQ(q->completed, q->submitted);
    // Exactly slot_count outstanding is legal and all of them run.
    for (std::uint32_t i = 0; i < FakeGuest::kSlots; i++) {
        slots[(q->submitted + i) % FakeGuest::kSlots].req = guest->req(TANDEM_FS_GETATTR, root);
    }
    q->submitted = q->submitted + FakeGuest::kSlots;
    guest->service->kick();
    EXPECT_EQ(q->completed, q->submitted);
    for (std::uint32_t i = 0; i < FakeGuest::kSlots; i++) EXPECT_EQ(slots[i].rep.result, 0) << i;
}

TEST_F(Confinement, FreeRunningCountersWrap) {
    std::vector<std::uint64_t> words(FakeGuest::kMemSize / 8);
    auto* mem = reinterpret_cast<std::uint8_t*>(words.data());
    auto* q = reinterpret_cast<tandem_fs_queue*>(mem + FakeGuest::kQueue);
    auto* slots = reinterpret_cast<tandem_fs_slot*>(mem + FakeGuest::kQueue + sizeof(tandem_fs_queue));
    q->submitted = 0xfffffffeu;
    q->completed = 0xfffffffeu; // vmproc starts from the header's count
    auto ex = FsExports::open({rw_export(tree.path())});
    ASSERT_TRUE(ex.ok());
    FileService fs(mem, FakeGuest::kMemSize, FakeGuest::kQueue, 4, std::move(ex.value()));
    for (std::uint32_t i = 0; i < 4; i++) {
        slots[(0xfffffffeu + i) % 4].req = tandem_fs_request{};
        slots[(0xfffffffeu + i) % 4].req.op = TANDEM_FS_EXPORTS;
        slots[(0xfffffffeu + i) % 4].req.buf = FakeGuest::kBuf;
        slots[(0xfffffffeu + i) % 4].req.len = 4096;
    }
    q->submitted = 2; // four requests across the wrap
    fs.kick();
    EXPECT_EQ(q->completed, 2u);
    for (std::uint32_t i = 0; i < 4; i++) EXPECT_EQ(slots[i].rep.result, 1) << i;
    EXPECT_EQ(fs.counters().requests[TANDEM_FS_EXPORTS], 4u);
}

TEST_F(Confinement, QueueOutsideMemoryIsANoOp) {
    std::vector<std::uint64_t> mem(1024);
    FileService fs(reinterpret_cast<std::uint8_t*>(mem.data()), 8192, 8000, 64, FsExports{});
    EXPECT_TRUE(fs.out(TANDEM_FS_KICK, 4, 0));
    FileService none(reinterpret_cast<std::uint8_t*>(mem.data()), 8192, 0, 0, FsExports{});
    EXPECT_TRUE(none.out(TANDEM_FS_KICK, 4, 0));
    EXPECT_EQ(fs.counters().unknown_ops, 0u);
}

TEST_F(Confinement, UnknownIdsAndTheObjectCap) {
    FakeGuest g({rw_export(tree.path())}, 4);
    std::uint64_t r = g.root();
    for (std::uint64_t bogus : {0ull, 12345ull, ~0ull}) {
        EXPECT_EQ(g.call(g.req(TANDEM_FS_GETATTR, bogus)).result, -ESTALE);
        EXPECT_EQ(g.lookup(bogus, "file").result, -ESTALE);
        EXPECT_EQ(g.open(bogus, O_RDONLY).result, -ESTALE);
        EXPECT_EQ(g.read(bogus, 0, 1), "");
        EXPECT_EQ(g.call(g.req(TANDEM_FS_CLOSE, bogus)).result, -EBADF);
        EXPECT_EQ(g.call(g.req(TANDEM_FS_FSYNC, bogus)).result, -EBADF);
        tandem_fs_request f = g.req(TANDEM_FS_FORGET, bogus);
        f.offset = 1;
        EXPECT_EQ(g.call(f).result, -ESTALE);
    }
    // Root + 3 more objects fill the table.
    std::uint64_t file = g.node(r, "file");
    g.node(r, "dir");
    ASSERT_EQ(g.open(file, O_RDONLY).result, 0);
    EXPECT_EQ(g.lookup(r, "nothing-more").result, -ENOENT);
    tree.write("another", "");
    EXPECT_EQ(g.lookup(r, "another").result, -ENFILE);
    EXPECT_EQ(g.open(file, O_RDONLY).result, -ENFILE);
    EXPECT_EQ(g.create(r, "c", O_RDWR | O_EXCL).result, -ENFILE);
    EXPECT_EQ(g.call(g.req(TANDEM_FS_MKDIR, r, "m")).result, -ENFILE);
    EXPECT_EQ(g.call(g.req(TANDEM_FS_SYMLINK, r, "s", "t")).result, -ENFILE);
    EXPECT_FALSE(tree.exists("c")); // refused before the host was touched
    EXPECT_FALSE(tree.exists("m"));
    EXPECT_FALSE(tree.exists("s"));
    EXPECT_EQ(g.lookup(r, "file").result, 0); // known inodes still gain references
}

} // namespace
