// A recursive-descent parser over a string_view with explicit limits, and a
// writer that only ever produces valid text.
#include "json.h"

#include <cstdio>

namespace tandem::json {

const Value* Value::find(std::string_view key) const {
    if (kind != Kind::Object) return nullptr;
    for (const auto& [k, v] : object)
        if (k == key) return &v;
    return nullptr;
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    Result<Value> document() {
        Value v = TANDEM_TRY(value(0));
        skip_space();
        if (pos_ != s_.size()) return fail("trailing characters");
        return v;
    }

private:
    Error fail(const std::string& what) const {
        return Error{"bad JSON at byte " + std::to_string(pos_) + ": " + what};
    }
    void skip_space() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            pos_++;
    }
    bool take(char c) {
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == c) {
            pos_++;
            return true;
        }
        return false;
    }
    bool take_word(std::string_view w) {
        if (s_.substr(pos_, w.size()) != w) return false;
        pos_ += w.size();
        return true;
    }

    Result<Value> value(int depth) {
        if (depth > kMaxDepth) return fail("nested too deeply");
        skip_space();
        if (pos_ >= s_.size()) return fail("unexpected end");
        Value v;
        char c = s_[pos_];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') {
            v.kind = Value::Kind::String;
            v.string = TANDEM_TRY(string());
            return v;
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (take_word("true")) {
            v.kind = Value::Kind::Bool;
            v.boolean = true;
            return v;
        }
        if (take_word("false")) {
            v.kind = Value::Kind::Bool;
            return v;
        }
        if (take_word("null")) return v;
        return fail("unexpected character");
    }

    Result<Value> number() {
        Value v;
        v.kind = Value::Kind::Number;
        if (s_[pos_] == '-') {
            v.negative = true;
            pos_++;
        }
        std::size_t start = pos_;
        std::uint64_t n = 0;
        while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') {
            std::uint64_t d = static_cast<std::uint64_t>(s_[pos_] - '0');
            if (n > (UINT64_MAX - d) / 10) return fail("number out of range");
            n = n * 10 + d;
            pos_++;
        }
        if (pos_ == start) return fail("digit expected");
        if (pos_ < s_.size() && (s_[pos_] == '.' || s_[pos_] == 'e' || s_[pos_] == 'E'))
            return fail("only integers are accepted");
        if (v.negative) {
            if (n > static_cast<std::uint64_t>(INT64_MAX) + 1) return fail("number out of range");
            v.number = n == static_cast<std::uint64_t>(INT64_MAX) + 1 ? INT64_MIN : -static_cast<std::int64_t>(n);
        } else {
            v.unsigned_number = n;
            v.number = n > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(n);
        }
        return v;
    }

    static int hex_digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // Appends code point cp (< 0x10000) as UTF-8.
    static void put_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xc0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            out += static_cast<char>(0xe0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        }
    }

    Result<std::string> string() {
        pos_++; // the opening quote
        std::string out;
        while (pos_ < s_.size()) {
            char c = s_[pos_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) return fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size()) break;
            char e = s_[pos_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                if (s_.size() - pos_ < 4) return fail("short \\u escape");
                unsigned cp = 0;
                for (int k = 0; k < 4; k++) {
                    int d = hex_digit(s_[pos_++]);
                    if (d < 0) return fail("bad \\u escape");
                    cp = cp * 16 + static_cast<unsigned>(d);
                }
                put_utf8(out, cp);
                break;
            }
            default: return fail("bad escape");
            }
        }
        return fail("unterminated string");
    }

    Result<Value> array(int depth) {
        pos_++;
        Value v;
        v.kind = Value::Kind::Array;
        if (take(']')) return v;
        for (;;) {
            v.array.push_back(TANDEM_TRY(value(depth + 1)));
            if (take(']')) return v;
            if (!take(',')) return fail("',' or ']' expected");
        }
    }

    Result<Value> object(int depth) {
        pos_++;
        Value v;
        v.kind = Value::Kind::Object;
        if (take('}')) return v;
        for (;;) {
            skip_space();
            if (pos_ >= s_.size() || s_[pos_] != '"') return fail("member name expected");
            std::string k = TANDEM_TRY(string());
            if (!take(':')) return fail("':' expected");
            Value member = TANDEM_TRY(value(depth + 1));
            v.object.emplace_back(std::move(k), std::move(member));
            if (take('}')) return v;
            if (!take(',')) return fail("',' or '}' expected");
        }
    }

    std::string_view s_;
    std::size_t pos_ = 0;
};

} // namespace

Result<Value> parse(std::string_view text) {
    if (text.size() > kMaxInput) return Error{"JSON text too long"};
    return Parser(text).document();
}

void append_string(std::string& out, std::string_view s) {
    out += '"';
    for (char c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    out += '"';
}

void Writer::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_ += ',';
        first_.back() = false;
    }
}

Writer& Writer::begin_object() {
    separate();
    out_ += '{';
    first_.push_back(true);
    return *this;
}
Writer& Writer::end_object() {
    out_ += '}';
    first_.pop_back();
    return *this;
}
Writer& Writer::begin_array() {
    separate();
    out_ += '[';
    first_.push_back(true);
    return *this;
}
Writer& Writer::end_array() {
    out_ += ']';
    first_.pop_back();
    return *this;
}
Writer& Writer::key(std::string_view k) {
    separate();
    append_string(out_, k);
    out_ += ':';
    after_key_ = true;
    return *this;
}
Writer& Writer::value(std::string_view s) {
    separate();
    append_string(out_, s);
    return *this;
}
Writer& Writer::value(std::uint64_t n) {
    separate();
    out_ += std::to_string(n);
    return *this;
}
Writer& Writer::value(std::int64_t n) {
    separate();
    out_ += std::to_string(n);
    return *this;
}
Writer& Writer::value(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
}

} // namespace tandem::json
