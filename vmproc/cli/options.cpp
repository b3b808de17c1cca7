// Command-line parsing for `tandem`.  Kept free of I/O: it only turns strings
// into an Options value or a usage error.
#include "options.h"

#include <tandem/platform.h>

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace tandem {

RunOptions::RunOptions() : memory_size(TANDEM_MEMORY_DEFAULT) {}

const char* mode_name(Mode mode) {
    switch (mode) {
    case Mode::Auto: return "auto";
    case Mode::User: return "user";
    case Mode::Composite: return "composite";
    }
    return "?";
}

// Formats a byte count with the largest binary unit that divides it exactly,
// so error messages echo sizes the way the user writes them.
std::string format_size(std::uint64_t bytes) {
    static const struct { std::uint64_t unit; const char* suffix; } units[] = {
        {1ull << 40, "T"}, {1ull << 30, "G"}, {1ull << 20, "M"}, {1ull << 10, "K"}};
    if (bytes != 0) {
        for (const auto& u : units)
            if (bytes % u.unit == 0) return std::to_string(bytes / u.unit) + u.suffix;
    }
    return std::to_string(bytes) + " bytes";
}

// Parses digits plus an optional binary suffix (K, M, G, T; also KiB/KB/...).
// Overflow and any stray character make the whole text "not a size".
std::optional<std::uint64_t> parse_size_text(std::string_view text) {
    std::uint64_t number = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(begin, end, number, 10);
    if (ec != std::errc() || ptr == begin) return std::nullopt;
    std::string_view suffix(ptr, static_cast<std::size_t>(end - ptr));
    unsigned shift = 0;
    if (!suffix.empty()) {
        switch (suffix[0]) {
        case 'k': case 'K': shift = 10; break;
        case 'm': case 'M': shift = 20; break;
        case 'g': case 'G': shift = 30; break;
        case 't': case 'T': shift = 40; break;
        case 'b': case 'B': shift = 0; break;
        default: return std::nullopt;
        }
        std::string_view rest = suffix.substr(1);
        if (shift == 0) {
            if (!rest.empty()) return std::nullopt;
        } else if (!(rest.empty() || rest == "B" || rest == "b" || rest == "iB")) {
            return std::nullopt;
        }
    }
    if (shift && number > (~0ull >> shift)) return std::nullopt;
    return number << shift;
}

Result<std::uint64_t> parse_memory_size(std::string_view text, std::string_view option) {
    std::string opt(option);
    auto size = parse_size_text(text);
    if (!size)
        return usage_error(opt + ": '" + std::string(text) + "' is not a size (examples: 512M, 2G)",
                           false);
    if (*size < TANDEM_MEMORY_MIN)
        return usage_error(opt + ": " + std::string(text) + " is too small (at least " +
                               format_size(TANDEM_MEMORY_MIN) + ")",
                           false);
    if (*size > TANDEM_PHYS_MAX)
        return usage_error(opt + ": " + std::string(text) + " is too large (at most " +
                               format_size(TANDEM_PHYS_MAX) + ")",
                           false);
    if (*size % TANDEM_PAGE_SIZE != 0)
        return usage_error(opt + ": " + std::string(text) + " is not a multiple of 4K", false);
    return *size;
}

// The NAME of a NAME=VALUE word (the whole word if it has no '=').
static std::string_view name_of(const std::string& kv) {
    return std::string_view(kv).substr(0, kv.find('='));
}

std::vector<std::string> default_environment(const std::string& term,
                                             const std::vector<std::string>& overrides) {
    std::vector<std::string> env = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/",
                                    "TERM=" + (term.empty() ? std::string("dumb") : term), "LANG=C"};
    // Each name's place in env, so that every override costs O(1): 100k
    // --env words must not take quadratic time.
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < env.size(); i++) index.emplace(name_of(env[i]), i);
    for (const std::string& kv : overrides) {
        auto [at, added] = index.emplace(name_of(kv), env.size());
        if (added) env.push_back(kv);
        else env[at->second] = kv;
    }
    return env;
}

// Splits optional export options off an export argument: a last
// ':'-separated part made only of the words ro, rw and suid (comma
// separated, as in ":rw,suid").  `e` keeps its defaults for what is not said.
static std::string_view split_export_options(std::string_view text, ExportSpec& e) {
    std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0) return text;
    std::string_view opts = text.substr(colon + 1);
    ExportSpec parsed = e;
    for (std::size_t at = 0; at <= opts.size();) {
        std::size_t comma = std::min(opts.find(',', at), opts.size());
        std::string_view word = opts.substr(at, comma - at);
        if (word == "ro") parsed.read_only = true;
        else if (word == "rw") parsed.read_only = false;
        else if (word == "suid") parsed.keep_suid = true;
        else return text; // not options: part of the path
        at = comma + 1;
    }
    e = parsed;
    return text.substr(0, colon);
}

