// What devices tell a trace about the requests they serve (docs/SUPERVISOR.md
// "Traces"): the name, how long it took, its result.  A device holds a
// pointer to one (or none) and asks on() first, so that a run without a
// trace pays one relaxed load and a branch per request.
#pragma once

#include <atomic>
#include <cstdint>

namespace tandem {

class DeviceTrace {
public:
    virtual ~DeviceTrace() = default;
    // Whether requests are recorded now.
    bool on() const { return on_.load(std::memory_order_relaxed); }
    // One request of `device` (`what`: its kind) that began at host TSC
    // `start_tsc` and ends now, with its result and the bytes it moved.
    virtual void request(const char* device, const char* what, std::uint64_t start_tsc, std::int64_t result,
                         std::uint64_t bytes) = 0;

protected:
    std::atomic<bool> on_{false};
};

} // namespace tandem
