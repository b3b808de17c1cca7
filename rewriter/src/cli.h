// The command line of tandem-rewrite, as a function so tests can drive it.
#pragma once

#include <iosfwd>

namespace tandem::rw {

// Runs the tool; returns the process exit status (0 ok, 1 failure, 2 usage).
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace tandem::rw
