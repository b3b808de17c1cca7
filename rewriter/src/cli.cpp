#include "cli.h"

#include "insn_table.h"
#include "rewriter.h"
#include "verify.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <tandem/platform.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace tandem::rw {
namespace {

const char kUsage[] =
    "usage: tandem-rewrite IN.s -o OUT.s     rewrite sensitive instructions\n"
    "       tandem-rewrite --verify FILE...    check an ELF image or object\n"
    "       tandem-rewrite --list-kinds        print the site kinds\n"
    "       tandem-rewrite --help\n";

const char kHelp[] =
    "tandem-rewrite: static assembler preprocessor for tandem guest kernels.\n"
    "\n"
    "Replaces every privileged or sensitive x86-64 instruction in an AT&T\n"
    "assembly file with `call __vmlib_site` and a struct tandem_site record in\n"
    "section " TANDEM_SITES_SECTION "; rejects the ones tandem does not emulate.\n"
    "IN or OUT may be '-' for stdin/stdout.  OUT is written only on success.\n"
    "\n"
    "--verify disassembles FILE with objdump and fails if a sensitive\n"
    "instruction remains outside " TANDEM_VMLIB_TEXT_SECTION ", or if a site record\n"
    "does not point at a call instruction.\n"
    "\n"
    "Exit status: 0 success, 1 errors found, 2 bad usage.\n\n";

// Bad usage: say why, print the synopsis, exit status 2.
int usage(std::ostream& err, const std::string& why) {
    if (!why.empty())
        err << "tandem-rewrite: " << why << "\n";
    err << kUsage;
    return 2;
}

// Reads a whole file (or stdin for "-").
bool read_input(const std::string& path, std::string& text, std::string& why) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        text = ss.str();
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = std::strerror(errno);
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    return true;
}

// Writes `text` to a temporary file next to `path` and renames it into place,
// so a failed run never leaves a partial output behind.
bool write_output(const std::string& path, const std::string& text, std::ostream& out,
                  std::string& why) {
    if (path == "-") {
        out << text;
        out.flush();
        return true;
    }
    std::string tmp = path + ".tmpXXXXXX";
    std::vector<char> name(tmp.begin(), tmp.end());
    name.push_back('\0');
    int fd = mkstemp(name.data());
    if (fd < 0) {
        why = std::strerror(errno);
        return false;
    }
    const char* p = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            why = std::strerror(errno);
            ::close(fd);
            ::unlink(name.data());
            return false;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    // mkstemp creates 0600; give the output ordinary permissions.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    if (::close(fd) != 0 || std::rename(name.data(), path.c_str()) != 0) {
        why = std::strerror(errno);
        ::unlink(name.data());
        return false;
    }
    return true;
}

// --list-kinds: the site kinds as numbered in platform.h, for scripts and people.
int list_kinds(std::ostream& out) {
    for (int k = 1; k < TANDEM_SITE_KIND_COUNT; ++k)
        out << k << "\t" << kind_name(k) << "\t" << kind_text(k) << "\n";
    return 0;
}

int rewrite(const std::string& in_path, const std::string& out_path, std::ostream& out,
            std::ostream& err) {
    std::string text, why;
    if (!read_input(in_path, text, why)) {
        err << in_path << ": error: cannot read: " << why << "\n";
        return 1;
    }
    RewriteResult r = rewrite_source(text, in_path == "-" ? "<stdin>" : in_path);
    if (!r.errors.empty()) {
        for (const std::string& e : r.errors)
            err << e << "\n";
        return 1;
    }
    if (!write_output(out_path, r.text, out, why)) {
        err << out_path << ": error: cannot write: " << why << "\n";
        return 1;
    }
    return 0;
}

} // namespace

// Parses the command line and dispatches to rewrite, --verify, --list-kinds, --help.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return usage(err, "");
    if (args[0] == "--help" || args[0] == "-h") {
        if (args.size() != 1)
            return usage(err, "--help takes no arguments");
        out << kHelp << kUsage;
        return 0;
    }
    if (args[0] == "--list-kinds") {
        if (args.size() != 1)
            return usage(err, "--list-kinds takes no arguments");
        return list_kinds(out);
    }
    if (args[0] == "--verify") {
        if (args.size() < 2)
            return usage(err, "--verify needs a file");
        int status = 0;
        for (std::size_t i = 1; i < args.size(); ++i)
            status |= verify_file(args[i], out, err);
        return status;
    }
    std::string in, output;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-o") {
            if (i + 1 >= args.size())
                return usage(err, "-o needs a file name");
            if (!output.empty())
                return usage(err, "more than one -o");
            output = args[++i];
        } else if (a.size() > 2 && a.rfind("-o", 0) == 0) {
            if (!output.empty())
                return usage(err, "more than one -o");
            output = a.substr(2);
        } else if (a.size() > 1 && a[0] == '-') {
            return usage(err, "unknown option '" + a + "'");
        } else if (in.empty()) {
            in = a;
        } else {
            return usage(err, "more than one input file");
        }
    }
    if (in.empty())
        return usage(err, "no input file");
    if (output.empty())
        return usage(err, "no output file (-o OUT.s)");
    return rewrite(in, output, out, err);
}

} // namespace tandem::rw
