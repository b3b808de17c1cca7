// Ring helpers: wrap-around, full/empty, EOF, corrupt indices.
#include "ring.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace tandem;

namespace {

struct TestRing {
    explicit TestRing(std::uint32_t size) : mem(16 + size) {
        RingView::init(header(), size);
        view = RingView(header(), size);
    }
    tandem_ring* header() { return reinterpret_cast<tandem_ring*>(mem.data()); }
    std::vector<std::uint8_t> mem;
    RingView view;
};

TEST(Ring, InitWritesAnEmptyHeader) {
    TestRing r(64);
    EXPECT_EQ(r.header()->data_size, 64u);
    EXPECT_EQ(r.header()->head, 0u);
    EXPECT_EQ(r.header()->tail, 0u);
    EXPECT_EQ(r.header()->flags, 0u);
    EXPECT_EQ(r.view.used(), 0u);
    EXPECT_EQ(r.view.space(), 64u);
    EXPECT_TRUE(r.view.readable().empty());
}

TEST(Ring, WriteReadAndWrapAround) {
    TestRing r(16);
    EXPECT_EQ(r.view.write("0123456789", 10), 10u);
    char buf[32] = {};
    EXPECT_EQ(r.view.read(buf, 6), 6u);
    EXPECT_EQ(std::string(buf, 6), "012345");
    // 4 bytes left; 12 free; this write wraps.
    EXPECT_EQ(r.view.write("abcdefghijkl", 12), 12u);
    EXPECT_EQ(r.view.space(), 0u);
    EXPECT_EQ(r.view.write("x", 1), 0u); // full
    auto first = r.view.readable();
    EXPECT_EQ(first.size(), 10u); // up to the end of the buffer
    EXPECT_EQ(r.view.read(buf, sizeof buf), 16u);
    EXPECT_EQ(std::string(buf, 16), "6789abcdefghijkl");
    EXPECT_EQ(r.view.used(), 0u);
}

TEST(Ring, PartialWriteWhenNearlyFull) {
    TestRing r(8);
    EXPECT_EQ(r.view.write("123456", 6), 6u);
    EXPECT_EQ(r.view.write("abcdef", 6), 2u);
    char buf[8];
    EXPECT_EQ(r.view.read(buf, 8), 8u);
    EXPECT_EQ(std::string(buf, 8), "123456ab");
}

TEST(Ring, IndicesAreFreeRunningAcrossOverflow) {
    TestRing r(16);
    r.header()->head = 0xfffffffa;
    r.header()->tail = 0xfffffffa;
    EXPECT_EQ(r.view.write("0123456789", 10), 10u);
    EXPECT_EQ(r.header()->head, 4u); // wrapped through 2^32
    EXPECT_EQ(r.view.used(), 10u);
    char buf[10];
    EXPECT_EQ(r.view.read(buf, 10), 10u);
    EXPECT_EQ(std::string(buf, 10), "0123456789");
}

TEST(Ring, EofFlag) {
    TestRing r(16);
    EXPECT_FALSE(r.view.eof());
    r.view.set_eof();
    EXPECT_TRUE(r.view.eof());
    EXPECT_EQ(r.header()->flags & TANDEM_RING_EOF, TANDEM_RING_EOF);
}

TEST(Ring, CorruptIndicesAreDetectedAndDiscarded) {
    TestRing r(16);
    r.header()->head = 100; // guest claims 100 bytes in a 16-byte ring
    r.header()->data_size = 1 << 20; // and lies about the size: ignored
    EXPECT_TRUE(r.view.corrupt());
    EXPECT_TRUE(r.view.readable().empty());
    EXPECT_EQ(r.view.space(), 0u);
    r.view.discard();
    EXPECT_FALSE(r.view.corrupt());
    EXPECT_EQ(r.view.used(), 0u);
}

} // namespace
