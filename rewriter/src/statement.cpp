#include "statement.h"

#include <array>
#include <cctype>

namespace tandem::rw {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Characters gas allows in symbol names (labels).
bool is_symbol_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$';
}

// Returns the length of a label (`name:` or `123:`) at the start of `s`,
// including the colon and following blanks, or 0 if `s` does not start with one.
std::size_t label_length(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && is_symbol_char(s[i]))
        ++i;
    if (i == 0 || s[0] == '$')
        return 0;
    std::size_t j = i;
    while (j < s.size() && is_space(s[j]))
        ++j;
    if (j >= s.size() || s[j] != ':')
        return 0;
    ++j;
    while (j < s.size() && is_space(s[j]))
        ++j;
    return j;
}

// Reads the next blank-delimited word starting at `i`; braces such as
// `{disp32}` count as one word.
std::string_view next_word(std::string_view s, std::size_t i) {
    std::size_t j = i;
    if (j < s.size() && s[j] == '{') {
        while (j < s.size() && s[j] != '}')
            ++j;
        return s.substr(i, j < s.size() ? j + 1 - i : j - i);
    }
    while (j < s.size() && !is_space(s[j]))
        ++j;
    return s.substr(i, j - i);
}

} // namespace

// Mnemonics and registers are case-insensitive in gas.
std::string to_lower(std::string_view s) {
    std::string r(s);
    for (char& c : r)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
}

// Strips blanks at both ends.
std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return s;
}

// The repeat prefixes (any of them marks ins/outs as TANDEM_SITE_FLAG_REP).
bool is_rep_prefix(std::string_view w) {
    return w == "rep" || w == "repe" || w == "repz" || w == "repne" || w == "repnz";
}

// Prefix words are skipped to find the mnemonic of a statement.
bool is_prefix_word(std::string_view w) {
    static constexpr std::array<std::string_view, 22> words = {
        "lock", "rep", "repe", "repz", "repne", "repnz", "data16", "data32",
        "addr16", "addr32", "rex", "rex64", "notrack", "bnd", "xacquire",
        "xrelease", "cs", "ds", "es", "fs", "gs", "ss"};
    if (w.size() > 1 && w.front() == '{' && w.back() == '}')
        return true; // gas pseudo prefixes: {vex}, {disp32}, {load} ...
    if (w.substr(0, 4) == "rex.")
        return true;
    for (std::string_view p : words)
        if (p == w)
            return true;
    return false;
}

// Commas inside (base,index,scale) or strings do not separate operands.
std::vector<std::string> split_operands(std::string_view text) {
    std::vector<std::string> out;
    text = trim(text);
    if (text.empty())
        return out;
    int depth = 0;
    bool in_string = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '(' || c == '[') {
            ++depth;
        } else if (c == ')' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 0) {
            out.emplace_back(trim(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    out.emplace_back(trim(text.substr(start)));
    return out;
}

// Labels, then a directive/assignment, or prefixes + mnemonic + operands.
ParsedStatement parse_statement(std::string_view stmt) {
    ParsedStatement p;
    std::size_t i = 0;
    while (i < stmt.size() && is_space(stmt[i]))
        ++i;
    for (std::size_t n; (n = label_length(stmt.substr(i))) != 0;)
        i += n;
    p.insn_begin = i;
    if (i >= stmt.size())
        return p;

    std::string_view first = next_word(stmt, i);
    std::size_t after = i + first.size();
    std::size_t k = after;
    while (k < stmt.size() && is_space(stmt[k]))
        ++k;
    if (first.front() == '.' && (k >= stmt.size() || stmt[k] != '=')) {
        p.type = ParsedStatement::Type::Directive;
        p.mnemonic = to_lower(first);
        p.operand_text = std::string(trim(stmt.substr(after)));
        return p;
    }
    if (first.find('=') != std::string_view::npos || (k < stmt.size() && stmt[k] == '=')) {
        p.type = ParsedStatement::Type::Assignment;
        return p;
    }

    // Prefix words, then the mnemonic.
    while (i < stmt.size()) {
        std::string_view w = next_word(stmt, i);
        std::string lw = to_lower(w);
        i += w.size();
        while (i < stmt.size() && is_space(stmt[i]))
            ++i;
        if (is_prefix_word(lw)) {
            p.prefixes.push_back(lw);
            continue;
        }
        p.mnemonic = lw;
        break;
    }
    if (p.mnemonic.empty()) {
        p.type = ParsedStatement::Type::PrefixOnly;
        return p;
    }
    p.type = ParsedStatement::Type::Instruction;
    p.operand_text = std::string(trim(stmt.substr(i)));
    p.operands = split_operands(p.operand_text);
    return p;
}

} // namespace tandem::rw
