// Kernel timers: a callback at a monotonic deadline, run by the timer
// interrupt (timerfd expirations, POSIX timers).
#pragma once

#include "lib/list.h"
#include "lib/types.h"

struct KTimer {
    ListNode node;           // the armed list, by deadline
    u64 deadline = 0;        // monotonic ns while armed
    void (*fn)(KTimer*) = nullptr; // runs with IRQs off; may re-arm its timer
};

namespace ktimer {
// Arms t for deadline (re-arming moves it); a past deadline fires at the next interrupt.
void arm(KTimer* t, u64 deadline);
void cancel(KTimer* t);
bool armed(const KTimer* t);
// The earliest armed deadline, 0 if none (timer::reprogram).
u64 earliest();
// Timer interrupt: runs every timer whose deadline has passed.
void expire(u64 now);
} // namespace ktimer
