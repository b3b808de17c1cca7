// Fast user-space mutexes: tasks sleep on a user address until woken.
#pragma once

#include "lib/types.h"

namespace futex {
// Wakes up to n waiters on uaddr (of the current address space; shared
// unless is_private, see futex.cpp) whose bitset intersects `bitset`;
// returns how many were woken.
int wake(u64 uaddr, bool is_private, int n, u32 bitset);
} // namespace futex
