// What a restart carries from one guest to the next: nothing of its memory
// but the --pmem region (run_command.cpp wipes the rest), and this record.
#include "restart.h"

#include <cstring>

namespace tandem {

bool restartable(FailureKind kind) {
    switch (kind) {
    case FailureKind::Panic:
    case FailureKind::Fatal:
    case FailureKind::Hang: return true;
    case FailureKind::Isolation: return false;
    }
    return false;
}

tandem_failure_record make_failure_record(const std::string& reason, unsigned count, std::uint64_t realtime_ns) {
    tandem_failure_record r;
    std::memset(&r, 0, sizeof r);
    r.count = count;
    r.realtime_ns = realtime_ns;
    std::size_t n = 0;
    for (char c : reason) {
        if (n + 1 >= sizeof r.reason) break;
        r.reason[n++] = (c >= 0x20 && c < 0x7f) ? c : '?';
    }
    return r;
}

} // namespace tandem
