// String and memory helpers.  memcpy/memset/memmove/memcmp are provided by
// vmlib (linked into every guest image); the rest are the kernel's own.
#pragma once

#include "lib/types.h"

extern "C" {
void* memcpy(void* dst, const void* src, size_t n);
void* memset(void* dst, int c, size_t n);
void* memmove(void* dst, const void* src, size_t n);
int memcmp(const void* a, const void* b, size_t n);
}

size_t kstrlen(const char* s);
size_t kstrnlen(const char* s, size_t max);
int kstrcmp(const char* a, const char* b);
int kstrncmp(const char* a, const char* b, size_t n);
// Copies at most size-1 bytes and always NUL-terminates (when size > 0).
size_t kstrlcpy(char* dst, const char* src, size_t size);
