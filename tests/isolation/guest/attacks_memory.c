/* Reading and writing every mapped range guest user code can find.  Guest
 * memory (the direct map) is the guest's own.  A space process's own pages
 * (platform.h section 10: its local area and the stub's image) belong to the
 * platform: they may be found, read and written, but must hold nothing of
 * the host, which the secret searches check.  Any other range that answers
 * belongs to a host process. */
#include <stdio.h>
#include <string.h>

#include "redteam.h"

/* The stub's image is small; a MiB covers it with room to spare. */
#define SPACE_STUB_SPAN 0x100000ull

static int space_range(const struct range* r) {
    return (r->start >= TANDEM_SPACE_LOCAL_BASE && r->start < TANDEM_SPACE_LOCAL_BASE + TANDEM_SPACE_LOCAL_SIZE) ||
           (r->start >= TANDEM_SPACE_STUB_BASE && r->start < TANDEM_SPACE_STUB_BASE + SPACE_STUB_SPAN);
}

static int guest_range(const struct range* r) {
    return in_guest_program(r->start) || (r->start >= TANDEM_DIRECT_MAP_BASE && r->start < TANDEM_DIRECT_MAP_TOP);
}

static struct range g_ranges[512];

void attack_scan_address_space(void) {
    int n = walk_everything(g_ranges, 512), host = 0;
    uint64_t bytes = 0;
    for (int i = 0; i < n; i++) {
        if (guest_range(&g_ranges[i])) {
            note("guest memory %#lx-%#lx", (unsigned long)g_ranges[i].start, (unsigned long)g_ranges[i].end);
            continue;
        }
        if (space_range(&g_ranges[i])) {
            note("the space's own pages %#lx-%#lx", (unsigned long)g_ranges[i].start, (unsigned long)g_ranges[i].end);
            continue;
        }
        host++;
        bytes += g_ranges[i].end - g_ranges[i].start;
        if (host <= 16) note("host range %#lx-%#lx", (unsigned long)g_ranges[i].start, (unsigned long)g_ranges[i].end);
    }
    if (host)
        escaped("%d host ranges (%lu KiB) readable from guest code", host, (unsigned long)(bytes >> 10));
    else
        contained("nothing outside guest memory answered a read");
}

/* Looks for `needle` in every range but guest memory; prints what follows it. */
static int find_text(const char* needle) {
    static uint8_t buf[65536 + 256];
    size_t nl = strlen(needle);
    int n = walk_everything(g_ranges, 512), hits = 0;
    for (int i = 0; i < n; i++) {
        if (guest_range(&g_ranges[i])) continue;
        for (uint64_t at = g_ranges[i].start; at < g_ranges[i].end; at += 65536) {
            size_t got = probe_copy(at, buf, at + sizeof buf - 1 <= g_ranges[i].end ? sizeof buf - 1
                                                                                : g_ranges[i].end - at);
            buf[got] = 0;
            for (size_t k = 0; k + nl <= got && k < 65536; k++) {
                if (memcmp(buf + k, needle, nl)) continue;
                char value[80] = {0};
                memcpy(value, buf + k + nl, got - k - nl < 79 ? got - k - nl : 79);
                value[strcspn(value, "\n")] = 0;
                printf("LEAK: %s%s (host address %#lx)\n", needle, value, (unsigned long)(at + k));
                hits++;
            }
        }
    }
    return hits;
}

void attack_host_env_leak(void) {
    int hits = find_text("REDTEAM_HOST_SECRET=");
    if (hits)
        escaped("tandem's own environment read from host memory (%d copies)", hits);
    else
        contained("no host environment string readable");
}

/* Overwrites one page; a read-only page faults on its first byte. */
static void fill_page(void* page) {
    volatile uint64_t* p = page;
    for (int i = 0; i < 512; i++) p[i] = 0x4141414141414141ull;
}

void attack_write_host_memory(void) {
    int n = walk_everything(g_ranges, 512), pages = 0, own = 0;
    for (int i = 0; i < n; i++) {
        if (guest_range(&g_ranges[i])) continue;
        for (uint64_t at = g_ranges[i].start; at < g_ranges[i].end; at += 4096) {
            uint8_t b;
            if (probe_read(at, &b) && probe_write(at, b)) {
                g_ranges[i].writable = 1;
                if (space_range(&g_ranges[i])) own++;
                else pages++;
            }
        }
    }
    /* Overwrite everything writable: host pages (an escape) and the space's
     * own (its signal stack: the guest may only hurt itself there). */
    for (int i = 0; i < n; i++) {
        if (guest_range(&g_ranges[i]) || !g_ranges[i].writable) continue;
        for (uint64_t at = g_ranges[i].start; at < g_ranges[i].end; at += 4096) guarded(fill_page, (void*)at);
    }
    if (own) note("%d of the space's own pages were writable and overwritten", own);
    if (pages)
        escaped("%d host pages writable from guest code; overwritten", pages);
    else
        contained("no host page is writable from guest code");
}
