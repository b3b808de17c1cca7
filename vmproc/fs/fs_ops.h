// The file-service ops, performed with host system calls relative to node
// fds (docs/PLATFORM.md "File service").  Callers pass requests whose
// names and buffers file_service.cpp has already validated; every method
// returns the reply's result (>= 0, or a negative errno) and fills `rep`.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <string>
#include <vector>

#include "fs_exports.h"
#include "fs_nodes.h"

namespace tandem {

// One request after validation: a private copy of the guest's request (the
// guest cannot change it mid-op), its names, and its buffer in guest memory.
struct FsCall {
    tandem_fs_request req{};
    std::string name;             // a valid component when the op takes one
    std::string name2;            // a valid component or symlink target
    std::uint8_t* buf = nullptr;  // host pointer to req.len bytes, or null
};

class FsOps {
public:
    FsOps(FsNodes& nodes, const FsExports& exports) : nodes_(nodes), exports_(exports) {}

    std::int64_t getattr(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t lookup(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t forget(const FsCall& c);
    std::int64_t open(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t close(const FsCall& c);
    std::int64_t read(const FsCall& c);
    std::int64_t write(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t readdir(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t create(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t mkdir(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t mknod(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t unlink(const FsCall& c, bool directory);
    std::int64_t rename(const FsCall& c);
    std::int64_t symlink(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t readlink(const FsCall& c);
    std::int64_t link(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t setattr(const FsCall& c, tandem_fs_reply& rep);
    std::int64_t statfs(const FsCall& c);
    std::int64_t fsync(const FsCall& c);
    std::int64_t exports(const FsCall& c);

private:
    // A directory node the guest may create or remove entries in.
    std::int64_t mutable_dir(std::uint64_t id, FsNode*& dir);
    // Looks up one component beneath `dir` and registers it as a node.
    std::int64_t lookup_child(std::uint64_t dir_id, const FsNode& dir, const std::string& name);
    // reply.node = id, reply.attr = its attributes; drops the reference on failure.
    std::int64_t entry_reply(std::int64_t id, tandem_fs_reply& rep);
    // 0 if the node is still beneath its export's root on the host, else
    // -ENOENT (a host process moved it, or a directory above it, out).
    int check_reachable(const FsNode& n) const;
    // True unless the export was given ":suid" (exports are nosuid by default).
    bool nosuid(std::uint32_t export_index) const;

    FsNodes& nodes_;
    const FsExports& exports_;
    std::vector<char> dirents_ = std::vector<char>(32 * 1024);
};

} // namespace tandem
