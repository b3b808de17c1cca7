// `tandem top`: the guest kernel's processes, read from guest memory through
// the layout record the guest kernel publishes (platform.h
// tandem_introspect), with no agent in the guest and no system call.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <string>
#include <vector>

#include "guest_view.h"
#include "result.h"

namespace tandem {

struct GuestProcess {
    std::int32_t pid = 0;
    std::int32_t ppid = 0;
    char state = '?';        // R running/runnable, S sleeping, Z zombie, ? unreadable
    std::string name;        // the leading thread's command name
    std::uint32_t threads = 0;
    std::uint64_t utime_ns = 0, stime_ns = 0;
    std::uint64_t resident_pages = 0; // present 4K pages in its user window
    bool resident_truncated = false;  // the page-table walk hit its cap
};

struct GuestProcessList {
    std::vector<GuestProcess> processes;
    bool truncated = false; // the walk stopped early (a bad pointer, a cycle, the cap)
};

// Caps that bound the work a hostile guest can cause.
inline constexpr std::size_t kMaxGuestProcesses = 4096;
inline constexpr std::size_t kMaxPageTablesPerProcess = 8192;
inline constexpr std::uint32_t kMaxRecordSize = 1 << 16;

// Checks the layout record read from the guest (magic, offsets inside their records).
Status check_introspect(const tandem_introspect& layout);

// Walks the process list described by the record at direct-map address
// `layout_va`.  An error only if the record itself is unusable; damage met
// on the way ends the walk (truncated) with what was read so far.
Result<GuestProcessList> read_guest_processes(const GuestView& guest, std::uint64_t layout_va);

// Present user pages under a page-table root (guest-physical), visiting at
// most `max_tables` tables.
std::uint64_t count_resident_pages(const GuestView& guest, std::uint64_t root, std::size_t max_tables, bool& truncated);

} // namespace tandem
