// The global poll wait queue.
#include "fs/poll.h"

namespace pollwait {
namespace {
WaitQueue g_queue;
}
WaitQueue& queue() { return g_queue; }
void notify() { g_queue.wake_all(); }
} // namespace pollwait
