#include "watchdog.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

constexpr std::uint64_t kSec = 1000000000ull;

WatchdogSample at(std::uint64_t t, bool in_run, bool due, std::uint64_t delivered) {
    WatchdogSample s;
    s.now_ns = t;
    s.in_run = in_run;
    s.timer_due = due;
    s.delivered = delivered;
    return s;
}

TEST(HangDetector, FiresAfterTheLimitWithoutDeliveries) {
    HangDetector d(2 * kSec);
    EXPECT_FALSE(d.observe(at(0, true, true, 10)));        // first sample: the count changed from 0
    EXPECT_FALSE(d.observe(at(kSec / 2, true, true, 10)));  // hung stretch starts
    EXPECT_FALSE(d.observe(at(2 * kSec, true, true, 10)));
    EXPECT_TRUE(d.observe(at(3 * kSec, true, true, 10)));
}

TEST(HangDetector, DeliveriesHaltsAndIdleTimersResetIt) {
    HangDetector d(2 * kSec);
    d.observe(at(0, true, true, 1));
    d.observe(at(1 * kSec, true, true, 1));
    EXPECT_FALSE(d.observe(at(2 * kSec, true, true, 2)));   // an interrupt was delivered
    EXPECT_FALSE(d.observe(at(3 * kSec, true, true, 2)));
    EXPECT_FALSE(d.observe(at(4 * kSec, false, true, 2)));  // vCPU back in vmproc (halted)
    EXPECT_FALSE(d.observe(at(5 * kSec, true, true, 2)));
    EXPECT_FALSE(d.observe(at(6 * kSec, true, false, 2)));  // no timer due: a busy guest without a tick
    EXPECT_FALSE(d.observe(at(9 * kSec, true, false, 2)));
    EXPECT_FALSE(d.observe(at(10 * kSec, true, true, 2)));
    EXPECT_FALSE(d.observe(at(11 * kSec, true, true, 2)));
    EXPECT_TRUE(d.observe(at(12 * kSec, true, true, 2)));
}

} // namespace
} // namespace tandem
