// Safe access to user memory from the kernel: a bad pointer yields an error
// (EFAULT for the caller), never a kernel crash.  Ranges are checked against
// the user window; faults inside are resolved by demand paging or turned
// into an error through the exception table (arch/usercopy.S, mm/fault.cpp).
#pragma once

#include <tandem/platform.h>
#include "lib/types.h"

extern "C" {
size_t __copy_user(void* dst, const void* src, size_t n);
size_t __clear_user(void* dst, size_t n);
long __strncpy_user(char* dst, const char* src, size_t max);
}

// True if [addr, addr+n) lies inside the user window, clear of the kernel
// hole (n > 0).
static inline bool user_range_ok(u64 addr, u64 n) { return tandem_user_range(addr, n); }

// Returns the number of bytes not copied (0 = success).
static inline size_t copy_from_user(void* dst, const void* usrc, size_t n) {
    if (!n) return 0;
    if (!user_range_ok(u64(usrc), n)) return n;
    return __copy_user(dst, usrc, n);
}

static inline size_t copy_to_user(void* udst, const void* src, size_t n) {
    if (!n) return 0;
    if (!user_range_ok(u64(udst), n)) return n;
    return __copy_user(udst, src, n);
}

static inline size_t clear_user(void* udst, size_t n) {
    if (!n) return 0;
    if (!user_range_ok(u64(udst), n)) return n;
    return __clear_user(udst, n);
}

// Copies a NUL-terminated user string of at most max-1 characters into dst;
// returns its length, -EFAULT, or -ENAMETOOLONG.
long strncpy_from_user(char* dst, const char* usrc, size_t max);

// Typed single-value helpers; true on success.
template <typename T> static inline bool get_user(T& out, u64 uaddr) {
    return copy_from_user(&out, reinterpret_cast<const void*>(uaddr), sizeof(T)) == 0;
}
template <typename T> static inline bool put_user(u64 uaddr, const T& v) {
    return copy_to_user(reinterpret_cast<void*>(uaddr), &v, sizeof(T)) == 0;
}

// Exception-table lookup for the page-fault handler: fixup address or 0.
u64 extable_fixup(u64 rip);
