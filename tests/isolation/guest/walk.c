/* Finding what is mapped in the address space the guest program runs in.
 * The guest's own program lives in the user window (Linux's user space less
 * the kernel hole), where a space process keeps nothing of its own;
 * guest-physical memory is at the direct map, at the start of the hole;
 * everything else in the hole that answers a read belongs to the host
 * process running the guest. */
#include <stdlib.h>
#include <string.h>

#include "redteam.h"

enum { kPage = 4096 };
static const uint64_t kTop = TANDEM_KERNEL_HOLE_TOP; /* end of what is not the guest's */

int in_guest_program(uint64_t addr) { return tandem_user_address(addr); }

/* Extends a readable page at `at` into the whole readable run around it. */
static struct range grow(uint64_t at, uint64_t lo, uint64_t hi) {
    uint8_t b;
    struct range r = {at & ~(uint64_t)(kPage - 1), (at & ~(uint64_t)(kPage - 1)) + kPage, 0};
    while (r.start > lo && probe_read(r.start - kPage, &b)) r.start -= kPage;
    while (r.end < hi && probe_read(r.end, &b)) r.end += kPage;
    return r;
}

static int covered(const struct range* rs, int n, uint64_t a) {
    for (int i = 0; i < n; i++)
        if (a >= rs[i].start && a < rs[i].end) return 1;
    return 0;
}

int walk_ranges(uint64_t lo, uint64_t hi, uint64_t step, struct range* out, int max) {
    int n = 0;
    uint8_t b;
    for (uint64_t a = lo; a < hi && n < max; a += step) {
        if (covered(out, n, a) || !probe_read(a, &b)) continue;
        out[n] = grow(a, lo, hi);
        a = (out[n].end - 1) / step * step; /* continue after the range */
        n++;
    }
    return n;
}

/* A value that could point into the host's part of the address space. */
static int host_pointer(uint64_t v) {
    return v >= TANDEM_DIRECT_MAP_TOP && v < kTop && !(v >= TANDEM_DIRECT_MAP_BASE && v < TANDEM_DIRECT_MAP_TOP);
}

/* Adds the ranges that pointers inside `r` lead to. */
static int chase(const struct range* r, struct range* out, int n, int max) {
    uint64_t limit = r->end - r->start > (64ull << 20) ? r->start + (64ull << 20) : r->end;
    for (uint64_t a = r->start; a + 8 <= limit && n < max; a += 8) {
        uint64_t v;
        if (!probe_read8(a, &v) || !host_pointer(v) || covered(out, n, v)) continue;
        uint8_t b;
        if (!probe_read(v, &b)) continue;
        out[n++] = grow(v, TANDEM_DIRECT_MAP_TOP, kTop);
    }
    return n;
}

int walk_everything(struct range* out, int max) {
    int n = 0;
    uint64_t mem = boot_info() ? boot_info()->memory_size : 0;
    if (mem) out[n++] = (struct range){TANDEM_DIRECT_MAP_BASE, TANDEM_DIRECT_MAP_BASE + mem, 0};
    /* Pointer chasing: guest memory first, then every range found. */
    for (int i = 0; i < n && n < max; i++) n = chase(&out[i], out, n, max);
    /* A coarse walk over the rest of the address space (mappings smaller
     * than the step are found only through pointers). */
    int first_new = n;
    struct range more[64];
    int m = walk_ranges(TANDEM_DIRECT_MAP_TOP, kTop, 1ull << 32, more, 64);
    for (int i = 0; i < m && n < max; i++)
        if (!covered(out, n, more[i].start)) out[n++] = more[i];
    for (int i = first_new; i < n && n < max; i++) n = chase(&out[i], out, n, max);
    return n;
}
