// What a file-service request is allowed to contain, independent of how it
// is performed: which arguments each op takes, the rules for names and
// guest-physical ranges, op names for --stats, and the per-op counters.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <string_view>

namespace tandem {

// Guest-physical memory as the file service sees it: a host pointer to
// guest-physical 0 and the size.  Every range the guest names is checked here.
struct GuestRange {
    std::uint8_t* base = nullptr;
    std::uint64_t size = 0;
    // True if [phys, phys + len) lies inside guest memory (no overflow).
    bool contains(std::uint64_t phys, std::uint64_t len) const {
        return phys <= size && len <= size - phys;
    }
    std::uint8_t* at(std::uint64_t phys) const { return base + phys; }
};

// How an op uses a name argument.
enum class FsArg { None, Component, Target };

struct FsOpShape {
    FsArg name = FsArg::None;  // request.name/name_len
    FsArg name2 = FsArg::None; // request.name2/name2_len
    bool buf = false;          // request.buf/len
};

// The arguments `op` takes; all None/false for unknown ops.
FsOpShape fs_op_shape(std::uint32_t op);

// Lower-case op name ("lookup"), or nullptr for an unknown op.
const char* fs_op_name(std::uint32_t op);

// 0 if `name` is one path component (not empty, no '/', no NUL, not "." or
// "..", at most TANDEM_FS_NAME_MAX bytes); else -EINVAL or -ENAMETOOLONG.
int check_component(std::string_view name);

// 0 if `text` can be a symlink target (not empty, no NUL, shorter than
// TANDEM_FS_PATH_MAX); else -ENOENT, -EINVAL or -ENAMETOOLONG.
int check_target(std::string_view text);

// Requests and failed requests per op, for --stats.
struct FsCounters {
    std::uint64_t requests[TANDEM_FS_OP_COUNT] = {};
    std::uint64_t errors[TANDEM_FS_OP_COUNT] = {};
    std::uint64_t unknown_ops = 0;   // op numbers outside enum tandem_fs_op
    std::uint64_t queue_resets = 0;  // kicks that found submitted - completed > slot_count
    std::uint64_t stale_nodes = 0;   // nodes of removed files whose inode number was reused
};

} // namespace tandem
