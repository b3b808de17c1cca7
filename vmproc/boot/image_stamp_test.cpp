// The integrity stamp: any changed byte of a stamped file is noticed, the
// stamp bytes themselves excepted from the sum, unstamped files pass as such.
#include "image_stamp.h"

#include <gtest/gtest.h>

#include <vector>

using namespace tandem;

namespace {

std::vector<std::uint8_t> fake_elf(std::size_t n) {
    std::vector<std::uint8_t> b(n);
    for (std::size_t i = 0; i < n; i++) b[i] = static_cast<std::uint8_t>(i * 7 + 3);
    b[0] = 0x7f, b[1] = 'E', b[2] = 'L', b[3] = 'F';
    for (std::size_t i = 9; i < 16; i++) b[i] = 0;
    return b;
}

TEST(ImageStamp, EveryFlippedByteIsNoticed) {
    auto b = fake_elf(4096);
    EXPECT_EQ(check_stamp(b), StampCheck::Unstamped);
    ASSERT_TRUE(write_stamp(b));
    EXPECT_EQ(check_stamp(b), StampCheck::Intact);
    for (std::size_t at : {std::size_t{0}, std::size_t{8}, std::size_t{11}, std::size_t{15}, std::size_t{16},
                           std::size_t{2000}, std::size_t{4095}}) {
        auto c = b;
        c[at] ^= 0x40;
        StampCheck want = (at == 9 || at == 10) ? StampCheck::Unstamped : StampCheck::Corrupt;
        EXPECT_EQ(check_stamp(c), want) << "byte " << at;
    }
    EXPECT_FALSE(write_stamp(std::span<std::uint8_t>(b.data(), 8)));
}

TEST(ImageStamp, KnownCrc) {
    // CRC-32 of "123456789" is 0xCBF43926 (the check value of the IEEE CRC).
    std::vector<std::uint8_t> s{'1', '2', '3', '4', '5', '6', '7', '8', '9'};
    EXPECT_EQ(image_crc(s), 0xCBF43926u);
}

} // namespace
