// Splits AT&T assembly text into physical lines and ';'-separated statements,
// hiding comments and respecting string and character constants.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::rw {

// One statement inside a line: byte range [begin, end) of the line, trimmed of
// surrounding whitespace and of any comment text.
struct StatementRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// A C-preprocessor line marker (`# 12 "file.S"`) found at the start of a line.
struct LineMarker {
    unsigned line = 0; // number of the *next* physical line in `file`
    std::string file;
};

struct SourceLine {
    std::string_view text;  // the line exactly as in the input, without '\n'
    bool has_newline = false;
    std::string code;       // text with comments blanked to spaces (same length)
    std::vector<StatementRange> statements; // non-empty statements, in order
    bool is_marker = false;
    LineMarker marker;
};

// Splits the whole input; block comments may span lines.
std::vector<SourceLine> split_source(std::string_view text);

} // namespace tandem::rw
