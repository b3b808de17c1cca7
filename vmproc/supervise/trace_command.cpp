// The client opens a trace on one connection, sleeps for the duration and
// closes it on the same connection; if the client dies first, the VM closes
// the trace when the connection ends, so the file is always complete JSON.
#include "trace_command.h"

#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "control_client.h"

namespace tandem {

namespace {

const char kTraceHelp[] =
    "Usage: tandem trace [--duration S] [-o FILE] VM\n"
    "\n"
    "Records a running VM's events for S seconds (its id or host pid, see\n"
    "'tandem ps') into FILE in the Chrome trace-event JSON format, which\n"
    "ui.perfetto.dev and Perfetto's trace processor open: exits and device\n"
    "requests with their durations, guest system calls, interrupts,\n"
    "exceptions, page faults, context switches (docs/SUPERVISOR.md, \"Traces\").\n"
    "The VM process writes the file; one trace per VM at a time.\n"
    "\n"
    "  --duration S  how long to record, in seconds (1-3600; default 1)\n"
    "  -o FILE       where to write it (default: tandem-trace-<VM id>.json)\n"
    "  -h, --help    this text\n";

struct TraceOptions {
    bool help = false;
    unsigned duration_s = 1;
    std::string output;
    std::string vm;
};

int usage(const std::string& message) {
    std::fprintf(stderr, "tandem: trace: %s\nTry 'tandem trace --help'.\n", message.c_str());
    return 2;
}

// The value of `name` at args[i] ("--name V" or "--name=V"); advances i.
bool option_value(const std::vector<std::string>& args, std::size_t& i, const std::string& name, std::string& out) {
    const std::string& a = args[i];
    if (a == name) {
        if (i + 1 >= args.size()) return false;
        out = args[++i];
        return true;
    }
    out = a.substr(name.size() + 1);
    return true;
}

// The options; nullopt with `status` set for a bad command line.
std::optional<TraceOptions> parse(const std::vector<std::string>& args, int& status) {
    TraceOptions o;
    for (std::size_t i = 1; i < args.size(); i++) {
        const std::string& a = args[i];
        std::string v;
        if (a == "-h" || a == "--help") {
            o.help = true;
            return o;
        } else if (a == "--duration" || a.rfind("--duration=", 0) == 0) {
            if (!option_value(args, i, "--duration", v)) return status = usage("option '--duration' needs a value"), std::nullopt;
            char* end = nullptr;
            unsigned long n = std::strtoul(v.c_str(), &end, 10);
            if (v.empty() || *end || v[0] == '-' || n < 1 || n > 3600)
                return status = usage("--duration: '" + v + "' is not a number of seconds from 1 to 3600"), std::nullopt;
            o.duration_s = static_cast<unsigned>(n);
        } else if (a == "-o" || a == "--output" || a.rfind("--output=", 0) == 0) {
            if (a == "-o") {
                if (i + 1 >= args.size()) return status = usage("option '-o' needs a file name"), std::nullopt;
                v = args[++i];
            } else if (!option_value(args, i, "--output", v)) {
                return status = usage("option '--output' needs a file name"), std::nullopt;
            }
            if (v.empty()) return status = usage("option '-o' needs a file name"), std::nullopt;
            o.output = v;
        } else if (!a.empty() && a[0] == '-') {
            return status = usage("unknown option '" + a + "'"), std::nullopt;
        } else if (o.vm.empty()) {
            o.vm = a;
        } else {
            return status = usage("unexpected argument '" + a + "'"), std::nullopt;
        }
    }
    if (o.vm.empty()) return status = usage("which VM? (an id or host pid from 'tandem ps')"), std::nullopt;
    return o;
}

// `path` made absolute against the current directory: the VM process has its own.
std::string absolute(const std::string& path) {
    if (!path.empty() && path[0] == '/') return path;
    char cwd[PATH_MAX];
    if (!::getcwd(cwd, sizeof cwd)) return path;
    return std::string(cwd) + "/" + path;
}

int fail(const Error& e) {
    std::fprintf(stderr, "tandem: %s\n", e.message.c_str());
    return 1;
}

} // namespace

const char* trace_help_text() { return kTraceHelp; }

int trace_main(const std::vector<std::string>& args) {
    int status = 0;
    auto o = parse(args, status);
    if (!o) return status;
    if (o->help) {
        std::fputs(kTraceHelp, stdout);
        return 0;
    }
    auto vms = find_vms();
    if (!vms) return fail(vms.error());
    auto vm = pick_vm(*vms, o->vm);
    if (!vm) return fail(vm.error());
    const std::string path = absolute(o->output.empty() ? "tandem-trace-" + vm->id + ".json" : o->output);
    auto connection = VmConnection::open(*vm);
    if (!connection) return fail(connection.error());
    auto started = connection->ask(trace_start_line(path));
    if (!started) return fail(started.error());
    std::this_thread::sleep_for(std::chrono::seconds(o->duration_s));
    auto done = connection->ask(request_line(ControlCommand::TraceStop));
    if (!done) return fail(done.error());
    auto number = [&](const char* key) {
        const json::Value* v = done->find(key);
        return v && v->kind == json::Value::Kind::Number && !v->negative ? v->unsigned_number : 0;
    };
    std::fprintf(stderr, "tandem: trace of VM %s: %llu events in %s", vm->id.c_str(),
                 static_cast<unsigned long long>(number("events")), path.c_str());
    if (number("dropped") || number("invalid") || number("lost"))
        std::fprintf(stderr, " (%llu dropped: vmlib's ring was full; %llu invalid, %llu lost)",
                     static_cast<unsigned long long>(number("dropped")), static_cast<unsigned long long>(number("invalid")),
                     static_cast<unsigned long long>(number("lost")));
    std::fprintf(stderr, "\n");
    return 0;
}

} // namespace tandem
