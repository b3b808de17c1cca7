// The profile's drain, aggregation and output.  Samples come from guest
// memory: every field is taken from a private copy, `where` and the exit
// reason are only compared with known values, and program names are cut at
// their array and cleaned of bytes the folded format gives a meaning to.
#include "profile.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <vector>

#include "run_loop.h"

namespace tandem {

namespace {

constexpr std::uint32_t kMask = TANDEM_PROFILE_SAMPLES - 1;

// A program name from a sample: at most TANDEM_PROGRAM_NAME_MAX bytes, up
// to a NUL; ';' (the frame separator), spaces and unprintable bytes become
// '_'.  An address space with no name: the guest kernel's own (boot, idle)
// or one the full table left out.
std::string program_frame(const char (&raw)[TANDEM_PROGRAM_NAME_MAX]) {
    std::string name;
    for (char c : raw) {
        if (c == 0) break;
        bool plain = c > ' ' && c < 0x7f && c != ';';
        name += plain ? c : '_';
    }
    return name.empty() ? "[no program]" : name;
}

// A function name as one frame: ';' would split it.
std::string function_frame(std::string name) {
    std::replace(name.begin(), name.end(), ';', ':');
    return name;
}

const char* where_name(std::uint32_t where) {
    switch (where) {
    case TANDEM_PROFILE_KERNEL: return "kernel";
    case TANDEM_PROFILE_USER: return "user";
    case TANDEM_PROFILE_VMLIB: return "vmlib";
    case TANDEM_PROFILE_HOST: return "vmproc";
    default: return "unknown";
    }
}

// The frame below `where`: the function for code tandem has symbols for,
// the exit being served for vmproc's samples, none for user code.
std::string leaf_frame(std::uint32_t where, std::uint64_t rip, const SymbolTable& symbols) {
    switch (where) {
    case TANDEM_PROFILE_KERNEL:
    case TANDEM_PROFILE_VMLIB: return function_frame(symbols.function(rip));
    case TANDEM_PROFILE_HOST: return exit_reason_name(static_cast<std::uint32_t>(rip));
    default: return "";
    }
}

std::string percent(std::uint64_t part, std::uint64_t whole) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%6.2f%%", whole ? 100.0 * double(part) / double(whole) : 0.0);
    return buf;
}

// Rows sorted by count, most first (ties by name, so the output is stable).
std::vector<std::pair<std::string, std::uint64_t>> by_count(const std::map<std::string, std::uint64_t>& m) {
    std::vector<std::pair<std::string, std::uint64_t>> rows(m.begin(), m.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return rows;
}

} // namespace

// Reads `head`, copies what is new, reads `head` again: a sample whose slot
// the writer reached again in between (head2 - i >= ring size) may be torn
// and is dropped as lost, like those the ring overwrote before the drain.
void ProfileCollector::drain() {
    if (!ring_) return;
    const auto* ring = reinterpret_cast<const tandem_profile_ring*>(ring_);
    std::uint32_t head = __atomic_load_n(&ring->head, __ATOMIC_ACQUIRE);
    std::uint32_t pending = head - read_;
    if (pending == 0) return;
    if (pending > TANDEM_PROFILE_SAMPLES) {
        lost_ += pending - TANDEM_PROFILE_SAMPLES;
        read_ = head - TANDEM_PROFILE_SAMPLES;
        pending = TANDEM_PROFILE_SAMPLES;
    }
    std::vector<tandem_profile_sample> copy(pending);
    for (std::uint32_t k = 0; k < pending; k++)
        std::memcpy(&copy[k], &ring->samples[(read_ + k) & kMask], sizeof(tandem_profile_sample));
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    std::uint32_t head2 = __atomic_load_n(&ring->head, __ATOMIC_ACQUIRE);
    for (std::uint32_t k = 0; k < pending; k++) {
        if (head2 - (read_ + k) >= TANDEM_PROFILE_SAMPLES) {
            lost_++;
            continue;
        }
        take(copy[k]);
    }
    read_ = head;
}

// A sample counts once more for each interval it stands for (a late one);
// the guest writes the ring, so the count is capped.
void ProfileCollector::take(const tandem_profile_sample& s) {
    std::uint64_t n = 1 + std::min<std::uint64_t>(s.missed, TANDEM_PROFILE_MISSED_MAX);
    counts_[Key{s.where, program_frame(s.program), s.rip}] += n;
    samples_ += n;
}

std::string ProfileCollector::folded(const SymbolTable& symbols) const {
    std::map<std::string, std::uint64_t> stacks;
    for (const auto& [key, n] : counts_) {
        const auto& [where, program, rip] = key;
        std::string stack = program + ";" + where_name(where);
        std::string leaf = leaf_frame(where, rip, symbols);
        if (!leaf.empty()) stack += ";" + leaf;
        stacks[stack] += n;
    }
    std::string out;
    for (const auto& [stack, n] : by_count(stacks)) out += stack + " " + std::to_string(n) + "\n";
    return out;
}

std::string ProfileCollector::top_list(const SymbolTable& symbols, std::uint64_t interval_ns) const {
    std::map<std::string, std::uint64_t> wheres, programs, functions, exits, user_addresses;
    for (const auto& [key, n] : counts_) {
        const auto& [where, program, rip] = key;
        wheres[where_name(where)] += n;
        programs[program] += n;
        if (where == TANDEM_PROFILE_KERNEL || where == TANDEM_PROFILE_VMLIB)
            functions[std::string(where_name(where)) + "  " + symbols.function(rip)] += n;
        if (where == TANDEM_PROFILE_HOST) exits[leaf_frame(where, rip, symbols)] += n;
        if (where == TANDEM_PROFILE_USER) {
            char addr[32];
            std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(rip));
            user_addresses[program + "  " + addr] += n;
        }
    }
    char head[200];
    std::snprintf(head, sizeof head,
                  "tandem profile: %llu samples, one every %llu us of wall-clock time (%.2f s); "
                  "%llu lost (ring overwritten before vmproc drained it)\n",
                  static_cast<unsigned long long>(samples_), static_cast<unsigned long long>(interval_ns / 1000),
                  double(samples_) * double(interval_ns) / 1e9, static_cast<unsigned long long>(lost_));
    std::string out = head;
    auto section = [&](const char* title, const std::map<std::string, std::uint64_t>& m, std::size_t max_rows) {
        out += std::string("\n") + title + "\n";
        std::size_t rows = 0;
        for (const auto& [name, n] : by_count(m)) {
            if (rows++ == max_rows) break;
            out += "  " + percent(n, samples_) + " " + std::to_string(n) + "  " + name + "\n";
        }
    };
    section("where (kernel: guest kernel; user: guest programs; vmlib: emulation and events; "
            "vmproc: exits being served)", wheres, 8);
    section("vmproc by exit (halt: the guest idles)", exits, 8);
    section("by program (address space; all of its samples)", programs, 25);
    section("top functions (guest kernel and vmlib)", functions, 40);
    section("top user addresses (program, RIP; symbolize with the program's own symbols)", user_addresses, 20);
    return out;
}

Status ProfileCollector::create_outputs(const std::string& path) {
    for (const std::string& name : {path, path + ".txt"}) {
        std::ofstream f(name, std::ios::binary | std::ios::trunc);
        if (!f) return Error{"--profile: cannot write " + name};
    }
    return ok_status();
}

Status ProfileCollector::write(const std::string& path, const SymbolTable& symbols, std::uint64_t interval_ns) const {
    for (const auto& [name, text] : {std::pair{path, folded(symbols)}, std::pair{path + ".txt", top_list(symbols, interval_ns)}}) {
        std::ofstream f(name, std::ios::binary | std::ios::trunc);
        f << text;
        f.close();
        if (!f) return Error{"--profile: cannot write " + name};
    }
    return ok_status();
}

} // namespace tandem
