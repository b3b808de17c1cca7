// The directory is the first line of defence (nobody else can reach the
// sockets in it); SO_PEERCRED on each connection is the second.
#include "control_paths.h"

#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace tandem {

namespace {

// The candidates in order of preference, the first whose parent is usable.
std::string choose_dir() {
    const char* xdg = std::getenv("XDG_RUNTIME_DIR");
    struct stat st;
    if (xdg && xdg[0] == '/' && ::stat(xdg, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid())
        return std::string(xdg) + "/tandem";
    if (::access("/run", W_OK) == 0) return "/run/tandem";
    return "/tmp/tandem-" + std::to_string(::getuid());
}

} // namespace

std::string control_dir_path() { return choose_dir(); }

Result<std::string> control_dir(bool create) {
    std::string dir = choose_dir();
    if (create && ::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
        return Error{"control socket directory " + dir + ": " + std::strerror(errno)};
    struct stat st;
    if (::lstat(dir.c_str(), &st) != 0) return Error{"control socket directory " + dir + ": " + std::strerror(errno)};
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::getuid() || (st.st_mode & 077) != 0)
        return Error{"control socket directory " + dir + " is not a directory of ours with mode 0700"};
    return dir;
}

std::string socket_path(const std::string& dir, const std::string& id, pid_t pid) {
    return dir + "/" + id + "-" + std::to_string(pid) + ".sock";
}

bool parse_socket_name(const std::string& name, std::string& id, pid_t& pid) {
    const std::string suffix = ".sock";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    std::string stem = name.substr(0, name.size() - suffix.size());
    std::size_t dash = stem.rfind('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == stem.size() || stem.size() - dash > 11) return false;
    long long n = 0;
    for (std::size_t i = dash + 1; i < stem.size(); i++) {
        if (stem[i] < '0' || stem[i] > '9') return false;
        n = n * 10 + (stem[i] - '0');
    }
    if (n <= 0 || n > 0x7fffffff) return false;
    id = stem.substr(0, dash);
    pid = static_cast<pid_t>(n);
    return true;
}

std::string new_vm_id() {
    unsigned char b[3] = {};
    if (::getrandom(b, sizeof b, 0) != static_cast<ssize_t>(sizeof b)) {
        unsigned v = static_cast<unsigned>(::getpid()) * 2654435761u;
        std::memcpy(b, &v, sizeof b);
    }
    static const char hex[] = "0123456789abcdef";
    std::string id;
    for (unsigned char c : b) {
        id += hex[c >> 4];
        id += hex[c & 15];
    }
    return id;
}

} // namespace tandem
