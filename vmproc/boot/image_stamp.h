// The integrity stamp of a guest image: a CRC-32 of the whole file, kept in
// the ELF identification's padding bytes (e_ident[EI_PAD..], which ELF
// readers ignore), written at build time by `tandem-stamp` and checked by
// vmproc before it trusts anything else in the file.  A flipped byte anywhere
// in a stamped image (vmlib's code included, which would otherwise run
// inside tandem) is then one clear error instead of a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace tandem {

enum class StampCheck { Unstamped, Intact, Corrupt };

// CRC-32 (IEEE 802.3 polynomial, reflected) of the file with its stamp
// bytes counted as zero.
std::uint32_t image_crc(std::span<const std::uint8_t> file);

// Whether `file` carries a stamp and, if so, whether its bytes still match.
StampCheck check_stamp(std::span<const std::uint8_t> file);

// Writes the stamp into `file` (an ELF file: at least 16 bytes); false if
// it is too short.
bool write_stamp(std::span<std::uint8_t> file);

} // namespace tandem
