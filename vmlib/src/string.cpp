// The four memory routines the compiler may call in freestanding code.  vmlib
// supplies them to the whole guest image, so they are placed in the guest's
// ordinary text (section .guest_text.string), not in vmlib's privileged text:
// a guest kernel that copies from a bad user pointer with memcpy must see an
// ordinary #PF at memcpy's instruction, which its exception table can fix up.
#include <stddef.h>
#include <stdint.h>

#define GUEST_TEXT __attribute__((section(".guest_text.string"), used))

extern "C" {

// Copies n bytes forward; the workhorse behind struct copies.
GUEST_TEXT void* memcpy(void* dst, const void* src, size_t n) {
    void* ret = dst;
    asm volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
    return ret;
}

// Fills n bytes with a byte value.
GUEST_TEXT void* memset(void* dst, int c, size_t n) {
    void* ret = dst;
    asm volatile("rep stosb" : "+D"(dst), "+c"(n) : "a"(c) : "memory");
    return ret;
}

// Copies n bytes between possibly overlapping buffers.
GUEST_TEXT void* memmove(void* dst, const void* src, size_t n) {
    if (dst <= src || (uintptr_t)dst >= (uintptr_t)src + n) return memcpy(dst, src, n);
    void* ret = dst;
    const char* s = (const char*)src + n - 1;
    char* d = (char*)dst + n - 1;
    asm volatile("std\n\trep movsb\n\tcld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    return ret;
}

// Compares n bytes.
GUEST_TEXT int memcmp(const void* a, const void* b, size_t n) {
    const unsigned char* x = (const unsigned char*)a;
    const unsigned char* y = (const unsigned char*)b;
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}

}
