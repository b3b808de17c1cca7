#include "control_protocol.h"

#include <gtest/gtest.h>

#include "json.h"
#include "trace/tracer.h"

#include <unistd.h>

#include <cstdio>
#include "testing/temp_dir.h"

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

// trace-start needs an absolute path; a trace belongs to the connection
// that started it, and closing that connection completes its file.
TEST(ControlProtocol, TraceBelongsToItsConnection) {
    TraceSubject subject;
    subject.vm_id = "abc123";
    subject.clock.tsc_to_ns_mult = 1u << 24;
    subject.clock.tsc_to_ns_shift = 24;
    Tracer tracer(subject, nullptr, nullptr);
    LiveSources s;
    s.tracer = &tracer;
    tandem::test_support::TempDir dir("protocol-test");
    ASSERT_TRUE(dir.ok());
    const std::string path = dir.path() + "/t.json";
    int first, second;
    auto reply = [&](const std::string& line, const void* session) {
        auto v = json::parse(answer_request(line, s, session));
        EXPECT_TRUE(v.ok());
        return v.ok() && v->find("ok")->boolean;
    };
    EXPECT_FALSE(reply(R"({"command":"trace-start","path":"relative.json"})", &first));
    EXPECT_FALSE(reply(R"({"command":"trace-start"})", &first));
    EXPECT_TRUE(reply(trace_start_line(path), &first));
    EXPECT_FALSE(reply(trace_start_line(path), &second)); // one trace at a time
    EXPECT_FALSE(reply(R"({"command":"trace-stop"})", &second)); // not its trace
    end_session(s, &second);
    EXPECT_TRUE(tracer.active());
    end_session(s, &first); // the connection went: the trace ends with it
    EXPECT_FALSE(tracer.active());
    EXPECT_FALSE(reply(R"({"command":"trace-stop"})", &first));
    std::FILE* f = std::fopen(path.c_str(), "r");
    ASSERT_NE(f, nullptr);
    char text[64] = {};
    EXPECT_GT(std::fread(text, 1, sizeof text - 1, f), 0u);
    std::fclose(f);
    EXPECT_EQ(std::string(text).rfind("{\"traceEvents\":[", 0), 0u);
}

} // namespace
} // namespace tandem
