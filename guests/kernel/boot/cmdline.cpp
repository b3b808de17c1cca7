// Parses the command line copied out of the boot info at boot.
#include "boot/cmdline.h"
#include "lib/string.h"
#include <tandem/platform.h>

namespace cmdline {
namespace {
char g_text[TANDEM_CMDLINE_MAX];
bool g_debug;
bool g_strace;
bool g_verbose;
} // namespace

// Copies the command line (the boot info page may be reused later).
void init(const char* text) {
    kstrlcpy(g_text, text, sizeof g_text);
    g_debug = has_word("debug");
    g_strace = has_word("strace");
    g_verbose = has_word("verbose");
}

// Whole-word search, so that "nodebug" does not mean "debug".
bool has_word(const char* word) {
    size_t wl = kstrlen(word);
    const char* p = g_text;
    while (*p) {
        while (*p == ' ' || *p == '\t') p++;
        const char* start = p;
        while (*p && *p != ' ' && *p != '\t') p++;
        if (size_t(p - start) == wl && kstrncmp(start, word, wl) == 0) return true;
    }
    return false;
}

bool debug() { return g_debug; }
bool strace() { return g_strace; }
bool verbose() { return g_verbose; }

} // namespace cmdline
