// What a report printer writes, as a string: the printers take a FILE*
// (stderr in the program), the tests read their text.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace tandem::test_support {

// Runs `print(FILE*)` into a memory stream and returns what it wrote.
template <class Print>
std::string printed(Print print) {
    char* buf = nullptr;
    std::size_t len = 0;
    std::FILE* f = open_memstream(&buf, &len);
    if (!f) return {};
    print(f);
    std::fclose(f);
    std::string out(buf, len);
    std::free(buf);
    return out;
}

} // namespace tandem::test_support
