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
           "Exit status: 'tandem run' exits with the status the guest powers off with\n"
           "(its first program's, 128+N if that died of signal N); 126/127 if the program\n"
           "could not be executed/found, 125 if tandem could not start or run the VM,\n"
           "2 for a bad command line (see 'tandem run --help').\n";
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
           "  --mode MODE          'user': run the guest in sandboxed host processes, one\n"
           "                       per guest address space (no kernel module);\n"
           "                       'composite': use the tandem kernel module (/dev/tandem);\n"
           "                       'auto' (default): composite when available, else user.\n"
           "  --memory SIZE        guest memory: 512M (default), 2G, 65536K or plain bytes;\n"
           "                       at least 16M, at most 64G, a multiple of 4K.\n"
           "  --spaces N           user-only mode: how many host processes keep guest\n"
           "                       address spaces mapped across switches, 1 to 16\n"
           "                       (default 8; 1: every switch drops the user pages).\n"
           "  --cmdline STR        the guest kernel's command line (at most 1023 bytes).\n"
           "  --root DIR[:OPTIONS] the host directory the guest sees as '/' (default: the\n"
           "                       host's '/'); read-only unless OPTIONS say 'rw'.\n"
           "  --bind HOST:GUEST[:OPTIONS]\n"
           "                       also export host directory HOST at guest path GUEST\n"
           "                       (absolute); read-write unless OPTIONS say 'ro'.  Repeatable\n"
           "                       (at most 15).  The guest reaches host files only through\n"
           "                       these exports, and never the host's /proc, /sys or /dev/pts.\n"
           "                       OPTIONS, comma-separated: 'ro' or 'rw', and 'suid'.\n"
           "                       Exports are nosuid by default: set-user-ID bits (and\n"
           "                       set-group-ID bits of files) are stripped when the guest\n"
           "                       creates, chmods, writes or truncates a file, so a guest\n"
           "                       never leaves a set-ID program of your uid on the host;\n"
           "                       'suid' keeps them (e.g. --bind /srv:/srv:rw,suid).\n"
           "                       A directory a host process moves out of an export is no\n"
           "                       longer reachable through it.  The file service keeps at\n"
           "                       most half of RLIMIT_NOFILE host fds open (tandem raises\n"
           "                       the soft limit to the hard one), closing and re-opening\n"
           "                       the least recently used, so any tree can be walked.\n"
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
           "  --profile FILE       user-only mode: sample where the guest is 1000 times a\n"
           "                       second (guest kernel function, guest program, vmlib\n"
           "                       function, or vmproc serving an exit) and write the\n"
           "                       samples as folded stacks ('frame;frame count' lines,\n"
           "                       flamegraph.pl or speedscope input) to FILE and a top\n"
           "                       list by function and by program to FILE.txt.  It picks\n"
           "                       user-only mode under --mode auto; composite mode cannot\n"
           "                       profile (the module's timer path takes no samples).\n"
           "  -h, --help           print this help and exit.\n"
           "  -- PROGRAM ARGS...   a program for the guest to run: PROGRAM is a guest path\n"
           "                       that the guest kernel finds in its own file system (the\n"
           "                       exports above), or a name without '/' that it looks up\n"
           "                       in the guest's PATH, as env(1) and 'docker run' do.\n"
           "                       PROGRAM ARGS... travel as boot module 'argv', its\n"
           "                       environment and working directory as 'envp' and 'cwd';\n"
           "                       all of them together may take the guest's ARG_MAX\n"
           "                       (2 MiB, counted as Linux does), never cut short.\n"
           "\n"
           "Exit status:\n"
           "  0-255   the status the guest powers off with: its first program's exit status,\n"
           "          or 128+N when that program died of guest signal N;\n"
           "  127     the program was not found (in PATH, for a bare name);\n"
           "  126     the program was found but could not be executed (permission, format,\n"
           "          argument list too long);\n"
           "  125     tandem itself could not start or run the VM (a bad or corrupt kernel\n"
           "          image, an unusable option value, a resource failure, a fault inside\n"
           "          vmlib, a guest crash or a guest that halts forever), one line on stderr;\n"
           "  2       a bad command line, one line on stderr;\n"
           "  128+N   stopped by host signal N (SIGINT, SIGTERM, SIGHUP).\n"
           "Like 'docker run', a guest program that itself exits 125, 126 or 127 is\n"
           "indistinguishable from those; tandem's own failures always print a line.\n"
           "With --memory beyond the host's memory tandem warns (the guest runs; the host\n"
           "may kill it when it uses that much).\n";
}

std::string version_text() {
    return std::string("tandem ") + TANDEM_VERSION + " (platform ABI " +
           std::to_string(TANDEM_ABI_VERSION) + ")\n";
}

} // namespace tandem
