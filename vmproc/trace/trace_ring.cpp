// The ring's reader: one copy of each event, the head read once per take.
#include "trace_ring.h"

#include <cstring>

namespace tandem {

void TraceRingReader::start() {
    if (!ring_) return;
    read_ = __atomic_load_n(&ring_->head, __ATOMIC_ACQUIRE);
    __atomic_store_n(&ring_->tail, read_, __ATOMIC_RELEASE);
    dropped_base_ = __atomic_load_n(&ring_->dropped, __ATOMIC_RELAXED);
    lost_ = 0;
    __atomic_store_n(&ring_->enabled, 1u, __ATOMIC_RELEASE);
}

void TraceRingReader::stop() {
    if (ring_) __atomic_store_n(&ring_->enabled, 0u, __ATOMIC_RELEASE);
}

void TraceRingReader::take(std::vector<tandem_trace_event>& out) {
    if (!ring_) return;
    const std::uint32_t head = __atomic_load_n(&ring_->head, __ATOMIC_ACQUIRE);
    std::uint32_t pending = head - read_;
    if (pending > TANDEM_TRACE_EVENTS) {
        // vmlib never runs more than a ring ahead of the tail vmproc stores:
        // the guest wrote the head or the tail.  Start again from here.
        lost_ += pending;
        read_ = head;
        __atomic_store_n(&ring_->tail, read_, __ATOMIC_RELEASE);
        return;
    }
    const std::size_t first = out.size();
    out.resize(first + pending);
    for (std::uint32_t k = 0; k < pending; k++)
        std::memcpy(&out[first + k], &ring_->events[(read_ + k) & (TANDEM_TRACE_EVENTS - 1)],
                    sizeof(tandem_trace_event));
    read_ = head;
    __atomic_store_n(&ring_->tail, read_, __ATOMIC_RELEASE);
}

std::uint32_t TraceRingReader::dropped() const {
    return ring_ ? __atomic_load_n(&ring_->dropped, __ATOMIC_RELAXED) - dropped_base_ : 0;
}

} // namespace tandem
