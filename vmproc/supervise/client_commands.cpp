// Parsing of the three commands' few options, and the tables they print.
#include "client_commands.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <thread>

#include "control_client.h"
#include "trace_command.h"

namespace tandem {

namespace {

const char kPsHelp[] =
    "Usage: tandem ps [--json]\n"
    "\n"
    "Lists the VMs of this user that are running: id, host pid, mode, guest\n"
    "kernel, guest memory, CPU weight (100: an ordinary process's share;\n"
    "'tandem run --cpu-weight'), uptime and the first guest command.  Control\n"
    "sockets left by VM processes that died are removed.\n"
    "\n"
    "  --json     one JSON object per VM, one per line (also: pmem, nice,\n"
    "             channel, restarts)\n"
    "  -h, --help this text\n";

const char kStatsHelp[] =
    "Usage: tandem stats [--json] [--follow | --interval S] VM\n"
    "\n"
    "Prints the live counters of a running VM (its id or host pid, see\n"
    "'tandem ps'): exits by reason, vmlib's events, emulated instructions by\n"
    "kind, exceptions by vector, the kernel module's counters (composite\n"
    "mode), file service requests and vmproc's CPU time.  The VM is not\n"
    "stopped to read them.\n"
    "\n"
    "  --json        the counters as one JSON object\n"
    "  --follow      print them again every second until the VM ends\n"
    "  --interval S  the same every S seconds (1-3600)\n"
    "  -h, --help    this text\n";

const char kTopHelp[] =
    "Usage: tandem top [--json] VM\n"
    "\n"
    "Lists the processes inside a running VM, read from guest memory through\n"
    "the guest kernel's own process table (no agent and no system call in the\n"
    "guest): pid, parent pid, state, threads, CPU time, resident memory and\n"
    "command name.\n"
    "\n"
    "  --json     the list as one JSON object\n"
    "  -h, --help this text\n";

struct ClientOptions {
    bool help = false;
    bool json = false;
    unsigned interval_s = 0; // 0: once
    std::string vm;
};

int usage(const std::string& command, const std::string& message) {
    std::fprintf(stderr, "tandem: %s: %s\nTry 'tandem %s --help'.\n", command.c_str(), message.c_str(), command.c_str());
    return 2;
}

int failure(const Error& e) {
    std::fprintf(stderr, "tandem: %s\n", e.message.c_str());
    return 1;
}

// Parses the options every command shares; `follow_ok` allows --follow/--interval, `vm_needed` one VM argument.
std::optional<ClientOptions> parse_client(const std::vector<std::string>& args, bool follow_ok, bool vm_needed,
                                          int& status) {
    ClientOptions o;
    const std::string& cmd = args[0];
    for (std::size_t i = 1; i < args.size(); i++) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            o.help = true;
            return o;
        }
        if (a == "--json") {
            o.json = true;
        } else if (follow_ok && a == "--follow") {
            if (!o.interval_s) o.interval_s = 1;
        } else if (follow_ok && (a == "--interval" || a.rfind("--interval=", 0) == 0)) {
            std::string v;
            if (a == "--interval") {
                if (i + 1 >= args.size()) {
                    status = usage(cmd, "option '--interval' needs a value");
                    return std::nullopt;
                }
                v = args[++i];
            } else {
                v = a.substr(11);
            }
            char* end = nullptr;
            unsigned long n = std::strtoul(v.c_str(), &end, 10);
            if (v.empty() || *end || n < 1 || n > 3600) {
                status = usage(cmd, "--interval: '" + v + "' is not a number of seconds from 1 to 3600");
                return std::nullopt;
            }
            o.interval_s = static_cast<unsigned>(n);
        } else if (!a.empty() && a[0] == '-') {
            status = usage(cmd, "unknown option '" + a + "'");
            return std::nullopt;
        } else if (vm_needed && o.vm.empty()) {
            o.vm = a;
        } else {
            status = usage(cmd, "unexpected argument '" + a + "'");
            return std::nullopt;
        }
    }
    if (vm_needed && o.vm.empty()) {
        status = usage(cmd, "which VM? (an id or host pid from 'tandem ps')");
        return std::nullopt;
    }
    return o;
}

std::string text_of(const json::Value* v) {
    if (!v) return "?";
    switch (v->kind) {
    case json::Value::Kind::String: return v->string;
    case json::Value::Kind::Number: return v->negative ? std::to_string(v->number) : std::to_string(v->unsigned_number);
    case json::Value::Kind::Bool: return v->boolean ? "true" : "false";
    default: return "?";
    }
}

