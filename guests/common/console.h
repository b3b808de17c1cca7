// Console output for guest kernels: bytes go into ring 0 of the console
// device and an outl to the kick port makes the host drain it
// (docs/PLATFORM.md "Devices").  Plus the few number formatters every
// kernel needs for its messages.  Single-CPU, not reentrant: callers that
// print from interrupt handlers must serialise themselves.
#pragma once

#include <stdint.h>
#include <tandem/platform.h>
#include "bootinfo.h"

namespace console {

// Where the output ring is.  The functions below are static inline free
// functions, not members: member functions defined in a header are COMDAT
// and the linker may discard the copy that a rewritten site record names.
struct Console {
    tandem_ring* ring = nullptr;
    uint8_t* data = nullptr;
    uint32_t size = 0; // data bytes (power of two)
    uint16_t port = 0;
};

// Finds the console device; false when there is none (then output is dropped).
static inline bool init(Console& c, const tandem_boot_info* bi) {
    const tandem_device* d = bootinfo::find_device(bi, TANDEM_DEV_CONSOLE);
    if (!d || !d->ring_phys[0]) return false;
    c.ring = bootinfo::phys_to_virt<tandem_ring>(d->ring_phys[0]);
    c.data = reinterpret_cast<uint8_t*>(c.ring) + sizeof(tandem_ring);
    c.size = c.ring->data_size;
    c.port = d->port_base;
    return c.size != 0;
}

// Asks the host to drain the output ring.
static inline void kick(Console& c) {
    if (c.port)
        asm volatile("outl %0, %1" ::"a"(0u), "Nd"(uint16_t(c.port + TANDEM_CONSOLE_KICK_OUT)) : "memory");
}

// Queues one byte, kicking first while the ring is full; a newline kicks.
static inline void putc(Console& c, char ch) {
    if (!c.ring) return;
    while (c.ring->head - c.ring->tail >= c.size) kick(c);
    c.data[c.ring->head & (c.size - 1)] = uint8_t(ch);
    asm volatile("" ::: "memory");
    c.ring->head = c.ring->head + 1;
    if (ch == '\n') kick(c);
}

// Queues a NUL-terminated string.
static inline void write(Console& c, const char* s) {
    while (*s) putc(c, *s++);
}

// Queues `v` in decimal.
static inline void write_dec(Console& c, uint64_t v) {
    char buf[21];
    int n = 0;
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    while (n) putc(c, buf[--n]);
}

// Queues `v` as 0x-prefixed hexadecimal without leading zeros.
static inline void write_hex(Console& c, uint64_t v) {
    write(c, "0x");
    bool started = false;
    for (int i = 60; i >= 0; i -= 4) {
        unsigned nib = (v >> i) & 0xf;
        if (nib || started || i == 0) {
            putc(c, "0123456789abcdef"[nib]);
            started = true;
        }
    }
}

} // namespace console
