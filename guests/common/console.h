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

struct Console {
    tandem_ring* ring = nullptr;
    uint8_t* data = nullptr;
    uint32_t size = 0; // data bytes (power of two)
    uint16_t port = 0;

    // Finds the console device; false when there is none (then output is dropped).
    bool init(const tandem_boot_info* bi) {
        const tandem_device* d = bootinfo::find_device(bi, TANDEM_DEV_CONSOLE);
        if (!d || !d->ring_phys[0]) return false;
        ring = bootinfo::phys_to_virt<tandem_ring>(d->ring_phys[0]);
        data = reinterpret_cast<uint8_t*>(ring) + sizeof(tandem_ring);
        size = ring->data_size;
        port = d->port_base;
        return size != 0;
    }

    // Asks the host to drain the output ring.
    void kick() {
        if (port) asm volatile("outl %0, %1" ::"a"(0u), "Nd"(uint16_t(port + TANDEM_CONSOLE_KICK_OUT)) : "memory");
    }

    // Queues one byte, kicking first while the ring is full.
    void putc(char c) {
        if (!ring) return;
        while (ring->head - ring->tail >= size) kick();
        data[ring->head & (size - 1)] = uint8_t(c);
        asm volatile("" ::: "memory");
        ring->head = ring->head + 1;
        if (c == '\n') kick();
    }

    void write(const char* s) {
        while (*s) putc(*s++);
    }

    void write_dec(uint64_t v) {
        char buf[21];
        int n = 0;
        do {
            buf[n++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        while (n) putc(buf[--n]);
    }

    void write_hex(uint64_t v) {
        write("0x");
        bool started = false;
        for (int i = 60; i >= 0; i -= 4) {
            unsigned nib = (v >> i) & 0xf;
            if (nib || started || i == 0) {
                putc("0123456789abcdef"[nib]);
                started = true;
            }
        }
    }
};

} // namespace console