// The canonical path of a host directory named by --root or --bind, or a
// one-line usage error: exporting something that is not there is a typo.
static Result<std::string> host_directory(const std::string& option, const std::string& path) {
    if (path.empty()) return usage_error(option + ": the host directory is empty", false);
    char buf[PATH_MAX];
    if (!::realpath(path.c_str(), buf))
        return usage_error(option + ": " + path + ": " + std::strerror(errno), false);
    struct stat st;
    if (::stat(buf, &st) != 0 || !S_ISDIR(st.st_mode))
        return usage_error(option + ": " + path + ": not a directory", false);
    return std::string(buf);
}

// --root DIR[:ro|:rw] (read-only unless :rw).
static Result<ExportSpec> parse_root(const std::string& value) {
    ExportSpec e;
    e.read_only = true;
    std::string host(split_export_options(value, e));
    e.host = TANDEM_TRY(host_directory("--root", host));
    e.guest = "/";
    return e;
}

// --bind HOST:GUEST[:OPTIONS] (read-write unless :ro).  The last ':' before
// the optional access suffix separates HOST from GUEST.
static Result<ExportSpec> parse_bind(const std::string& value) {
    ExportSpec e;
    e.read_only = false;
    std::string_view text = split_export_options(value, e);
    std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos)
        return usage_error("--bind: '" + value + "' is not HOST:GUEST[:ro|:rw][,suid]", false);
    std::string host(text.substr(0, colon));
    std::string guest(text.substr(colon + 1));
    e.host = TANDEM_TRY(host_directory("--bind", host));
    auto g = normalize_guest_path(guest);
    if (!g) return usage_error("--bind: guest path '" + guest + "' is not an absolute path without '..'", false);
    if (*g == "/") return usage_error("--bind: guest path '/' is the root; use --root DIR", false);
    if (g->size() >= sizeof(tandem_fs_export{}.path))
        return usage_error("--bind: guest path '" + guest + "' is too long", false);
    e.guest = *g;
    return e;
}

// Checks --env K=V: a non-empty name before the first '='.
static Status check_env(const std::string& kv) {
    std::size_t eq = kv.find('=');
    if (eq == std::string::npos || eq == 0 || kv.find('\0') != std::string::npos)
        return usage_error("--env: '" + kv + "' is not NAME=VALUE", false);
    return ok_status();
}

// The checks that need all exports at once, and the defaults that depend on
// them (the working directory).
static Status finish_run_options(RunOptions& r, const std::optional<std::string>& workdir,
                                 const std::vector<std::string>& env) {
    if (r.binds.size() + 1 > TANDEM_FS_MAX_EXPORTS)
        return usage_error("--bind: too many exports (at most " + std::to_string(TANDEM_FS_MAX_EXPORTS - 1) +
                               " besides the root)",
                           false);
    for (std::size_t i = 0; i < r.binds.size(); i++)
        for (std::size_t j = 0; j < i; j++)
            if (r.binds[i].guest == r.binds[j].guest)
                return usage_error("--bind: guest path '" + r.binds[i].guest + "' is bound twice", false);
    if (workdir) {
        auto w = normalize_guest_path(*workdir);
        if (!w || w->size() >= TANDEM_FS_PATH_MAX)
            return usage_error("--workdir: '" + *workdir + "' is not an absolute guest path without '..'", false);
        r.workdir = *w;
    } else {
        std::vector<ExportSpec> all{r.root};
        all.insert(all.end(), r.binds.begin(), r.binds.end());
        char cwd[PATH_MAX];
        std::optional<std::string> g;
        if (::getcwd(cwd, sizeof cwd)) g = guest_path_of(cwd, all);
        r.workdir = g ? *g : "/";
    }
    const char* term = std::getenv("TERM");
    r.env = default_environment(term ? term : "", env);
    return ok_status();
}

// --watchdog S: whole seconds, 1 to 3600.
static Result<unsigned> parse_watchdog(const std::string& value) {
    unsigned long n = 0;
    bool ok = !value.empty() && value.size() <= 4;
    for (char c : value) {
        if (c < '0' || c > '9') ok = false;
        else n = n * 10 + static_cast<unsigned long>(c - '0');
    }
    if (!ok || n < 1 || n > 3600)
        return usage_error("--watchdog: '" + value + "' is not a number of seconds from 1 to 3600", false);
    return static_cast<unsigned>(n);
}

