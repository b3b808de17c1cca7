// Help texts.  They are the user's manual for the command line, so every
// option and the exit status rule are explained here.
#include "help.h"

#include <tandem/platform.h>

#ifndef TANDEM_VERSION
#define TANDEM_VERSION "0.1"
#endif

namespace tandem {

const char* main_help_text() {
    return "Usage: tandem COMMAND [OPTIONS]\n"
           "\n"
           "tandem runs a guest operating-system kernel as an ordinary Linux process.\n"
           "\n"
           "Commands:\n"
           "  run [OPTIONS] [-- PROGRAM ARGS...]   boot a guest kernel (see 'tandem run --help')\n"
           "  version                              print the version and exit\n"
           "  help, --help, -h                     print this help and exit\n"
           "\n"
           "Exit status: 'tandem run' exits with the status the guest powers off with;\n"
           "1 if tandem itself (or the guest) fails, 2 for a bad command line,\n"
           "128+N when stopped by host signal N (SIGINT, SIGTERM, SIGHUP).\n";
}

const char* run_help_text() {
    return "Usage: tandem run [OPTIONS] [-- PROGRAM ARGS...]\n"
           "\n"
           "Boots a guest kernel in this process and runs it until it powers off.\n"
           "The guest's console is this terminal: its output goes to standard output (its\n"
           "error console, the guest's stderr and kernel messages, to standard error) and\n"
           "standard input is its keyboard.\n"
           "\n"
           "Options (write '--opt value' or '--opt=value'):\n"
           "  --kernel NAME|PATH   the guest kernel image.  NAME is a built-in guest:\n"
           "                       'kernel' (default) or 'selftest', found in ../guests/\n"
           "                       next to the tandem binary.  Anything containing '/' or\n"
           "                       naming an existing file is a path to a tandem guest ELF.\n"
           "  --mode MODE          'user': run everything in this process (no kernel module);\n"
           "                       'composite': use the tandem kernel module (/dev/tandem);\n"
           "                       'auto' (default): composite when available, else user.\n"
           "  --memory SIZE        guest memory: 512M (default), 2G, 65536K or plain bytes;\n"
           "                       at least 16M, at most 64G, a multiple of 4K.\n"
           "  --cmdline STR        the guest kernel's command line (at most 1023 bytes).\n"
           "  --root DIR[:ro|:rw]  the host directory the guest sees as '/' (default: the\n"
           "                       host's '/'); read-only unless ':rw' is added.\n"
           "  --bind HOST:GUEST[:ro|:rw]\n"
           "                       also export host directory HOST at guest path GUEST\n"
           "                       (absolute); read-write unless ':ro' is added.  Repeatable\n"
           "                       (at most 15).  The guest reaches host files only through\n"
           "                       these exports, and never the host's /proc, /sys or /dev/pts.\n"
           "  --workdir DIR        the first process's working directory, a guest path\n"
           "                       (default: this directory's guest path if an export holds\n"
           "                       it (the longest matching export wins), else '/').\n"
           "  --env NAME=VALUE     set a variable in the first process's environment, which\n"
           "                       otherwise is PATH=/usr/local/bin:/usr/bin:/bin, HOME=/,\n"
           "                       TERM=<this TERM, or dumb> and LANG=C.  Repeatable.\n"
           "  --stats              at exit, print counters to standard error: exits by reason\n"
           "                       and port, vmlib's event counters, emulated instructions by\n"
           "                       kind, exceptions by vector, and the 10 busiest rewritten\n"
           "                       instruction sites with their symbols, and the file\n"
           "                       service's requests by kind with their errors, and the\n"
           "                       guest kernel's own counts with every system call it\n"
           "                       answered ENOSYS.\n"
           "  -h, --help           print this help and exit.\n"
           "  -- PROGRAM ARGS...   a program for the guest to run: PROGRAM is a guest path\n"
           "                       that the guest kernel finds in its own file system (the\n"
           "                       exports above); PROGRAM ARGS... travel as boot module\n"
           "                       'argv', its environment and working directory as 'envp'\n"
           "                       and 'cwd'.  127 if the guest cannot find it, 126 if it\n"
           "                       cannot execute it.\n"
           "\n"
           "Exit status: the status the guest powers off with (0-255); 1 when tandem or the\n"
           "guest fails (a bad image, a guest crash, a guest that halts forever); 2 for a bad\n"
           "command line; 128+N when stopped by host signal N (SIGINT, SIGTERM, SIGHUP).\n";
}

std::string version_text() {
    return std::string("tandem ") + TANDEM_VERSION + " (platform ABI " +
           std::to_string(TANDEM_ABI_VERSION) + ")\n";
}

} // namespace tandem
