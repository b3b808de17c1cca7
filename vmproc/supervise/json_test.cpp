#include "json.h"

#include <gtest/gtest.h>

namespace tandem::json {
namespace {

TEST(Json, ParsesNestedObjects) {
    auto v = parse(R"( {"a": 1, "b": [true, false, null], "c": {"d": "x\ny\u0041"}, "e": -5} )");
    ASSERT_TRUE(v.ok()) << v.error().message;
    ASSERT_EQ(v->kind, Value::Kind::Object);
    EXPECT_EQ(v->find("a")->unsigned_number, 1u);
    EXPECT_EQ(v->find("b")->array.size(), 3u);
    EXPECT_EQ(v->find("c")->find("d")->string, "x\nyA");
    EXPECT_EQ(v->find("e")->number, -5);
    EXPECT_TRUE(v->find("e")->negative);
    EXPECT_EQ(v->find("zz"), nullptr);
}

TEST(Json, KeepsFullUnsigned64) {
    auto v = parse("18446744073709551615");
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->unsigned_number, UINT64_MAX);
    EXPECT_FALSE(parse("18446744073709551616").ok());
}

TEST(Json, RejectsGarbage) {
    for (const char* bad : {"", "{", "}", "{\"a\"}", "{\"a\":}", "[1,]", "\"open", "{\"a\":1}x", "1.5", "tru",
                            "{\"a\":\"\x01\"}", "\"\\q\"", "\"\\u12\"", "{1:2}", "nul"})
        EXPECT_FALSE(parse(bad).ok()) << bad;
}

TEST(Json, LimitsDepth) {
    std::string deep(kMaxDepth + 2, '[');
    deep += std::string(kMaxDepth + 2, ']');
    EXPECT_FALSE(parse(deep).ok());
    std::string ok(kMaxDepth, '[');
    ok += std::string(kMaxDepth, ']');
    EXPECT_TRUE(parse(ok).ok());
}

TEST(Json, WriterRoundTrips) {
    Writer w;
    w.begin_object().member("s", "a\"b\\c\n").member("n", std::uint64_t{42}).member("neg", -3).member("t", true);
    w.key("arr").begin_array().value(std::uint64_t{1}).value("two").end_array();
    w.key("o").begin_object().end_object();
    w.end_object();
    EXPECT_EQ(w.text(), R"({"s":"a\"b\\c\u000a","n":42,"neg":-3,"t":true,"arr":[1,"two"],"o":{}})");
    auto v = parse(w.text());
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_EQ(v->find("s")->string, "a\"b\\c\n");
    EXPECT_EQ(v->find("arr")->array[1].string, "two");
}

} // namespace
} // namespace tandem::json