// Parses the words after `tandem run`.
static Result<Options> parse_run(const std::vector<std::string>& args, std::size_t i) {
    Options o;
    o.command = Command::Run;
    RunOptions& r = o.run;
    std::optional<std::string> workdir;
    std::vector<std::string> env;
    for (; i < args.size(); i++) {
        const std::string& arg = args[i];
        if (arg == "--") {
            r.program.assign(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
            break;
        }
        if (arg == "-h" || arg == "--help") {
            o.command = Command::RunHelp;
            return o;
        }
        if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
            if (!arg.empty() && arg[0] == '-')
                return usage_error("run: unknown option '" + arg + "'");
            return usage_error("run: unexpected argument '" + arg +
                               "' (put the program to run after '--')");
        }
        std::string name = arg;
        std::optional<std::string> inline_value;
        if (auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
        }
        if (name == "--stats" || name == "--no-core") {
            if (inline_value) return usage_error("run: option '" + name + "' takes no value");
            if (name == "--stats") r.stats = true;
            else r.core = false;
            continue;
        }
        if (name == "--verbose") {
            if (inline_value) return usage_error("run: option '--verbose' takes no value");
            r.verbose = true;
            continue;
        }
        bool known = name == "--kernel" || name == "--mode" || name == "--memory" || name == "--spaces" ||
                     name == "--cmdline" || name == "--root" || name == "--bind" ||
                     name == "--workdir" || name == "--env" || name == "--watchdog" ||
                     name == "--core-dir" || name == "--profile" || name == "--trace" ||
                     is_supervisor_option(name);
        if (!known) return usage_error("run: unknown option '" + name + "'");
        std::string value;
        if (inline_value) {
            value = *inline_value;
        } else {
            if (i + 1 >= args.size()) return usage_error("run: option '" + name + "' needs a value");
            value = args[++i];
        }
        if (name == "--kernel") {
            if (value.empty()) return usage_error("run: option '--kernel' needs a value");
            r.kernel = value;
        } else if (name == "--mode") {
            if (value == "user") r.mode = Mode::User;
            else if (value == "composite") r.mode = Mode::Composite;
            else if (value == "auto") r.mode = Mode::Auto;
            else return usage_error("run: --mode: '" + value + "' is not one of user, composite, auto");
        } else if (name == "--memory") {
            r.memory_size = TANDEM_TRY(parse_memory_size(value, "--memory"));
            r.memory_given = true;
        } else if (name == "--spaces") {
            char* end = nullptr;
            errno = 0;
            unsigned long n = std::strtoul(value.c_str(), &end, 10);
            if (value.empty() || *end || errno || value[0] == '-' || n < 1 || n > TANDEM_SPACE_MAX)
                return usage_error("run: --spaces: '" + value + "' is not a number from 1 to " +
                                   std::to_string(TANDEM_SPACE_MAX));
            r.spaces = static_cast<unsigned>(n);
        } else if (name == "--cmdline") {
            if (value.size() >= TANDEM_CMDLINE_MAX)
                return usage_error("--cmdline: too long (" + std::to_string(value.size()) +
                                       " bytes; at most " + std::to_string(TANDEM_CMDLINE_MAX - 1) + ")",
                                   false);
            if (value.find('\0') != std::string::npos)
                return usage_error("--cmdline: must not contain a NUL byte", false);
            r.cmdline = value;
        } else if (name == "--root") {
            r.root = TANDEM_TRY(parse_root(value));
        } else if (name == "--bind") {
            r.binds.push_back(TANDEM_TRY(parse_bind(value)));
        } else if (name == "--workdir") {
            workdir = value;
        } else if (name == "--env") {
            TANDEM_CHECK(check_env(value));
            env.push_back(value);
        } else if (name == "--watchdog") {
            r.watchdog_s = TANDEM_TRY(parse_watchdog(value));
        } else if (name == "--core-dir") {
            if (value.empty()) return usage_error("run: option '--core-dir' needs a value");
            r.core_dir = value;
        } else if (name == "--profile") {
            if (value.empty()) return usage_error("run: option '--profile' needs a file name");
            r.profile = value;
        } else if (name == "--trace") {
            if (value.empty()) return usage_error("run: option '--trace' needs a file name");
            r.trace = value;
        } else {
            TANDEM_CHECK(parse_supervisor_option(r.supervisor, name, value));
        }
    }
    // A restart needs the guest wiped and booted again: user-only mode only (docs/SUPERVISOR.md).
    if (r.supervisor.restarts && r.mode == Mode::Composite)
        return usage_error("run: --restart works in user-only mode only: the kernel module has no operation that resets "
                           "a VM (its vCPU and shadow page tables) for a new guest, and tandem does not rebuild one");
    if (r.supervisor.restarts) r.mode = Mode::User;
    TANDEM_CHECK(check_supervisor_options(r.supervisor, r.memory_size));
    TANDEM_CHECK(finish_run_options(r, workdir, env));
    return o;
}

Result<Options> parse_options(const std::vector<std::string>& args) {
    Options o;
    auto main_usage = [](std::string message) {
        return Error{std::move(message), kExitUsage, kMainHelpHint};
    };
    if (args.empty()) return main_usage("no command given (commands: run, ps, stats, top, version, help)");
    const std::string& cmd = args[0];
    if (cmd == "-h" || cmd == "--help" || cmd == "help") {
        if (cmd == "help" && args.size() > 1 && args[1] == "run") o.command = Command::RunHelp;
        else o.command = Command::MainHelp;
        return o;
    }
    if (cmd == "version" || cmd == "--version") {
        o.command = Command::Version;
        return o;
    }
    if (cmd == "run") return parse_run(args, 1);
    if (!cmd.empty() && cmd[0] == '-') return main_usage("unknown option '" + cmd + "'");
    return main_usage("unknown command '" + cmd + "' (commands: run, ps, stats, top, version, help)");
}

} // namespace tandem
