// The channel between two VM processes, both ends in this test process:
// the rendezvous (a third party is refused), and the device's mailbox ops
// with their validation (sizes, truncation, end of the peer, bad ops).
#include "channel_link.h"
#include "devices/channel.h"

#include <gtest/gtest.h>

#include <poll.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <thread>
#include <vector>
#include "testing/temp_dir.h"

using namespace tandem;

namespace {

class Channel : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(tmp_.ok()); }
    // Joins from another thread while this one answers on a_'s listener
    // (the device's watch thread does that in tandem); `accepted` is what
    // accept_pending said.
    Result<ChannelLink> join_answered(bool& accepted) {
        std::optional<Result<ChannelLink>> joined;
        std::thread t([&] { joined.emplace(ChannelLink::join(dir_, "t")); });
        pollfd p{a_->listener(), POLLIN, 0};
        accepted = ::poll(&p, 1, 5000) == 1 && a_->accept_pending();
        t.join();
        return std::move(*joined);
    }
    // Two joined ends: the listener accepts while the other connects.
    void pair() {
        auto a = ChannelLink::join(dir_, "t");
        ASSERT_TRUE(a.ok()) << a.error().message;
        a_.emplace(std::move(a.value()));
        ASSERT_GE(a_->listener(), 0);
        bool accepted = false;
        auto b = join_answered(accepted);
        EXPECT_TRUE(accepted);
        ASSERT_TRUE(b.ok()) << b.error().message;
        b_.emplace(std::move(b.value()));
        ASSERT_GE(a_->connection(), 0);
        ASSERT_GE(b_->connection(), 0);
    }
    tandem::test_support::TempDir tmp_{"chan"};
    std::string dir_ = tmp_.path();
    std::optional<ChannelLink> a_, b_;
};

// A guest's memory with the mailbox at kBox.
struct FakeGuest {
    static constexpr std::uint64_t kBox = 4096;
    std::vector<std::uint8_t> mem = std::vector<std::uint8_t>(kBox + sizeof(tandem_channel_mailbox) + TANDEM_CHANNEL_MESSAGE_MAX);
    std::unique_ptr<ChannelDevice> dev;
    explicit FakeGuest(ChannelLink& link) {
        dev = std::make_unique<ChannelDevice>(mem.data(), mem.size(), kBox, link);
    }
    tandem_channel_mailbox& box() { return *reinterpret_cast<tandem_channel_mailbox*>(mem.data() + kBox); }
    std::uint8_t* data() { return mem.data() + kBox + sizeof(tandem_channel_mailbox); }
    std::int64_t op(std::uint32_t op, std::uint32_t len) {
        box().op = op;
        box().len = len;
        EXPECT_TRUE(dev->out(TANDEM_CHANNEL_DO, 4, 0));
        return box().result;
    }
    std::int64_t send(const std::string& s) {
        std::memcpy(data(), s.data(), s.size());
        return op(TANDEM_CHANNEL_SEND, static_cast<std::uint32_t>(s.size()));
    }
    std::string recv(std::uint32_t room) {
        std::int64_t n = op(TANDEM_CHANNEL_RECV, room);
        if (n < 0) return "<" + std::to_string(n) + ">";
        return std::string(reinterpret_cast<char*>(data()), static_cast<std::size_t>(n));
    }
};

TEST_F(Channel, ThirdGuestIsRefused) {
    pair();
    bool accepted = true;
    auto third = join_answered(accepted);
    EXPECT_FALSE(accepted);
    ASSERT_FALSE(third.ok());
    EXPECT_NE(third.error().message.find("two guests already use this channel"), std::string::npos);
}

// Two VM processes starting at the same moment always meet: one listens,
// the other connects.  Without the rendezvous lock, one could find the
// other's socket bound and not listening, remove it as a killed VM's
// and listen beside it, and the two would wait for each other for ever.
// Each thread joins, and the one that listens answers like the device's
// watch thread.
TEST_F(Channel, SimultaneousJoinsAlwaysMeet) {
    for (int round = 0; round < 2000; round++) {
        const std::string name = "race" + std::to_string(round);
        std::atomic<int> ready{0};
        std::optional<Result<ChannelLink>> joined[2];
        auto side = [&](int i) {
            ready.fetch_add(1);
            while (ready.load() < 2) {
            }
            joined[i].emplace(ChannelLink::join(dir_, name));
            if (joined[i]->ok() && joined[i]->value().listener() >= 0) {
                pollfd p{joined[i]->value().listener(), POLLIN, 0};
                if (::poll(&p, 1, 2000) == 1) joined[i]->value().accept_pending();
            }
        };
        std::thread t0(side, 0), t1(side, 1);
        t0.join();
        t1.join();
        for (auto& j : joined) ASSERT_TRUE(j->ok()) << "round " << round << ": " << j->error().message;
        ASSERT_GE(joined[0]->value().connection(), 0) << "round " << round << ": the two never met";
        ASSERT_GE(joined[1]->value().connection(), 0) << "round " << round << ": the two never met";
        EXPECT_EQ((joined[0]->value().listener() >= 0) + (joined[1]->value().listener() >= 0), 1);
    }
}

