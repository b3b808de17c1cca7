// Formatted kernel messages on the console: %s %c %d %i %u %x %p %%, with
// the l/ll/z length modifiers, a field width and '0' padding.
#pragma once

#include <stdarg.h>
#include "lib/types.h"

// Formats into buf (always terminated); returns the length it would have had.
size_t kvsnprintf(char* buf, size_t size, const char* fmt, va_list ap);
size_t ksnprintf(char* buf, size_t size, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
void kprintf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
// kprintf only when the command line says `debug`.
void kdebug(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
