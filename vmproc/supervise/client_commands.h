// `tandem ps`, `tandem stats`, `tandem top` and `tandem trace`: the operator's commands that
// talk to running VMs through their control sockets (docs/SUPERVISOR.md).
#pragma once

#include <string>
#include <vector>

namespace tandem {

// True for the words that name one of these commands.
bool is_supervise_command(const std::string& word);

// Runs one of them; args[0] is its name.  Returns the exit status: 0, 1 if
// a VM could not be asked, 2 for a bad command line.
int supervise_main(const std::vector<std::string>& args);

// Their help texts (`tandem ps --help` ...).
const char* ps_help_text();
const char* stats_help_text();
const char* top_help_text();

} // namespace tandem
