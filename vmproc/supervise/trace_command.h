// `tandem trace VM --duration S [-o FILE]`: a running VM's events for a
// while, written by the VM process into FILE (docs/SUPERVISOR.md "Traces").
#pragma once

#include <string>
#include <vector>

namespace tandem {

// args[0] is "trace".  Returns the exit status: 0, 1 if the VM could not
// be traced, 2 for a bad command line.
int trace_main(const std::vector<std::string>& args);

const char* trace_help_text();

} // namespace tandem
