// Path arithmetic for exports.  Guest paths are plain strings here: the guest
// resolves its own paths, vmproc only needs them to name mount points and the
// first process's working directory.
#include "export_paths.h"

namespace tandem {

std::optional<std::string> normalize_guest_path(std::string_view text) {
    if (text.empty() || text[0] != '/' || text.find('\0') != std::string_view::npos) return std::nullopt;
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == '/') i++;
        std::size_t end = text.find('/', i);
        if (end == std::string_view::npos) end = text.size();
        std::string_view part = text.substr(i, end - i);
        i = end;
        if (part.empty() || part == ".") continue;
        if (part == "..") return std::nullopt;
        out += '/';
        out += part;
    }
    if (out.empty()) out = "/";
    return out;
}

// True if `path` is `prefix` or lies below it (both absolute and normalized).
static bool under(std::string_view path, std::string_view prefix) {
    if (prefix == "/") return true;
    if (path.size() < prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return false;
    return path.size() == prefix.size() || path[prefix.size()] == '/';
}

std::optional<std::string> guest_path_of(std::string_view host_dir, const std::vector<ExportSpec>& exports) {
    const ExportSpec* best = nullptr;
    for (const ExportSpec& e : exports)
        if (under(host_dir, e.host) && (!best || e.host.size() > best->host.size())) best = &e;
    if (!best) return std::nullopt;
    std::string_view rest = best->host == "/" ? host_dir : host_dir.substr(best->host.size());
    std::string guest = best->guest == "/" ? "" : best->guest;
    guest += rest;
    if (guest.empty()) guest = "/";
    return normalize_guest_path(guest);
}

std::size_t path_depth(std::string_view path) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < path.size(); i++)
        if (path[i] == '/' && i + 1 < path.size()) n++;
    return n;
}

} // namespace tandem
