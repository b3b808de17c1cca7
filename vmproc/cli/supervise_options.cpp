// --restart, --pmem, --channel and --cpu-weight: each value checked here
// with a one-line usage error, so that `tandem run` fails before it boots.
#include "supervise_options.h"

#include <tandem/platform.h>

#include <cmath>

#include "options.h"

namespace tandem {

namespace {

// Digits only, at most `max`; nullopt otherwise.
std::optional<unsigned> parse_count(const std::string& text, unsigned max) {
    if (text.empty() || text.size() > 9) return std::nullopt;
    unsigned long n = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<unsigned long>(c - '0');
    }
    if (n > max) return std::nullopt;
    return static_cast<unsigned>(n);
}

// --restart no | on-failure | on-failure:N.
Status parse_restart(SupervisorOptions& s, const std::string& value) {
    if (value == "no") {
        s.restarts = 0;
        return ok_status();
    }
    const std::string prefix = "on-failure";
    if (value.compare(0, prefix.size(), prefix) == 0) {
        if (value.size() == prefix.size()) {
            s.restarts = kRestartDefault;
            return ok_status();
        }
        if (value[prefix.size()] == ':') {
            auto n = parse_count(value.substr(prefix.size() + 1), kRestartMax);
            if (n && *n >= 1) {
                s.restarts = *n;
                return ok_status();
            }
        }
    }
    return usage_error("--restart: '" + value + "' is not no, on-failure or on-failure:N (N from 1 to " +
                           std::to_string(kRestartMax) + ")",
                       false);
}

// --pmem SIZE[:FILE].
Status parse_pmem(SupervisorOptions& s, const std::string& value) {
    std::size_t colon = value.find(':');
    std::string size_text = value.substr(0, colon);
    auto size = parse_size_text(size_text);
    if (!size) return usage_error("--pmem: '" + size_text + "' is not a size (examples: 1M, 64K)", false);
    if (*size < kPmemMin || *size > kPmemMax)
        return usage_error("--pmem: " + size_text + " is out of range (" + format_size(kPmemMin) + " to " +
                               format_size(kPmemMax) + ")",
                           false);
    if (*size % 4096 != 0) return usage_error("--pmem: " + size_text + " is not a multiple of 4K", false);
    s.pmem_size = *size;
    s.pmem_file.clear();
    if (colon != std::string::npos) {
        s.pmem_file = value.substr(colon + 1);
        if (s.pmem_file.empty()) return usage_error("--pmem: the file name after ':' is empty", false);
    }
    return ok_status();
}

// --channel NAME: a file-name-safe word, since it names the rendezvous socket.
Status parse_channel(SupervisorOptions& s, const std::string& value) {
    bool ok = !value.empty() && value.size() <= kChannelNameMax && value[0] != '.';
    for (char c : value) {
        bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                       c == '_' || c == '-';
        if (!allowed) ok = false;
    }
    if (!ok)
        return usage_error("--channel: '" + value + "' is not a name (1 to " + std::to_string(kChannelNameMax) +
                               " of A-Z a-z 0-9 . _ -, not starting with '.')",
                           false);
    s.channel = value;
    return ok_status();
}

// --cpu-weight W.
Status parse_cpu_weight(SupervisorOptions& s, const std::string& value) {
    auto w = parse_count(value, kCpuWeightMax);
    if (!w || *w < kCpuWeightMin)
        return usage_error("--cpu-weight: '" + value + "' is not a weight from " + std::to_string(kCpuWeightMin) +
                               " to " + std::to_string(kCpuWeightMax) + " (100: an ordinary process's share)",
                           false);
    s.cpu_weight = *w;
    return ok_status();
}

} // namespace

bool is_supervisor_option(const std::string& name) {
    return name == "--restart" || name == "--pmem" || name == "--channel" || name == "--cpu-weight";
}

Status parse_supervisor_option(SupervisorOptions& s, const std::string& name, const std::string& value) {
    if (name == "--restart") return parse_restart(s, value);
    if (name == "--pmem") return parse_pmem(s, value);
    if (name == "--channel") return parse_channel(s, value);
    if (name == "--cpu-weight") return parse_cpu_weight(s, value);
    return usage_error("run: unknown option '" + name + "'");
}

Status check_supervisor_options(const SupervisorOptions& s, std::uint64_t memory_size) {
    if (s.pmem_size && memory_size + s.pmem_size > TANDEM_PHYS_MAX)
        return usage_error("--pmem: " + format_size(s.pmem_size) + " after --memory " + format_size(memory_size) +
                               " passes the guest-physical limit of " + format_size(TANDEM_PHYS_MAX),
                           false);
    return ok_status();
}

int nice_for_cpu_weight(unsigned weight) {
    if (weight == 0) return 0;
    double steps = std::log(static_cast<double>(weight) / kCpuWeightDefault) / std::log(1.25);
    long nice = -std::lround(steps);
    if (nice < -20) nice = -20;
    if (nice > 19) nice = 19;
    return static_cast<int>(nice);
}

unsigned cpu_weight_for_nice(int nice) {
    double w = kCpuWeightDefault * std::pow(1.25, -nice);
    long r = std::lround(w);
    if (r < static_cast<long>(kCpuWeightMin)) r = kCpuWeightMin;
    if (r > static_cast<long>(kCpuWeightMax)) r = kCpuWeightMax;
    return static_cast<unsigned>(r);
}

} // namespace tandem
