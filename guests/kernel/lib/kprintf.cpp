// A small printf for kernel messages; output goes to the console device.
#include "lib/kprintf.h"
#include "boot/cmdline.h"
#include "dev/console.h"

namespace {

// Output cursor that counts every byte but stores only what fits.
struct Sink {
    char* buf;
    size_t size;
    size_t len = 0;
    void put(char c) {
        if (len + 1 < size) buf[len] = c;
        len++;
    }
};

// Emits an unsigned number in base 10 or 16 with optional width/zero padding.
void put_number(Sink& s, u64 v, unsigned base, int width, bool zero, bool negative) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    if (negative) width--;
    if (negative && zero) s.put('-');
    for (int i = n; i < width; i++) s.put(zero ? '0' : ' ');
    if (negative && !zero) s.put('-');
    while (n) s.put(tmp[--n]);
}

} // namespace

// The formatter behind every kernel printing function.
size_t kvsnprintf(char* buf, size_t size, const char* fmt, va_list ap) {
    Sink s{buf, size};
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            s.put(*fmt);
            continue;
        }
        fmt++;
        bool zero = false;
        int width = 0, longs = 0;
        if (*fmt == '0') zero = true, fmt++;
        while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l' || *fmt == 'z') longs++, fmt++;
        switch (*fmt) {
        case 'd':
        case 'i': {
            i64 v = longs ? va_arg(ap, i64) : va_arg(ap, int);
            put_number(s, v < 0 ? u64(-v) : u64(v), 10, width, zero, v < 0);
            break;
        }
        case 'u':
        case 'x': {
            u64 v = longs ? va_arg(ap, u64) : va_arg(ap, unsigned);
            put_number(s, v, *fmt == 'x' ? 16 : 10, width, zero, false);
            break;
        }
        case 'p':
            s.put('0'), s.put('x');
            put_number(s, u64(va_arg(ap, void*)), 16, width, zero, false);
            break;
        case 's': {
            const char* str = va_arg(ap, const char*);
            if (!str) str = "(null)";
            size_t len = 0;
            while (str[len]) len++;
            for (size_t i = len; i < size_t(width); i++) s.put(' ');
            for (size_t i = 0; i < len; i++) s.put(str[i]);
            break;
        }
        case 'c':
            s.put(char(va_arg(ap, int)));
            break;
        case '%':
            s.put('%');
            break;
        default:
            s.put('%');
            if (*fmt) s.put(*fmt);
            else fmt--;
        }
    }
    if (size) buf[s.len < size ? s.len : size - 1] = 0;
    return s.len;
}

// snprintf for kernel buffers.
size_t ksnprintf(char* buf, size_t size, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t n = kvsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

// Prints a message on the console (messages longer than 512 bytes are cut).
void kprintf(const char* fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    size_t n = kvsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    console::write_err(buf, n < sizeof buf ? n : sizeof buf - 1);
}

// Diagnostic messages, silent unless the command line asks for `debug`.
void kdebug(const char* fmt, ...) {
    if (!cmdline::debug()) return;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    size_t n = kvsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    console::write_err(buf, n < sizeof buf ? n : sizeof buf - 1);
}
