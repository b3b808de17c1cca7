// The global poll wait queue.
#include "fs/poll.h"

namespace pollwait {
namespace {
WaitQueue g_queue;
u64 g_generation;
}
WaitQueue& queue() { return g_queue; }
void notify() {
    g_generation++;
    g_queue.wake_all();
}
u64 generation() { return g_generation; }
} // namespace pollwait
