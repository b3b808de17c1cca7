// Host-side helpers for the byte rings shared with the guest
// (struct tandem_ring: free-running head by the producer, tail by the
// consumer).  The guest can scribble on the header, so the host keeps its
// own copy of data_size and treats head - tail > data_size as corruption.
#pragma once

#include <tandem/platform.h>

#include <cstddef>
#include <cstdint>
#include <span>

namespace tandem {

class RingView {
public:
    RingView() = default;
    // data_size must be a power of two; the data follows the 16-byte header.
    RingView(tandem_ring* header, std::uint32_t data_size) : h_(header), size_(data_size) {}

    // Writes an empty ring header announcing data_size.
    static void init(tandem_ring* header, std::uint32_t data_size);

    bool valid() const { return h_ != nullptr; }
    std::uint32_t data_size() const { return size_; }
    // Bytes produced and not yet consumed (may exceed data_size if corrupt).
    std::uint32_t used() const;
    bool corrupt() const { return used() > size_; }
    std::uint32_t space() const;

    // Producer side: copies up to n bytes in; returns how many fit.
    std::size_t write(const void* src, std::size_t n);
    void set_eof();
    bool eof() const;
    // Consumer side: tells the producer its bytes go nowhere any more, and
    // why (a Linux errno such as EPIPE), so the guest can fail its writes.
    void set_broken(int error);

    // Consumer side: the longest contiguous run of readable bytes, and
    // consume() to move the tail past bytes handled.
    std::span<const std::uint8_t> readable() const;
    void consume(std::uint32_t n);
    // Copies up to n bytes out; returns how many.
    std::size_t read(void* dst, std::size_t n);
    // Forgets everything unread (used to recover from a corrupt ring).
    void discard();

private:
    std::uint8_t* data() const { return reinterpret_cast<std::uint8_t*>(h_ + 1); }
    tandem_ring* h_ = nullptr;
    std::uint32_t size_ = 0;
};

} // namespace tandem