TEST_F(Channel, SocketDirectoryEntryIsRemovedWithTheListener) {
    {
        auto a = ChannelLink::join(dir_, "t");
        ASSERT_TRUE(a.ok());
        struct stat st;
        EXPECT_EQ(::stat(channel_socket_path(dir_, "t").c_str(), &st), 0);
    }
    struct stat st;
    EXPECT_NE(::stat(channel_socket_path(dir_, "t").c_str(), &st), 0);
}

TEST_F(Channel, WholeMessagesInOrderAndTruncation) {
    pair();
    FakeGuest ga(*a_), gb(*b_);
    EXPECT_EQ(gb.recv(100), "<" + std::to_string(-EAGAIN) + ">");
    EXPECT_EQ(ga.send("hello"), 5);
    EXPECT_EQ(ga.send("second message"), 14);
    EXPECT_EQ(ga.send(""), 0); // nothing sent: an empty message would read as the end
    EXPECT_EQ(ga.op(TANDEM_CHANNEL_POLL, 0) & TANDEM_CHANNEL_WRITABLE, TANDEM_CHANNEL_WRITABLE);
    EXPECT_NE(gb.op(TANDEM_CHANNEL_POLL, 0) & TANDEM_CHANNEL_READABLE, 0);
    EXPECT_EQ(gb.recv(100), "hello");
    EXPECT_EQ(gb.recv(6), "second"); // the rest of that message is dropped
    EXPECT_EQ(gb.recv(100), "<" + std::to_string(-EAGAIN) + ">");
    EXPECT_EQ(gb.dev->received(), 2u);
}

TEST_F(Channel, SizesAreBoundedAndOpsChecked) {
    pair();
    FakeGuest ga(*a_), gb(*b_);
    EXPECT_EQ(ga.op(TANDEM_CHANNEL_SEND, TANDEM_CHANNEL_MESSAGE_MAX + 1), -EMSGSIZE);
    EXPECT_EQ(ga.op(TANDEM_CHANNEL_SEND, 0xffffffffu), -EMSGSIZE);
    std::memset(ga.data(), 'x', TANDEM_CHANNEL_MESSAGE_MAX);
    EXPECT_EQ(ga.op(TANDEM_CHANNEL_SEND, TANDEM_CHANNEL_MESSAGE_MAX), TANDEM_CHANNEL_MESSAGE_MAX);
    // A receive never stores past the data area, whatever room is claimed.
    EXPECT_EQ(gb.op(TANDEM_CHANNEL_RECV, 0xffffffffu), TANDEM_CHANNEL_MESSAGE_MAX);
    EXPECT_EQ(ga.op(99, 0), -EINVAL);
    EXPECT_FALSE(ga.dev->out(TANDEM_CHANNEL_DO + 4, 4, 0)); // no such register
    // A mailbox that does not fit guest memory makes the device inert.
    std::vector<std::uint8_t> small(8192);
    ChannelDevice inert(small.data(), small.size(), 4096, *a_);
    EXPECT_TRUE(inert.out(TANDEM_CHANNEL_DO, 4, 0));
}

TEST_F(Channel, PeerGoneIsEndForTheReaderAndEpipeForTheWriter) {
    pair();
    FakeGuest ga(*a_);
    {
        FakeGuest gb(*b_);
        EXPECT_EQ(gb.send("last words"), 10);
    }
    b_.reset(); // the peer VM process ends
    EXPECT_EQ(ga.recv(100), "last words"); // what it sent is still delivered
    EXPECT_EQ(ga.recv(100), "");           // then the end
    EXPECT_EQ(ga.send("anyone?"), -EPIPE);
    EXPECT_NE(ga.op(TANDEM_CHANNEL_POLL, 0) & TANDEM_CHANNEL_HANGUP, 0);
    EXPECT_FALSE(ga.dev->may_wake());
}

TEST_F(Channel, PollArmsOneNotificationFromTheWatchThread) {
    pair();
    FakeGuest ga(*a_), gb(*b_);
    std::atomic<int> notified{0};
    gb.dev->start([&] { notified++; });
    EXPECT_EQ(gb.op(TANDEM_CHANNEL_POLL, TANDEM_CHANNEL_READABLE) & TANDEM_CHANNEL_READABLE, 0);
    EXPECT_EQ(ga.send("wake"), 4);
    for (int i = 0; i < 500 && notified.load() == 0; i++) ::usleep(2000);
    EXPECT_EQ(notified.load(), 1);
    ::usleep(20000);
    EXPECT_EQ(notified.load(), 1); // once per POLL, not per message
    gb.dev->stop();
}

} // namespace
