// Random numbers from TANDEM_PORT_ENTROPY (AT_RANDOM, getrandom).
#include "dev/entropy.h"
#include "arch/cpu.h"
#include "lib/string.h"

namespace entropy {

// One port read: 32 bits of host randomness.
u32 random32() { return x86::inl(TANDEM_PORT_ENTROPY); }

// Byte-granular fill built from 32-bit reads.
void fill(void* buf, size_t n) {
    u8* p = static_cast<u8*>(buf);
    while (n) {
        u32 v = random32();
        size_t k = min<size_t>(n, 4);
        memcpy(p, &v, k);
        p += k;
        n -= k;
    }
}

} // namespace entropy
