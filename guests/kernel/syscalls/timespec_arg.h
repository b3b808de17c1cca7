// A struct timespec argument: read from user memory, checked as Linux checks
// it (non-negative, nanoseconds below a second), converted to nanoseconds.
#pragma once

#include "arch/usercopy.h"
#include "dev/clock.h"
#include "lib/errno.h"

// Reads and validates the user timespec at `uts` into *ns (saturating); 0
// or -errno.
static inline long read_timespec(u64 uts, u64* ns) {
    struct {
        i64 sec, nsec;
    } ts;
    if (!get_user(ts, uts)) return -EFAULT;
    if (ts.sec < 0 || ts.nsec < 0 || ts.nsec >= i64(clock::kNsPerSec)) return -EINVAL;
    u64 s = u64(ts.sec);
    *ns = s > (~0ull / clock::kNsPerSec - 1) ? ~0ull : s * clock::kNsPerSec + u64(ts.nsec);
    return 0;
}
