// Packing the program to run into boot modules.  The guest kernel finds its
// first process by name in the module list, with its argv beside it.
#include "boot_modules.h"

#include <tandem/platform.h>

#include "options.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tandem {

std::vector<std::uint8_t> argv_blob(const std::vector<std::string>& argv) {
    std::vector<std::uint8_t> blob;
    for (const auto& a : argv) {
        blob.insert(blob.end(), a.begin(), a.end());
        blob.push_back(0);
    }
    return blob;
}

// Reads a whole regular file; the error names the file as the program.
static Result<std::vector<std::uint8_t>> read_program(const std::string& path, std::uint64_t max_bytes) {
    auto fail = [&](const std::string& why) { return Error{path + ": " + why + " (the program to run)"}; };
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(std::strerror(errno));
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail("not a regular file");
    }
    if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
        ::close(fd);
        return fail("too large for " + format_size(max_bytes) + " of guest memory; use a larger --memory");
    }
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int err = errno;
            ::close(fd);
            return fail(std::strerror(err));
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    bytes.resize(done);
    return bytes;
}

Result<std::vector<BootModule>> program_modules(const std::vector<std::string>& program,
                                                std::uint64_t max_bytes) {
    std::vector<BootModule> mods;
    if (program.empty()) return mods;
    auto bytes = TANDEM_TRY(read_program(program[0], max_bytes));
    mods.push_back(BootModule{program[0], std::move(bytes)});
    mods.push_back(BootModule{"argv", argv_blob(program)});
    return mods;
}

} // namespace tandem

namespace tandem {

std::vector<BootModule> process_modules(const std::vector<std::string>& env, const std::string& cwd) {
    std::vector<BootModule> mods;
    mods.push_back(BootModule{TANDEM_MODULE_ENVP, argv_blob(env)});
    mods.push_back(BootModule{TANDEM_MODULE_CWD, argv_blob({cwd})});
    return mods;
}

} // namespace tandem
