#include "control_paths.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

TEST(ControlPaths, SocketNamesRoundTrip) {
    std::string id;
    pid_t pid = 0;
    std::string path = socket_path("/run/user/1/tandem", "a1b2c3", 4242);
    EXPECT_EQ(path, "/run/user/1/tandem/a1b2c3-4242.sock");
    ASSERT_TRUE(parse_socket_name("a1b2c3-4242.sock", id, pid));
    EXPECT_EQ(id, "a1b2c3");
    EXPECT_EQ(pid, 4242);
}

TEST(ControlPaths, RejectsOtherNames) {
    std::string id;
    pid_t pid = 0;
    for (const char* bad : {"", ".sock", "abc.sock", "-12.sock", "abc-.sock", "abc-12", "abc-1x.sock",
                            "abc-0.sock", "abc-99999999999.sock", "abc-12.sock.tmp"})
        EXPECT_FALSE(parse_socket_name(bad, id, pid)) << bad;
}

TEST(ControlPaths, NewIdsAreSixHexDigits) {
    std::string id = new_vm_id();
    ASSERT_EQ(id.size(), 6u);
    for (char c : id) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
}

} // namespace
} // namespace tandem
