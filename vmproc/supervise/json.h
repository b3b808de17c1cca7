// The small JSON subset the control socket speaks (docs/SUPERVISOR.md):
// objects, arrays, strings, unsigned and signed integers, booleans, null.
// Parsing is for text from another process and is bounded: the input
// length, the nesting depth and the string lengths are capped, and any
// malformed byte yields an error, never a crash.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "result.h"

namespace tandem::json {

struct Value {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    std::int64_t number = 0;       // integers only (the protocol needs no fractions)
    bool negative = false;         // set with number < 0
    std::uint64_t unsigned_number = 0; // the value when it is >= 0
    std::string string;
    std::vector<Value> array;
    std::vector<std::pair<std::string, Value>> object; // in the order written

    // The member named `key` of an object, or nullptr.
    const Value* find(std::string_view key) const;
};

inline constexpr std::size_t kMaxInput = 1 << 20;
inline constexpr int kMaxDepth = 16;

// Parses one complete value (surrounding whitespace allowed).
Result<Value> parse(std::string_view text);

// Appends `s` as a JSON string literal (quoted, escaped) to `out`.
void append_string(std::string& out, std::string_view s);

// Writes JSON text incrementally; the caller keeps the nesting balanced.
class Writer {
public:
    Writer& begin_object();
    Writer& end_object();
    Writer& begin_array();
    Writer& end_array();
    Writer& key(std::string_view k);
    Writer& value(std::string_view s);
    Writer& value(const char* s) { return value(std::string_view(s)); }
    Writer& value(std::uint64_t n);
    Writer& value(std::int64_t n);
    Writer& value(int n) { return value(static_cast<std::int64_t>(n)); }
    Writer& value(bool b);
    // A member with a value: key(k).value(v).
    template <typename T> Writer& member(std::string_view k, const T& v) { return key(k).value(v); }
    const std::string& text() const { return out_; }

private:
    void separate();
    std::string out_;
    std::vector<bool> first_; // per open container: nothing written in it yet
    bool after_key_ = false;
};

} // namespace tandem::json
