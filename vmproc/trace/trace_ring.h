// vmproc's side of vmlib's trace ring (platform.h section 12): turning
// recording on and off and taking the events vmlib published.  The ring is
// guest memory that guest code can write too, so nothing read from it is
// trusted: vmproc keeps its own read index, takes at most a ring's worth of
// events at a time, and its caller checks every event before using it.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <vector>

namespace tandem {

class TraceRingReader {
public:
    // `ring` is vmproc's view of vmlib's ring, or nullptr (no ring: nothing recorded).
    explicit TraceRingReader(tandem_trace_ring* ring) : ring_(ring) {}

    bool present() const { return ring_ != nullptr; }
    // Forgets whatever the ring holds, remembers its drop count and turns recording on.
    void start();
    // Turns recording off; events already published can still be taken.
    void stop();
    // Appends the events published since the last take to `out` and hands
    // their slots back to vmlib.  A head more than a ring ahead of the read
    // index is not something vmlib writes: those events are skipped and
    // counted as lost (lost()).
    void take(std::vector<tandem_trace_event>& out);
    // Events vmlib could not record (full ring) since start(), as it counts them.
    std::uint32_t dropped() const;
    // Events skipped because the ring's head was impossible.
    std::uint64_t lost() const { return lost_; }

private:
    tandem_trace_ring* ring_;
    std::uint32_t read_ = 0;        // vmproc's own index: the guest never writes it
    std::uint32_t dropped_base_ = 0; // the ring's drop count at start()
    std::uint64_t lost_ = 0;
};

} // namespace tandem
