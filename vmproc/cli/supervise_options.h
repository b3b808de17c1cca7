// The `tandem run` options of the supervisor's restart side (issue 15 items
// 4 and 5, docs/SUPERVISOR.md): --restart, --pmem, --channel, --cpu-weight.
// Parsed without side effects, like the rest of the command line.
#pragma once

#include <cstdint>
#include <string>

#include "result.h"

namespace tandem {

// --restart on-failure without a count: this many restarts.
inline constexpr unsigned kRestartDefault = 3;
inline constexpr unsigned kRestartMax = 1000;
// --pmem: the region's limits (it sits in guest-physical memory after RAM).
inline constexpr std::uint64_t kPmemMin = 4096;
inline constexpr std::uint64_t kPmemMax = 1ull << 30;
// --channel NAME: at most this many bytes, [A-Za-z0-9._-], not starting with '.'.
inline constexpr std::size_t kChannelNameMax = 64;
// --cpu-weight: cgroup v2's cpu.weight range; 100 is an ordinary process's share.
inline constexpr unsigned kCpuWeightMin = 1, kCpuWeightMax = 10000, kCpuWeightDefault = 100;

struct SupervisorOptions {
    unsigned restarts = 0;      // --restart on-failure[:N]: restarts allowed (0: --restart no)
    std::uint64_t pmem_size = 0; // --pmem SIZE (0: none)
    std::string pmem_file;      // --pmem SIZE:FILE ("": the region lives as long as the VM process)
    std::string channel;        // --channel NAME ("": none)
    unsigned cpu_weight = 0;    // --cpu-weight W (0: not given, the process's own share)
};

// True for the options this file parses.
bool is_supervisor_option(const std::string& name);

// Parses one of them (`name` is the option, `value` its argument) into `s`.
Status parse_supervisor_option(SupervisorOptions& s, const std::string& name, const std::string& value);

// The checks across options: RAM and the --pmem region after it must fit
// the guest-physical limit together.
Status check_supervisor_options(const SupervisorOptions& s, std::uint64_t memory_size);

// The nice value that gives a process about `weight`/100 of an ordinary
// process's CPU share under the host's fair scheduler (each nice step is a
// factor of 1.25 in weight): 100 -> 0, 1 -> 19, 10000 -> -20.
int nice_for_cpu_weight(unsigned weight);

// The weight a nice value stands for (the inverse, rounded): 0 -> 100.
unsigned cpu_weight_for_nice(int nice);

} // namespace tandem
