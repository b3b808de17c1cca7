// Boot modules for `tandem run -- PROGRAM ARGS...`: module 0 is the program
// file, module 1 ("argv") its argument vector, then "envp" (its environment)
// and "cwd" (its working directory, a guest path).
#pragma once

#include <string>
#include <vector>

#include "boot_info.h"
#include "result.h"

namespace tandem {

// The argv module's bytes: each string followed by a NUL.
std::vector<std::uint8_t> argv_blob(const std::vector<std::string>& argv);

// Reads PROGRAM and builds both modules; no modules when `program` is empty.
// max_bytes bounds the file size (it must fit in guest memory).
Result<std::vector<BootModule>> program_modules(const std::vector<std::string>& program,
                                                std::uint64_t max_bytes);

// The "envp" module (each K=V NUL-terminated) and the "cwd" module (one
// NUL-terminated guest path), to follow program_modules' two.
std::vector<BootModule> process_modules(const std::vector<std::string>& env, const std::string& cwd);

} // namespace tandem