std::uint64_t number_of(const json::Value* v) {
    return v && v->kind == json::Value::Kind::Number && !v->negative ? v->unsigned_number : 0;
}

// "3d04h", "2h05m", "4m07s", "12s".
std::string duration(std::uint64_t ns) {
    std::uint64_t s = ns / 1000000000ull;
    char buf[32];
    if (s >= 86400) std::snprintf(buf, sizeof buf, "%llud%02lluh", (unsigned long long)(s / 86400), (unsigned long long)(s % 86400 / 3600));
    else if (s >= 3600) std::snprintf(buf, sizeof buf, "%lluh%02llum", (unsigned long long)(s / 3600), (unsigned long long)(s % 3600 / 60));
    else if (s >= 60) std::snprintf(buf, sizeof buf, "%llum%02llus", (unsigned long long)(s / 60), (unsigned long long)(s % 60));
    else std::snprintf(buf, sizeof buf, "%llus", (unsigned long long)s);
    return buf;
}

std::string mebibytes(std::uint64_t bytes) { return std::to_string(bytes >> 20) + "M"; }

int ps_command(const ClientOptions& o) {
    auto vms = find_vms();
    if (!vms) return failure(vms.error());
    if (!o.json) std::printf("%-8s %8s %-10s %-24s %7s %5s %8s  %s\n", "ID", "PID", "MODE", "KERNEL", "MEMORY", "CPU", "UPTIME", "COMMAND");
    for (const VmSocket& vm : *vms) {
        auto info = ask_vm(vm, ControlCommand::Info);
        if (o.json) {
            if (info) {
                json::Writer w;
                w.begin_object();
                for (const auto& [k, v] : info->object)
                    if (k != "ok") {
                        if (v.kind == json::Value::Kind::Number && v.negative) w.member(k, v.number);
                        else if (v.kind == json::Value::Kind::Number) w.member(k, number_of(&v));
                        else w.member(k, text_of(&v));
                    }
                w.end_object();
                std::printf("%s\n", w.text().c_str());
            } else {
                json::Writer w;
                w.begin_object().member("id", vm.id).member("pid", static_cast<int>(vm.pid)).member("error", info.error().message).end_object();
                std::printf("%s\n", w.text().c_str());
            }
            continue;
        }
        if (!info) {
            std::printf("%-8s %8d %-10s %-24s %7s %5s %8s  (%s)\n", vm.id.c_str(), static_cast<int>(vm.pid), "?", "?", "?", "?", "?",
                        info.error().message.c_str());
            continue;
        }
        std::string kernel = text_of(info->find("kernel"));
        if (kernel.size() > 24) kernel = "..." + kernel.substr(kernel.size() - 21);
        // CPU: the VM's weight (100 = an ordinary process's share; --cpu-weight).
        const json::Value* weight = info->find("cpu_weight");
        std::string cpu = weight ? std::to_string(number_of(weight)) : "-";
        std::printf("%-8s %8d %-10s %-24s %7s %5s %8s  %s\n", vm.id.c_str(), static_cast<int>(vm.pid),
                    text_of(info->find("mode")).c_str(), kernel.c_str(),
                    mebibytes(number_of(info->find("memory"))).c_str(), cpu.c_str(),
                    duration(number_of(info->find("uptime_ns"))).c_str(), text_of(info->find("command")).c_str());
    }
    return 0;
}

// A stats reply as a table: each object member is a section, each number a line.
void print_stats_table(const json::Value& v, const std::string& section) {
    for (const auto& [k, m] : v.object) {
        if (k == "ok") continue;
        if (m.kind == json::Value::Kind::Object) {
            std::string name = section.empty() ? k : section + ": " + k;
            // A header only above lines of its own, not above sub-sections alone.
            bool has_lines = std::any_of(m.object.begin(), m.object.end(),
                                         [](const auto& kv) { return kv.second.kind != json::Value::Kind::Object; });
            if (has_lines || m.object.empty()) std::printf("%s\n", name.c_str());
            print_stats_table(m, name);
        } else {
            std::printf("  %-60s %14s\n", k.c_str(), text_of(&m).c_str());
        }
    }
}

