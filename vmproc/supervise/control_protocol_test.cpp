#include "control_protocol.h"

#include <gtest/gtest.h>

#include "json.h"

namespace tandem {
namespace {

TEST(ControlProtocol, ParsesKnownCommands) {
    EXPECT_EQ(*parse_request(R"({"command":"info"})"), ControlCommand::Info);
    EXPECT_EQ(*parse_request(R"( {"command" : "stats", "extra": 1} )"), ControlCommand::Stats);
    EXPECT_EQ(*parse_request(request_line(ControlCommand::Top).substr(0, request_line(ControlCommand::Top).size() - 1)),
              ControlCommand::Top);
}

TEST(ControlProtocol, RejectsBadRequests) {
    EXPECT_FALSE(parse_request("").ok());
    EXPECT_FALSE(parse_request("stats").ok());
    EXPECT_FALSE(parse_request("[\"stats\"]").ok());
    EXPECT_FALSE(parse_request(R"({"command":7})").ok());
    EXPECT_FALSE(parse_request(R"({"cmd":"stats"})").ok());
    EXPECT_FALSE(parse_request(R"({"command":"reboot"})").ok());
    EXPECT_FALSE(parse_request(std::string(kMaxRequestLine + 1, ' ')).ok());
}

// Garbage gets an error reply, which is itself valid JSON with ok=false.
TEST(ControlProtocol, AnswersGarbageWithAnError) {
    LiveSources none;
    for (const char* bad : {"\xff\xfe", "{", R"({"command":"nope"})", "null"}) {
        auto v = json::parse(answer_request(bad, none));
        ASSERT_TRUE(v.ok());
        ASSERT_NE(v->find("ok"), nullptr);
        EXPECT_FALSE(v->find("ok")->boolean);
        EXPECT_EQ(v->find("error")->kind, json::Value::Kind::String);
    }
}

TEST(ControlProtocol, AnswersInfo) {
    LiveSources s;
    s.info.id = "abc123";
    s.info.pid = 77;
    s.info.mode = "user-only";
    s.info.command = "make -j2";
    auto v = json::parse(answer_request(R"({"command":"info"})", s));
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->find("ok")->boolean);
    EXPECT_EQ(v->find("id")->string, "abc123");
    EXPECT_EQ(v->find("pid")->unsigned_number, 77u);
    EXPECT_EQ(v->find("command")->string, "make -j2");
}

// Without the guest kernel's record `top` says so instead of guessing.
TEST(ControlProtocol, TopWithoutIntrospectionIsAnError) {
    LiveSources s;
    auto v = json::parse(answer_request(R"({"command":"top"})", s));
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->find("ok")->boolean);
}

} // namespace
} // namespace tandem
