// C++ side of the user-memory accessors.
#include "arch/usercopy.h"
#include "lib/errno.h"

namespace {
struct ExEntry {
    u64 insn, fixup;
};
} // namespace

extern "C" const ExEntry __ex_table_start[], __ex_table_end[];

// Bounded string copy; the end of the user window, or the start of the
// kernel hole for a string below it, bounds the scan as well.
long strncpy_from_user(char* dst, const char* usrc, size_t max) {
    u64 a = u64(usrc);
    if (max == 0) return -ENAMETOOLONG;
    if (!tandem_user_address(a)) return -EFAULT;
    u64 end = a < TANDEM_KERNEL_HOLE_BASE ? TANDEM_KERNEL_HOLE_BASE : TANDEM_USER_TOP;
    size_t limit = min<u64>(max, end - a);
    long n = __strncpy_user(dst, usrc, limit);
    if (n < 0) return -EFAULT;
    if (size_t(n) == limit) {
        dst[max - 1] = 0;
        return limit == max ? -ENAMETOOLONG : -EFAULT;
    }
    return n;
}

// Linear scan: the table has a handful of entries.
u64 extable_fixup(u64 rip) {
    for (const ExEntry* e = __ex_table_start; e < __ex_table_end; e++)
        if (e->insn == rip) return e->fixup;
    return 0;
}
