// The export roots of the file service: each --root/--bind host directory
// opened once, at start-up, as an O_PATH fd that every guest request is
// resolved beneath.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "export_paths.h"
#include "result.h"

namespace tandem {

struct FsExport {
    int fd = -1;        // O_PATH|O_DIRECTORY of the host directory, owned
    std::string guest;  // where the guest mounts it
    bool read_only = false;
    bool pseudo = false; // the root itself is on a host pseudo file system
    bool keep_suid = false; // set-user/group-ID bits allowed (default: nosuid)
};

class FsExports {
public:
    // Opens the exports in the order given (mount order, root first).  An
    // export that cannot be opened is an error naming it.
    static Result<FsExports> open(const std::vector<ExportSpec>& specs);

    FsExports() = default;
    FsExports(FsExports&& other) noexcept : list_(std::move(other.list_)) { other.list_.clear(); }
    FsExports& operator=(FsExports&& other) noexcept;
    FsExports(const FsExports&) = delete;
    ~FsExports();

    const std::vector<FsExport>& list() const { return list_; }

private:
    std::vector<FsExport> list_;
};

// The root first, then the binds with parents before children (stable), so
// that mounting in this order never hides an earlier mount.
std::vector<ExportSpec> mount_order(const ExportSpec& root, const std::vector<ExportSpec>& binds);

// True for host pseudo file systems (procfs, sysfs, devpts, cgroup, ...)
// whose objects the guest must never reach: it mounts its own /proc and /dev.
bool is_pseudo_fs(std::int64_t f_type);

} // namespace tandem
