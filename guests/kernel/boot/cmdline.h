// The kernel command line (boot_info.cmdline): whitespace-separated words.
#pragma once

#include "lib/types.h"

namespace cmdline {
void init(const char* text);
// True if `word` appears as a whole word (e.g. "debug").
bool has_word(const char* word);
// Cached answer for the `debug` word.
bool debug();
// Cached answer for the `strace` word (trace every system call).
bool strace();
// Cached answer for the `verbose` word (name each unknown system call once).
bool verbose();
} // namespace cmdline
