// Kernel image lookup: built-in guests live beside the tandem binary in the
// build tree (build/bin/tandem and build/guests/NAME.elf).
#include "kernel_path.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace tandem {

static bool is_regular_file(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string executable_dir() {
    std::vector<char> buf(4096);
    ssize_t n = ::readlink("/proc/self/exe", buf.data(), buf.size() - 1);
    if (n <= 0) return ".";
    std::string path(buf.data(), static_cast<std::size_t>(n));
    auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

Result<std::string> resolve_kernel(const std::string& name, const std::string& exe_dir) {
    if (name.find('/') != std::string::npos || is_regular_file(name)) return name;
    if (name == "kernel" || name == "selftest") {
        std::string path = exe_dir + "/../guests/" + name + ".elf";
        if (::access(path.c_str(), R_OK) != 0) {
            int err = errno;
            return Error{path + ": " + std::strerror(err) + " (built-in kernel '" + name +
                         "'; is it built?)"};
        }
        return path;
    }
    return Error{name + ": no such file, and not a built-in kernel (built-in: kernel, selftest)"};
}

} // namespace tandem
