// The texts of `tandem --help`, `tandem run --help` and `tandem version`.
#pragma once

#include <string>

namespace tandem {

const char* main_help_text();
const char* run_help_text();
// One line: the version of tandem and of the platform ABI it speaks.
std::string version_text();

} // namespace tandem
