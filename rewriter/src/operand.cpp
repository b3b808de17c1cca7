#include "operand.h"

#include "statement.h"

#include <array>
#include <cctype>
#include <tandem/platform.h>

namespace tandem::rw {
namespace {

constexpr std::array<std::string_view, 8> kLegacy64 = {"rax", "rcx", "rdx", "rbx",
                                                       "rsp", "rbp", "rsi", "rdi"};
constexpr std::array<std::string_view, 8> kLegacy32 = {"eax", "ecx", "edx", "ebx",
                                                       "esp", "ebp", "esi", "edi"};
constexpr std::array<std::string_view, 8> kLegacy16 = {"ax", "cx", "dx", "bx",
                                                       "sp", "bp", "si", "di"};
constexpr std::array<std::string_view, 8> kLegacy8 = {"al", "cl", "dl", "bl",
                                                      "spl", "bpl", "sil", "dil"};
constexpr std::array<std::string_view, 4> kHigh8 = {"ah", "ch", "dh", "bh"};
// Order of enum tandem_sreg.
constexpr std::array<std::string_view, 6> kSegments = {"es", "cs", "ss", "ds", "fs", "gs"};

// Builds a Register value (keeps the lookup table below compact).
Register make(RegClass cls, int num, int width, std::string_view name) {
    return Register{cls, num, width, std::string(name)};
}

// Parses "<prefix><digits>" and returns the number, or -1.
int numbered(std::string_view name, std::string_view prefix) {
    if (name.size() <= prefix.size() || name.substr(0, prefix.size()) != prefix)
        return -1;
    int n = 0;
    for (char c : name.substr(prefix.size())) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || n > 100)
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

// r8..r15 with optional d/w/b (or l) width suffix.
std::optional<Register> extended_gpr(std::string_view name) {
    if (name.size() < 2 || name[0] != 'r')
        return std::nullopt;
    std::size_t i = 1;
    int n = 0;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])))
        n = n * 10 + (name[i++] - '0');
    if (i == 1 || n < 8 || n > 15)
        return std::nullopt;
    std::string_view suffix = name.substr(i);
    int width = suffix.empty() ? 8 : suffix == "d" ? 4 : suffix == "w" ? 2
              : (suffix == "b" || suffix == "l") ? 1 : 0;
    if (width == 0)
        return std::nullopt;
    return make(RegClass::Gpr, TANDEM_R8 + (n - 8), width, name);
}

// Splits "disp(base,index,scale)" into its parts; false if malformed.
bool parse_memory(std::string_view t, MemRef& m) {
    t = trim(t);
    if (!t.empty() && t.back() == ')') {
        // Find the '(' matching the final ')'.
        int depth = 0;
        std::size_t open = std::string_view::npos;
        for (std::size_t i = t.size(); i-- > 0;) {
            if (t[i] == ')')
                ++depth;
            else if (t[i] == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open == std::string_view::npos)
            return false;
        std::string_view inner = trim(t.substr(open + 1, t.size() - open - 2));
        if (!inner.empty() && (inner[0] == '%' || inner[0] == ',')) {
            m.disp = std::string(trim(t.substr(0, open)));
            auto parts = split_operands(inner);
            if (parts.empty() || parts.size() > 3)
                return false;
            auto reg_part = [](const std::string& s, std::optional<Register>& out) {
                if (s.empty())
                    return true;
                if (s[0] != '%')
                    return false;
                out = lookup_register(to_lower(s.substr(1)));
                return out.has_value();
            };
            if (!reg_part(parts[0], m.base))
                return false;
            if (parts.size() >= 2 && !reg_part(parts[1], m.index))
                return false;
            if (parts.size() == 3)
                m.scale = parts[2];
            return true;
        }
    }
    m.disp = std::string(t);
    return !m.disp.empty();
}

} // namespace

// Maps a register name to its class and platform.h number; unknown names are
// RegClass::Other so that ordinary operands (xmm, st, ...) still parse.
std::optional<Register> lookup_register(std::string_view n) {
    for (int i = 0; i < 8; ++i) {
        if (n == kLegacy64[i]) return make(RegClass::Gpr, i, 8, n);
        if (n == kLegacy32[i]) return make(RegClass::Gpr, i, 4, n);
        if (n == kLegacy16[i]) return make(RegClass::Gpr, i, 2, n);
        if (n == kLegacy8[i]) return make(RegClass::Gpr, i, 1, n);
    }
    for (int i = 0; i < 4; ++i)
        if (n == kHigh8[i])
            return make(RegClass::HighByte, 4 + i, 1, n);
    for (int i = 0; i < 6; ++i)
        if (n == kSegments[i])
            return make(RegClass::Segment, i, 2, n);
    if (auto r = extended_gpr(n))
        return r;
    if (n == "rip") return make(RegClass::Rip, TANDEM_REG_RIP, 8, n);
    if (n == "eip") return make(RegClass::Rip, TANDEM_REG_RIP, 4, n);
    if (int c = numbered(n, "cr"); c >= 0) return make(RegClass::Control, c, 8, n);
    if (int d = numbered(n, "db"); d >= 0) return make(RegClass::Debug, d, 8, n);
    if (int d = numbered(n, "dr"); d >= 0) return make(RegClass::Debug, d, 8, n);
    if (n.empty())
        return std::nullopt;
    return make(RegClass::Other, 0, 0, n);
}

// Classifies an operand as immediate, register or memory (with segment override).
Operand parse_operand(std::string_view text) {
    Operand op;
    text = trim(text);
    op.text = std::string(text);
    if (!text.empty() && text[0] == '*') {
        op.indirect = true;
        text = trim(text.substr(1));
    }
    if (text.empty())
        return op;
    if (text[0] == '$') {
        op.kind = Operand::Kind::Imm;
        op.imm = std::string(trim(text.substr(1)));
        return op;
    }
    if (text[0] == '%') {
        std::size_t colon = text.find(':');
        if (colon == std::string_view::npos) {
            auto r = lookup_register(to_lower(trim(text.substr(1))));
            if (!r)
                return op;
            op.kind = Operand::Kind::Reg;
            op.reg = *r;
            return op;
        }
        MemRef m;
        m.segment = to_lower(trim(text.substr(1, colon - 1)));
        if (!parse_memory(text.substr(colon + 1), m))
            return op;
        op.kind = Operand::Kind::Mem;
        op.mem = m;
        return op;
    }
    MemRef m;
    if (!parse_memory(text, m))
        return op;
    op.kind = Operand::Kind::Mem;
    op.mem = m;
    return op;
}

// Needed to validate port numbers, scales and rip-relative displacements.
std::optional<std::int64_t> parse_integer(std::string_view t) {
    t = trim(t);
    bool neg = false;
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
        neg = t[0] == '-';
        t.remove_prefix(1);
    }
    if (t.empty())
        return std::nullopt;
    unsigned base = 10;
    if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
        base = 16;
        t.remove_prefix(2);
    } else if (t.size() > 2 && t[0] == '0' && (t[1] == 'b' || t[1] == 'B')) {
        base = 2;
        t.remove_prefix(2);
    } else if (t.size() > 1 && t[0] == '0') {
        base = 8;
        t.remove_prefix(1);
    }
    std::uint64_t v = 0;
    for (char c : t) {
        unsigned d;
        if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
        else return std::nullopt;
        if (d >= base)
            return std::nullopt;
        v = v * base + d;
    }
    auto s = static_cast<std::int64_t>(v);
    return neg ? -s : s;
}

} // namespace tandem::rw
