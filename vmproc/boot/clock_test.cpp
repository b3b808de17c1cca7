// The guest clock: mult/shift arithmetic and a real calibration.
#include "clock.h"

#include <gtest/gtest.h>

#include <time.h>

using namespace tandem;

namespace {

TEST(Clock, MultIsRounded) {
    // 1 GHz: exactly 1 ns per tick.
    EXPECT_EQ(tsc_to_ns_mult(1000000000ull, 24), 1u << 24);
    // 3 GHz: 2^24 / 3 = 5592405.33 -> 5592405.
    EXPECT_EQ(tsc_to_ns_mult(3000000000ull, 24), 5592405u);
    // 2.5 GHz: 6710886.4 -> 6710886.
    EXPECT_EQ(tsc_to_ns_mult(2500000000ull, 24), 6710886u);
    EXPECT_EQ(tsc_to_ns_mult(0, 24), 0u);
    EXPECT_EQ(tsc_to_ns_mult(1000, 24), 0u); // does not fit 32 bits
}

TEST(Clock, ConvertsTicksToNanoseconds) {
    tandem_clock c{};
    c.tsc_at_boot = 1000;
    c.tsc_to_ns_shift = 24;
    c.tsc_to_ns_mult = tsc_to_ns_mult(2000000000ull, 24); // 2 GHz
    EXPECT_EQ(clock_ns(c, 1000), 0u);
    EXPECT_EQ(clock_ns(c, 1000 + 2000000000ull), 1000000000ull);
    // No overflow after a day of ticks at 4 GHz.
    c.tsc_to_ns_mult = tsc_to_ns_mult(4000000000ull, 24);
    EXPECT_EQ(clock_ns(c, 1000 + 86400ull * 4000000000ull), 86400ull * 1000000000ull);
}

TEST(Clock, CalibrationTracksTheMonotonicClock) {
    auto r = start_guest_clock(10);
    ASSERT_TRUE(r.ok()) << r.error().message;
    tandem_clock c = r.value();
    EXPECT_GT(c.tsc_hz, 100000000ull);
    EXPECT_EQ(c.tsc_to_ns_shift, 24u);
    EXPECT_GT(c.realtime_ns_at_boot, 1600000000ull * 1000000000ull);
    timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    std::uint64_t g0 = clock_ns(c, read_tsc());
    timespec pause = {0, 50000000};
    nanosleep(&pause, nullptr);
    std::uint64_t g1 = clock_ns(c, read_tsc());
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double host = (t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec);
    double guest = static_cast<double>(g1 - g0);
    EXPECT_NEAR(guest / host, 1.0, 0.05);
}

} // namespace
