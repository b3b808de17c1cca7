// Test support for the file service: a temporary host tree and a fake
// guest (memory buffer + queue) that drives FileService one request at a time.
#pragma once

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "file_service.h"
#include "testing/temp_dir.h"

namespace tandem::fstest {

// A directory under /tmp, removed with everything in it at the end.
class TempTree {
public:
    const std::string& path() const { return dir_.path(); }
    std::string at(const std::string& rel) const { return dir_.path() + "/" + rel; }
    void mkdir(const std::string& rel) const { ASSERT_EQ(::mkdir(at(rel).c_str(), 0755), 0) << rel; }
    void write(const std::string& rel, const std::string& text) const {
        std::ofstream(at(rel), std::ios::binary) << text;
    }
    std::string read(const std::string& rel) const {
        std::ifstream f(at(rel), std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(f), {});
    }
    void symlink(const std::string& target, const std::string& rel) const {
        ASSERT_EQ(::symlink(target.c_str(), at(rel).c_str()), 0) << rel;
    }
    bool exists(const std::string& rel) const {
        struct stat st;
        return ::lstat(at(rel).c_str(), &st) == 0;
    }

private:
    tandem::test_support::TempDir dir_{"fs"};
};

// A guest: memory, the queue at kQueue, names at kName/kName2, data at kBuf.
class FakeGuest {
public:
    static constexpr std::uint64_t kMemSize = 4u << 20;
    static constexpr std::uint64_t kQueue = 0x10000;
    static constexpr std::uint32_t kSlots = 8;
    static constexpr std::uint64_t kName = 0x20000;
    static constexpr std::uint64_t kName2 = 0x22000;
    static constexpr std::uint64_t kBuf = 0x100000;

    explicit FakeGuest(const std::vector<ExportSpec>& specs, std::size_t max_objects = 65536)
        : words_(kMemSize / 8) {
        queue()->slot_count = kSlots;
        auto ex = FsExports::open(specs);
        EXPECT_TRUE(ex.ok()) << (ex.ok() ? "" : ex.error().message);
        service = std::make_unique<FileService>(mem(), kMemSize, kQueue, kSlots, std::move(ex.value()),
                                                max_objects);
    }

    std::uint8_t* mem() { return reinterpret_cast<std::uint8_t*>(words_.data()); }
    tandem_fs_queue* queue() { return reinterpret_cast<tandem_fs_queue*>(mem() + kQueue); }
    tandem_fs_slot* slots() { return reinterpret_cast<tandem_fs_slot*>(mem() + kQueue + sizeof(tandem_fs_queue)); }

    // Submits one request, kicks, and returns its reply.
    tandem_fs_reply call(const tandem_fs_request& r) {
        tandem_fs_queue* q = queue();
        tandem_fs_slot& s = slots()[q->submitted % kSlots];
        s.req = r;
        std::memset(&s.rep, 0xa5, sizeof s.rep);
        q->submitted = q->submitted + 1;
        EXPECT_TRUE(service->out(TANDEM_FS_KICK, 4, 0));
        EXPECT_EQ(q->completed, q->submitted);
        return s.rep;
    }

    // A request with `name` (and `name2`) stored in guest memory.
    tandem_fs_request req(std::uint32_t op, std::uint64_t node, const std::string& name = {},
                          const std::string& name2 = {}) {
        tandem_fs_request r{};
        r.op = op;
        r.node = node;
        std::memcpy(mem() + kName, name.data(), name.size());
        r.name = kName;
        r.name_len = static_cast<std::uint32_t>(name.size());
        std::memcpy(mem() + kName2, name2.data(), name2.size());
        r.name2 = kName2;
        r.name2_len = static_cast<std::uint32_t>(name2.size());
        r.buf = kBuf;
        return r;
    }

    // The export roots (EXPORTS), in mount order.
    std::vector<tandem_fs_export> exports() {
        tandem_fs_request r = req(TANDEM_FS_EXPORTS, 0);
        r.len = 16 * sizeof(tandem_fs_export);
        tandem_fs_reply rep = call(r);
        std::vector<tandem_fs_export> v;
        for (std::int64_t i = 0; i < rep.result; i++) {
            tandem_fs_export e;
            std::memcpy(&e, mem() + kBuf + i * sizeof e, sizeof e);
            v.push_back(e);
        }
        return v;
    }
    std::uint64_t root(std::size_t i = 0) { return exports().at(i).root; }

    tandem_fs_reply lookup(std::uint64_t dir, const std::string& name) { return call(req(TANDEM_FS_LOOKUP, dir, name)); }
    // LOOKUP that must succeed; the node id.
    std::uint64_t node(std::uint64_t dir, const std::string& name) {
        tandem_fs_reply r = lookup(dir, name);
        EXPECT_EQ(r.result, 0) << name;
        return r.node;
    }
    tandem_fs_reply open(std::uint64_t node, std::uint32_t flags) {
        tandem_fs_request r = req(TANDEM_FS_OPEN, node);
        r.flags = flags;
        return call(r);
    }
    // READ of up to len bytes at offset; the text, or "" with *err set.
    std::string read(std::uint64_t handle, std::uint64_t offset, std::uint32_t len, std::int64_t* result = nullptr) {
        tandem_fs_request r = req(TANDEM_FS_READ, handle);
        r.offset = offset;
        r.len = len;
        tandem_fs_reply rep = call(r);
        if (result) *result = rep.result;
        if (rep.result < 0) return {};
        return std::string(reinterpret_cast<char*>(mem() + kBuf), static_cast<std::size_t>(rep.result));
    }
    tandem_fs_reply write(std::uint64_t handle, std::uint64_t offset, const std::string& data) {
        tandem_fs_request r = req(TANDEM_FS_WRITE, handle);
        std::memcpy(mem() + kBuf, data.data(), data.size());
        r.offset = offset;
        r.len = static_cast<std::uint32_t>(data.size());
        return call(r);
    }
    tandem_fs_reply create(std::uint64_t dir, const std::string& name, std::uint32_t flags, std::uint32_t mode = 0644) {
        tandem_fs_request r = req(TANDEM_FS_CREATE, dir, name);
        r.flags = flags;
        r.mode = mode;
        return call(r);
    }

    std::unique_ptr<FileService> service;

private:
    std::vector<std::uint64_t> words_; // 8-byte aligned guest memory
};

inline ExportSpec rw_export(const std::string& host, const std::string& guest = "/") {
    return ExportSpec{host, guest, false};
}
inline ExportSpec ro_export(const std::string& host, const std::string& guest = "/") {
    return ExportSpec{host, guest, true};
}

} // namespace tandem::fstest
