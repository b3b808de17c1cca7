// --verify: proves an ELF image or object holds no sensitive instruction
// outside vmlib's own code and that its site records are sound.
#pragma once

#include <iosfwd>
#include <string>

namespace tandem::rw {

// True for sections allowed to hold sensitive instructions (vmlib's code).
bool is_vmlib_text_section(const std::string& name);

// Checks one file; findings go to `err`, the success line to `out`.
// Returns 0 if the file verifies, 1 otherwise.
int verify_file(const std::string& path, std::ostream& out, std::ostream& err);

} // namespace tandem::rw
