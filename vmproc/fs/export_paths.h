// What the user exports to the guest (--root, --bind) and the pure path
// rules around it: guest mount paths, and which guest path a host directory
// has.  No I/O here, so the rules can be tested on their own.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tandem {

// One exported host directory: the guest sees `host` at `guest`.
struct ExportSpec {
    std::string host;  // absolute, canonical (no symlinks, no "." or "..")
    std::string guest; // absolute, normalized; "/" only for the root export
    bool read_only = false;
    bool keep_suid = false; // ":suid": set-user/group-ID bits pass to the host (default: stripped)
};

// The absolute path `text` with "//" and "." removed and no trailing '/';
// nullopt if it is relative, contains "..", or a NUL byte.
std::optional<std::string> normalize_guest_path(std::string_view text);

// The guest path under which host directory `host_dir` (absolute, canonical)
// is visible: the export whose host path is the longest prefix of it (at a
// component boundary) wins.  nullopt if no export contains it.
std::optional<std::string> guest_path_of(std::string_view host_dir, const std::vector<ExportSpec>& exports);

// Number of components of an absolute normalized path ("/" has 0).
std::size_t path_depth(std::string_view path);

} // namespace tandem
