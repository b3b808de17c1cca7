// The `tandem` command line: what the user asked for, parsed without side
// effects so that it can be tested on its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fs/export_paths.h"
#include "result.h"
#include "supervise_options.h"

namespace tandem {

enum class Command { MainHelp, RunHelp, Version, Run };
enum class Mode { Auto, User, Composite };

struct RunOptions {
    std::string kernel = "kernel"; // built-in name or a path
    Mode mode = Mode::Auto;
    std::uint64_t memory_size;     // bytes, page aligned, within limits
    unsigned spaces = 8;           // user-only mode: space processes (guest address spaces kept mapped)
    bool memory_given = false;     // --memory was on the command line (not the default)
    std::string cmdline;           // for boot_info.cmdline
    bool stats = false;
    bool verbose = false;          // --verbose: the guest kernel names what it does not support
    std::string profile;           // --profile FILE: folded stacks to FILE, the top list to FILE.txt ("" = off)
    std::string trace;             // --trace FILE: the run's trace events, Chrome JSON ("" = off)
    std::vector<std::string> program; // PROGRAM ARGS... after "--" (may be empty)
    ExportSpec root{"/", "/", true};  // --root DIR[:ro|:rw]: what the guest sees as "/"
    std::vector<ExportSpec> binds;    // --bind HOST:GUEST[:ro|:rw], in the order given
    std::string workdir;              // guest path: --workdir, else the host cwd's guest path, else "/"
    std::vector<std::string> env;     // K=V: the default environment with --env applied
    unsigned watchdog_s = 0;          // --watchdog S: a hang after S seconds without a timer interrupt (0: off)
    std::string core_dir;             // --core-dir DIR: where a failed guest's core goes ("": the cwd)
    bool core = true;                 // false with --no-core
    SupervisorOptions supervisor;     // --restart, --pmem, --channel, --cpu-weight (supervise_options.h)
    RunOptions();
};

struct Options {
    Command command = Command::MainHelp;
    RunOptions run;
};

// Parses argv (argv[0] excluded).  Errors are usage errors (exit status 2).
Result<Options> parse_options(const std::vector<std::string>& args);

// The first process's environment: PATH, HOME, TERM (`term`, or "dumb" if
// empty) and LANG, then each K=V of `overrides` replacing or appending.
std::vector<std::string> default_environment(const std::string& term,
                                             const std::vector<std::string>& overrides);

// Digits with an optional binary suffix (K, M, G, T; KiB/KB/...); nullopt
// when the text is not a size or overflows.
std::optional<std::uint64_t> parse_size_text(std::string_view text);

// Parses a memory size such as 512M, 2G, 65536K or plain bytes.  Returns an
// error naming `option` if the text is not a size or out of the range.
Result<std::uint64_t> parse_memory_size(std::string_view text, std::string_view option);

// Human-readable size ("512M", "2G", "20000K", "12345 bytes") for messages.
std::string format_size(std::uint64_t bytes);

const char* mode_name(Mode mode);

} // namespace tandem
