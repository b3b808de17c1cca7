// Turns the --kernel argument into a file path.
#pragma once

#include <string>

#include "result.h"

namespace tandem {

// A name with a '/' or naming an existing regular file is a path; the
// built-in names 'kernel' and 'selftest' resolve to
// <exe_dir>/../guests/NAME.elf.  exe_dir is the directory of /proc/self/exe.
Result<std::string> resolve_kernel(const std::string& name, const std::string& exe_dir);

// Directory holding the running executable (from /proc/self/exe).
std::string executable_dir();

} // namespace tandem
