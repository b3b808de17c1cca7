// Boot modules for `tandem run -- PROGRAM ARGS...`: "argv" (argv[0] is the
// program's guest path), "envp" (its environment) and "cwd" (its working
// directory, a guest path).
#pragma once

#include <string>
#include <vector>

#include "boot_info.h"
#include "result.h"

namespace tandem {

// The argv module's bytes: each string followed by a NUL.
std::vector<std::uint8_t> argv_blob(const std::vector<std::string>& argv);

// The argv module; none when `program` is empty.
std::vector<BootModule> program_modules(const std::vector<std::string>& program);

// The "envp" module (each K=V NUL-terminated) and the "cwd" module (one
// NUL-terminated guest path), to follow program_modules'.
std::vector<BootModule> process_modules(const std::vector<std::string>& env, const std::string& cwd);

} // namespace tandem
