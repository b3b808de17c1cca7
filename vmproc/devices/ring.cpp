// Single-producer single-consumer byte rings.  The guest and vmproc never
// run at the same time (one vCPU, and vmproc runs only at exits), but the
// index stores are still ordered after the data with release fences.
#include "ring.h"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace tandem {

void RingView::init(tandem_ring* header, std::uint32_t data_size) {
    header->head = 0;
    header->tail = 0;
    header->data_size = data_size;
    header->flags = 0;
}

std::uint32_t RingView::used() const { return h_->head - h_->tail; }

std::uint32_t RingView::space() const {
    std::uint32_t u = used();
    return u >= size_ ? 0 : size_ - u;
}

std::size_t RingView::write(const void* src, std::size_t n) {
    std::uint32_t free = space();
    if (n > free) n = free;
    std::uint32_t head = h_->head;
    const auto* p = static_cast<const std::uint8_t*>(src);
    std::size_t done = 0;
    while (done < n) {
        std::uint32_t at = (head + static_cast<std::uint32_t>(done)) & (size_ - 1);
        std::size_t chunk = std::min<std::size_t>(n - done, size_ - at);
        std::memcpy(data() + at, p + done, chunk);
        done += chunk;
    }
    std::atomic_thread_fence(std::memory_order_release);
    h_->head = head + static_cast<std::uint32_t>(n);
    return n;
}

void RingView::set_eof() {
    std::atomic_thread_fence(std::memory_order_release);
    h_->flags = h_->flags | TANDEM_RING_EOF;
}

bool RingView::eof() const { return (h_->flags & TANDEM_RING_EOF) != 0; }

void RingView::set_broken(int error) {
    std::uint32_t code = static_cast<std::uint32_t>(error) & 0xffffu;
    std::uint32_t keep = h_->flags & TANDEM_RING_EOF;
    h_->flags = keep | TANDEM_RING_BROKEN | (code << TANDEM_RING_ERRNO_SHIFT);
}

std::span<const std::uint8_t> RingView::readable() const {
    std::uint32_t u = used();
    if (u == 0 || u > size_) return {};
    std::uint32_t at = h_->tail & (size_ - 1);
    std::uint32_t chunk = std::min(u, size_ - at);
    std::atomic_thread_fence(std::memory_order_acquire);
    return {data() + at, chunk};
}

void RingView::consume(std::uint32_t n) {
    std::atomic_thread_fence(std::memory_order_release);
    h_->tail = h_->tail + n;
}

std::size_t RingView::read(void* dst, std::size_t n) {
    auto* p = static_cast<std::uint8_t*>(dst);
    std::size_t done = 0;
    while (done < n) {
        auto chunk = readable();
        if (chunk.empty()) break;
        std::size_t take = std::min(chunk.size(), n - done);
        std::memcpy(p + done, chunk.data(), take);
        consume(static_cast<std::uint32_t>(take));
        done += take;
    }
    return done;
}

void RingView::discard() { h_->tail = h_->head; }

} // namespace tandem
