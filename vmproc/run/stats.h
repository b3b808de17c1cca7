// `tandem run --stats`: everything vmlib and vmproc counted, on stderr.
#pragma once

#include <tandem/platform.h>

#include <cstdio>
#include <string>
#include <vector>

#include "boot/symbols.h"
#include "devices/io_bus.h"
#include "fs/fs_request.h"
#include "run_loop.h"
#include "supervise/measures.h"

namespace tandem {

struct StatsInput {
    const char* mode = "";
    const tandem_stats* vmlib = nullptr; // may be null
    const tandem_stats* module = nullptr; // the kernel module's (composite mode), may be null
    const tandem_site* sites_begin = nullptr;
    const tandem_site* sites_end = nullptr;
    const ExitCounters* exits = nullptr;
    const IoBus* bus = nullptr;
    const SymbolTable* symbols = nullptr;
    std::uint64_t console_bytes_out = 0;
    std::uint64_t console_bytes_dropped = 0;
    const FsCounters* fs = nullptr; // the file service's requests, may be null
    const tandem_guest_report* guest = nullptr; // the guest kernel's own counts, may be null
    std::vector<MeasureSection> measures;        // system calls by number, interrupt latency, CPU split
    std::uint64_t guest_memory_bytes = 0;        // the guest's memory size (0: no memory section)
    std::uint64_t host_memory_bytes = 0;         // of it, what the host has allocated
};

// The guest kernel's report: its counts and the system calls it answered
// with ENOSYS ("guest: unimplemented system call 117: 3").
void print_guest_report(std::FILE* out, const tandem_guest_report& r);

// "file service: lookup 1234 (56 errors)" for each op with requests.
void print_fs_stats(std::FILE* out, const FsCounters& fs);

void print_stats(std::FILE* out, const StatsInput& in);

// The `n` sites with the highest non-zero counts, highest first.
std::vector<const tandem_site*> top_sites(const tandem_site* begin, const tandem_site* end, std::size_t n);

// Label of an exception vector in the report, e.g. "#PF (vector 14):".
std::string exception_label(unsigned vector);

// Name of a site kind (TANDEM_SITE_KINDS), or "kind N".
std::string site_kind_name(unsigned kind);

} // namespace tandem
