/* Verdict lines: every attack says what it tried and what it achieved, and
 * the exit status says whether anything escaped. */
#include <stdio.h>

#include "redteam.h"

static int g_escapes;

/* Prints one line with a prefix, unbuffered so a crash loses nothing. */
static void line(const char* prefix, const char* fmt, va_list ap) {
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    fprintf(stdout, "%s%s\n", prefix, buf);
    fflush(stdout);
}

void note(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    line("  ", fmt, ap);
    va_end(ap);
}

void escaped(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    line("ESCAPED: ", fmt, ap);
    va_end(ap);
    g_escapes++;
}

void contained(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    line("contained: ", fmt, ap);
    va_end(ap);
}

int escapes(void) { return g_escapes; }

int verdict(void) { return g_escapes ? kExitEscaped : 0; }
