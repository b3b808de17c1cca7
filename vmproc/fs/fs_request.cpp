// The shape of each file-service op and the name rules of platform.h
// section 3b.  Validation happens before any host call, so an op
// implementation only ever sees well-formed single components.
#include "fs_request.h"

#include <cerrno>

namespace tandem {

FsOpShape fs_op_shape(std::uint32_t op) {
    const FsArg C = FsArg::Component;
    switch (op) {
    case TANDEM_FS_LOOKUP:
    case TANDEM_FS_CREATE:
    case TANDEM_FS_MKDIR:
    case TANDEM_FS_MKNOD:
    case TANDEM_FS_UNLINK:
    case TANDEM_FS_RMDIR: return {C, FsArg::None, false};
    case TANDEM_FS_RENAME: return {C, C, false};
    case TANDEM_FS_SYMLINK: return {C, FsArg::Target, false};
    case TANDEM_FS_LINK: return {FsArg::None, C, false};
    case TANDEM_FS_READ:
    case TANDEM_FS_WRITE:
    case TANDEM_FS_READDIR:
    case TANDEM_FS_READLINK:
    case TANDEM_FS_STATFS:
    case TANDEM_FS_EXPORTS: return {FsArg::None, FsArg::None, true};
    default: return {};
    }
}

const char* fs_op_name(std::uint32_t op) {
    static const char* const names[TANDEM_FS_OP_COUNT] = {
        nullptr, "getattr", "lookup", "forget", "open", "close", "read", "write", "readdir", "create",
        "mkdir", "unlink", "rmdir", "rename", "symlink", "readlink", "link", "setattr", "statfs",
        "fsync", "exports", "mknod"};
    return op < TANDEM_FS_OP_COUNT ? names[op] : nullptr;
}

int check_component(std::string_view name) {
    if (name.size() > TANDEM_FS_NAME_MAX) return -ENAMETOOLONG;
    if (name.empty() || name == "." || name == "..") return -EINVAL;
    if (name.find_first_of(std::string_view("/\0", 2)) != std::string_view::npos) return -EINVAL;
    return 0;
}

int check_target(std::string_view text) {
    if (text.empty()) return -ENOENT;
    if (text.size() >= TANDEM_FS_PATH_MAX) return -ENAMETOOLONG;
    if (text.find('\0') != std::string_view::npos) return -EINVAL;
    return 0;
}

} // namespace tandem
