#include "lexer.h"

#include <cctype>

namespace tandem::rw {
namespace {

// Recognises `# 12 "file"` and `#line 12 "file"` at column 0, the forms cpp
// emits and gas honours, so diagnostics can name the original .S file.
bool parse_marker(std::string_view t, LineMarker& out) {
    if (t.empty() || t[0] != '#')
        return false;
    std::size_t i = 1;
    if (t.substr(1, 4) == "line")
        i = 5;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
        ++i;
    if (i >= t.size() || !std::isdigit(static_cast<unsigned char>(t[i])))
        return false;
    unsigned long n = 0;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])))
        n = n * 10 + static_cast<unsigned>(t[i++] - '0');
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
        ++i;
    std::string file;
    if (i < t.size() && t[i] == '"') {
        ++i;
        while (i < t.size() && t[i] != '"') {
            if (t[i] == '\\' && i + 1 < t.size())
                ++i;
            file += t[i++];
        }
    }
    out.line = static_cast<unsigned>(n);
    out.file = file;
    return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Appends the statement [begin, end) of `code` to `line` if it holds anything
// but whitespace, trimming both ends.
void add_statement(SourceLine& line, std::size_t begin, std::size_t end) {
    while (begin < end && is_space(line.code[begin]))
        ++begin;
    while (end > begin && is_space(line.code[end - 1]))
        --end;
    if (begin < end)
        line.statements.push_back({begin, end});
}

// Blanks comments of one line (tracking an open block comment across lines)
// and cuts it at top-level ';' separators.
void lex_line(SourceLine& line, bool& in_block) {
    std::string& c = line.code;
    c.assign(line.text);
    std::size_t start = 0;
    std::size_t i = 0;
    bool stmt_start = true; // only blanks since the line start or the last ';'
    while (i < c.size()) {
        if (in_block) {
            if (c[i] == '*' && i + 1 < c.size() && c[i + 1] == '/') {
                c[i] = c[i + 1] = ' ';
                i += 2;
                in_block = false;
            } else {
                c[i++] = ' ';
            }
            continue;
        }
        char ch = c[i];
        bool at_start = stmt_start;
        stmt_start = stmt_start && is_space(ch);
        if (ch == '/' && i + 1 < c.size() && c[i + 1] == '*') {
            c[i] = c[i + 1] = ' ';
            i += 2;
            in_block = true;
        } else if (ch == '#' || (ch == '/' && at_start)) {
            // '#' starts a comment anywhere; '/' does at the start of a statement.
            for (std::size_t j = i; j < c.size(); ++j)
                c[j] = ' ';
            break;
        } else if (ch == '"') {
            ++i;
            while (i < c.size() && c[i] != '"')
                i += (c[i] == '\\' && i + 1 < c.size()) ? 2 : 1;
            if (i < c.size())
                ++i;
        } else if (ch == '\'') {
            // gas character constant: 'c or 'c' (c may be an escape).
            ++i;
            if (i < c.size() && c[i] == '\\')
                ++i;
            if (i < c.size())
                ++i;
            if (i < c.size() && c[i] == '\'')
                ++i;
        } else if (ch == ';') {
            add_statement(line, start, i);
            start = ++i;
            stmt_start = true;
        } else {
            ++i;
        }
    }
    add_statement(line, start, c.size());
}

} // namespace

// Cuts the input at newlines (keeping each line's exact text) and lexes each line.
std::vector<SourceLine> split_source(std::string_view text) {
    std::vector<SourceLine> lines;
    bool in_block = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        SourceLine line;
        if (nl == std::string_view::npos) {
            line.text = text.substr(pos);
            pos = text.size();
        } else {
            line.text = text.substr(pos, nl - pos);
            line.has_newline = true;
            pos = nl + 1;
        }
        if (!in_block && parse_marker(line.text, line.marker))
            line.is_marker = true;
        lex_line(line, in_block);
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace tandem::rw
