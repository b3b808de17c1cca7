// Rewrites a whole assembly file: every sensitive instruction becomes a
// call into vmlib plus a site record; everything else is copied unchanged.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tandem::rw {

struct RewriteResult {
    std::string text;                // the rewritten file (only if errors is empty)
    std::vector<std::string> errors; // "FILE:LINE: error: ..." lines
    unsigned sites = 0;
};

// `filename` is used in diagnostics when the input carries no line markers.
RewriteResult rewrite_source(std::string_view input, std::string_view filename);

} // namespace tandem::rw
