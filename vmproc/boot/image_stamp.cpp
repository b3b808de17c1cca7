// Integrity stamp of guest images (image_stamp.h).  Layout in e_ident:
// bytes 9-10 "Ts" (the mark), 11-14 the CRC little-endian, 15 zero.
#include "image_stamp.h"

#include <array>

namespace tandem {

namespace {

constexpr std::size_t kStampAt = 9;    // EI_PAD
constexpr std::size_t kStampEnd = 16;  // EI_NIDENT
constexpr std::uint8_t kMark0 = 'T', kMark1 = 's';

// The byte-at-a-time table of the reflected polynomial 0xEDB88320.
constexpr std::array<std::uint32_t, 256> make_table() {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; i++) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
    return t;
}
constexpr auto kTable = make_table();

} // namespace

std::uint32_t image_crc(std::span<const std::uint8_t> file) {
    std::uint32_t c = 0xffffffffu;
    for (std::size_t i = 0; i < file.size(); i++) {
        std::uint8_t b = (i >= kStampAt && i < kStampEnd) ? 0 : file[i];
        c = kTable[(c ^ b) & 0xff] ^ (c >> 8);
    }
    return c ^ 0xffffffffu;
}

StampCheck check_stamp(std::span<const std::uint8_t> file) {
    if (file.size() < kStampEnd || file[kStampAt] != kMark0 || file[kStampAt + 1] != kMark1)
        return StampCheck::Unstamped;
    std::uint32_t want = 0;
    for (int i = 0; i < 4; i++) want |= std::uint32_t{file[kStampAt + 2 + i]} << (8 * i);
    return image_crc(file) == want && file[kStampEnd - 1] == 0 ? StampCheck::Intact : StampCheck::Corrupt;
}

bool write_stamp(std::span<std::uint8_t> file) {
    if (file.size() < kStampEnd) return false;
    std::uint32_t crc = image_crc(file);
    file[kStampAt] = kMark0;
    file[kStampAt + 1] = kMark1;
    for (int i = 0; i < 4; i++) file[kStampAt + 2 + i] = static_cast<std::uint8_t>(crc >> (8 * i));
    file[kStampEnd - 1] = 0;
    return true;
}

} // namespace tandem
