// Entry point of the `tandem` command: parse, dispatch, and turn any error
// into one line on stderr and an exit status.  Nothing below main throws on
// purpose; the catch only guards against library surprises (bad_alloc).
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "help.h"
#include "options.h"
#include "run/run_command.h"
#include "supervise/client_commands.h"

namespace {

int report(const tandem::Error& e) {
    std::fprintf(stderr, "tandem: %s\n", e.message.c_str());
    if (!e.hint.empty()) std::fprintf(stderr, "%s\n", e.hint.c_str());
    return e.exit_code;
}

int tandem_main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    // ps, stats, top talk to running VMs; they parse their own few options.
    if (!args.empty() && tandem::is_supervise_command(args[0])) return tandem::supervise_main(args);
    auto parsed = tandem::parse_options(args);
    if (!parsed) return report(parsed.error());
    const tandem::Options& o = parsed.value();
    switch (o.command) {
    case tandem::Command::MainHelp:
        std::fputs(tandem::main_help_text(), stdout);
        return 0;
    case tandem::Command::RunHelp:
        std::fputs(tandem::run_help_text(), stdout);
        return 0;
    case tandem::Command::Version:
        std::fputs(tandem::version_text().c_str(), stdout);
        return 0;
    case tandem::Command::Run: {
        auto r = tandem::run_command(o.run);
        std::fflush(stdout);
        if (!r) return report(r.error());
        return r.value();
    }
    }
    return tandem::kExitError;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return tandem_main(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tandem: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "tandem: internal error\n");
    }
    return tandem::kExitError;
}
