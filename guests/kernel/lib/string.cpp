// The kernel's own string helpers (vmlib supplies the mem* functions).
#include "lib/string.h"

// Length of a NUL-terminated kernel string.
size_t kstrlen(const char* s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

// Length bounded by max, for fields that may lack a terminator.
size_t kstrnlen(const char* s, size_t max) {
    size_t n = 0;
    while (n < max && s[n]) n++;
    return n;
}

// Ordering comparison of two kernel strings.
int kstrcmp(const char* a, const char* b) {
    while (*a && *a == *b) a++, b++;
    return int(u8(*a)) - int(u8(*b));
}

// Comparison of at most n bytes (prefix matching).
int kstrncmp(const char* a, const char* b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (a[i] != b[i] || !a[i]) return int(u8(a[i])) - int(u8(b[i]));
    }
    return 0;
}

// Bounded copy that always terminates: for fixed-size name fields.
size_t kstrlcpy(char* dst, const char* src, size_t size) {
    size_t len = kstrlen(src);
    if (size) {
        size_t n = len < size - 1 ? len : size - 1;
        memcpy(dst, src, n);
        dst[n] = 0;
    }
    return len;
}