int stats_command(const ClientOptions& o) {
    auto vms = find_vms();
    if (!vms) return failure(vms.error());
    auto vm = pick_vm(*vms, o.vm);
    if (!vm) return failure(vm.error());
    for (int samples = 0;; samples++) {
        auto reply = ask_vm(*vm, ControlCommand::Stats);
        if (!reply) {
            if (samples == 0 || ::access(vm->path.c_str(), F_OK) == 0) return failure(reply.error());
            std::fprintf(stderr, "tandem: VM %s has ended\n", vm->id.c_str());
            return 0;
        }
        if (o.json) {
            // Re-emitted compactly from the parsed reply: one object per line.
            json::Writer w;
            auto emit = [&](auto& self, const json::Value& v) -> void {
                switch (v.kind) {
                case json::Value::Kind::Object:
                    w.begin_object();
                    for (const auto& [k, m] : v.object) {
                        w.key(k);
                        self(self, m);
                    }
                    w.end_object();
                    break;
                case json::Value::Kind::Number: w.value(number_of(&v)); break;
                case json::Value::Kind::Bool: w.value(v.boolean); break;
                default: w.value(text_of(&v)); break;
                }
            };
            emit(emit, *reply);
            std::printf("%s\n", w.text().c_str());
        } else {
            if (samples) std::printf("\n");
            print_stats_table(*reply, "");
        }
        std::fflush(stdout);
        if (!o.interval_s) return 0;
        std::this_thread::sleep_for(std::chrono::seconds(o.interval_s));
    }
}

int top_command(const ClientOptions& o) {
    auto vms = find_vms();
    if (!vms) return failure(vms.error());
    auto vm = pick_vm(*vms, o.vm);
    if (!vm) return failure(vm.error());
    auto reply = ask_vm(*vm, ControlCommand::Top);
    if (!reply) return failure(reply.error());
    const json::Value* list = reply->find("processes");
    if (!list || list->kind != json::Value::Kind::Array) return failure(Error{"VM " + vm->id + ": a reply without processes"});
    if (o.json) {
        json::Writer w;
        w.begin_object().member("id", vm->id).member("truncated", reply->find("truncated") && reply->find("truncated")->boolean);
        w.key("processes").begin_array();
        for (const json::Value& p : list->array) {
            w.begin_object();
            for (const auto& [k, v] : p.object) {
                if (v.kind == json::Value::Kind::Number) {
                    if (v.negative) w.member(k, v.number);
                    else w.member(k, v.unsigned_number);
                } else {
                    w.member(k, text_of(&v));
                }
            }
            w.end_object();
        }
        w.end_array().end_object();
        std::printf("%s\n", w.text().c_str());
        return 0;
    }
    std::printf("%7s %7s %s %4s %10s %10s  %s\n", "PID", "PPID", "S", "THR", "CPU", "RSS", "COMMAND");
    for (const json::Value& p : list->array) {
        std::uint64_t cpu = number_of(p.find("utime_ns")) + number_of(p.find("stime_ns"));
        char cpu_text[32];
        std::snprintf(cpu_text, sizeof cpu_text, "%llu.%02llus", (unsigned long long)(cpu / 1000000000ull),
                      (unsigned long long)(cpu / 10000000ull % 100));
        std::string rss = std::to_string(number_of(p.find("resident_pages")) * 4) + "K";
        std::printf("%7s %7s %s %4s %10s %10s  %s\n", text_of(p.find("pid")).c_str(), text_of(p.find("ppid")).c_str(),
                    text_of(p.find("state")).c_str(), text_of(p.find("threads")).c_str(), cpu_text, rss.c_str(),
                    text_of(p.find("command")).c_str());
    }
    if (const json::Value* t = reply->find("truncated"); t && t->boolean)
        std::printf("(the list is incomplete: the guest's process table changed or is damaged)\n");
    return 0;
}

} // namespace

bool is_supervise_command(const std::string& word) {
    return word == "ps" || word == "stats" || word == "top" || word == "trace";
}

const char* ps_help_text() { return kPsHelp; }
const char* stats_help_text() { return kStatsHelp; }
const char* top_help_text() { return kTopHelp; }

int supervise_main(const std::vector<std::string>& args) {
    const std::string& cmd = args[0];
    if (cmd == "trace") return trace_main(args);
    int status = 0;
    bool is_stats = cmd == "stats";
    auto o = parse_client(args, is_stats, cmd != "ps", status);
    if (!o) return status;
    if (o->help) {
        std::fputs(cmd == "ps" ? kPsHelp : is_stats ? kStatsHelp : kTopHelp, stdout);
        return 0;
    }
    if (cmd == "ps") return ps_command(*o);
    if (is_stats) return stats_command(*o);
    return top_command(*o);
}

} // namespace tandem
