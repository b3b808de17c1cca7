// The first process's boot modules: its argv, environment and working
// directory.  The program itself is not read here: the guest kernel finds
// argv[0] in its own file system (the file service), exactly as execve would.
#include "boot_modules.h"

#include <tandem/platform.h>

namespace tandem {

std::vector<std::uint8_t> argv_blob(const std::vector<std::string>& argv) {
    std::vector<std::uint8_t> blob;
    for (const auto& a : argv) {
        blob.insert(blob.end(), a.begin(), a.end());
        blob.push_back(0);
    }
    return blob;
}

std::vector<BootModule> program_modules(const std::vector<std::string>& program) {
    std::vector<BootModule> mods;
    if (program.empty()) return mods;
    mods.push_back(BootModule{TANDEM_MODULE_ARGV, argv_blob(program)});
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
