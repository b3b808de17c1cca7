// Random numbers: a ChaCha20 keystream (RFC 8439 block function) keyed
// from TANDEM_PORT_ENTROPY and re-keyed every 1 MiB.  One port exit per 32
// bits made AT_RANDOM (16 bytes per exec) and /dev/urandom reads costly;
// now the device is read 8 times per key.
#include "dev/entropy.h"
#include "arch/cpu.h"
#include "lib/string.h"

namespace entropy {
namespace {
constexpr u64 kRekeyBytes = 1 << 20;

u32 g_key[8];
u64 g_counter;
u64 g_since_rekey = kRekeyBytes; // forces keying on first use
u8 g_block[64];
u32 g_block_left;

u32 rotl(u32 v, int n) { return (v << n) | (v >> (32 - n)); }

void quarter(u32* x, int a, int b, int c, int d) {
    x[a] += x[b], x[d] = rotl(x[d] ^ x[a], 16);
    x[c] += x[d], x[b] = rotl(x[b] ^ x[c], 12);
    x[a] += x[b], x[d] = rotl(x[d] ^ x[a], 8);
    x[c] += x[d], x[b] = rotl(x[b] ^ x[c], 7);
}

// One 64-byte keystream block for the current key and counter.
void next_block() {
    u32 in[16] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    for (int i = 0; i < 8; i++) in[4 + i] = g_key[i];
    in[12] = u32(g_counter);
    in[13] = u32(g_counter >> 32);
    g_counter++;
    u32 x[16];
    memcpy(x, in, sizeof x);
    for (int round = 0; round < 10; round++) {
        quarter(x, 0, 4, 8, 12), quarter(x, 1, 5, 9, 13), quarter(x, 2, 6, 10, 14), quarter(x, 3, 7, 11, 15);
        quarter(x, 0, 5, 10, 15), quarter(x, 1, 6, 11, 12), quarter(x, 2, 7, 8, 13), quarter(x, 3, 4, 9, 14);
    }
    for (int i = 0; i < 16; i++) x[i] += in[i];
    memcpy(g_block, x, sizeof g_block);
    g_block_left = sizeof g_block;
}

void rekey() {
    for (u32& k : g_key) k = device32();
    g_counter = 0;
    g_since_rekey = 0;
    g_block_left = 0;
}
} // namespace

// One port read: 32 bits of host randomness.
u32 device32() { return x86::inl(TANDEM_PORT_ENTROPY); }

u32 random32() {
    u32 v;
    fill(&v, sizeof v);
    return v;
}

void fill(void* buf, size_t n) {
    cpu::IrqGuard guard; // one CPU: the generator state is shared by every caller
    u8* p = static_cast<u8*>(buf);
    while (n) {
        if (g_since_rekey >= kRekeyBytes) rekey();
        if (!g_block_left) next_block();
        size_t k = min<size_t>(n, g_block_left);
        memcpy(p, g_block + (sizeof g_block - g_block_left), k);
        memset(g_block + (sizeof g_block - g_block_left), 0, k); // used keystream is not kept
        g_block_left -= u32(k);
        g_since_rekey += k;
        p += k;
        n -= k;
    }
}

} // namespace entropy
