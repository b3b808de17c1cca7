// A list of tasks sleeping until some event (console input, a child, ...).
#pragma once

#include "lib/list.h"
#include "lib/types.h"

class WaitQueue {
public:
    // Sleeps the current task until woken.  Interrupts must be disabled by the
    // caller (who checked the condition under that mask); they are still
    // disabled on return.  The caller re-checks its condition.
    void sleep_locked();
    // The same, also woken at a monotonic deadline (0 = none); true if it passed.
    bool sleep_locked_until(u64 deadline);
    // Wakes every sleeper / the longest sleeper.
    void wake_all();
    void wake_one();
    bool empty() const { return !waiters_.linked(); }

private:
    ListNode waiters_;
};
