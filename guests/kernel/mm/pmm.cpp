// Bitmap page allocator: one bit per page (1 = in use), a PageInfo array
// for refcounts, both carved out of the first usable memory at boot.
//
// Pages and fault blocks are taken lowest address first, found through two
// summaries with one bit per bitmap word, so that memory freed a moment ago
// is what the next allocation gets.  Keeping the working set small and hot
// matters beyond the caches: in user-only mode every guest page the kernel
// touches for the first time costs the host an allocation of the memory
// file's page and, in each space process, a fault on the direct map.
#include "mm/pmm.h"
#include "arch/cpu.h"
#include "boot/bootinfo.h"
#include "lib/panic.h"
#include "lib/string.h"

extern "C" char __image_end[];

namespace pmm {
namespace {
u64* g_bitmap;      // bit set = page not available
PageInfo* g_pages;  // one per page of guest-physical memory
u64 g_page_count;   // pages covered (memory_size / 4 KiB)
u64 g_free;
u64 g_total;
u64 g_hint;         // word index where the next unaligned run search starts
u64 g_words;        // bitmap words
u64* g_has_free;    // summary: bit w set = bitmap word w has a free page
u64* g_has_block;   // summary: bit w set = word w has a free, aligned fault block

constexpr u64 kBlockPages = TANDEM_FAULT_BLOCK_PAGES;
constexpr u64 kBlockMask = (1ull << kBlockPages) - 1;
static_assert(64 % kBlockPages == 0, "fault blocks tile a bitmap word");

bool test(u64 pfn) { return g_bitmap[pfn / 64] >> (pfn % 64) & 1; }
void set(u64 pfn) { g_bitmap[pfn / 64] |= 1ull << (pfn % 64); }
void clear(u64 pfn) { g_bitmap[pfn / 64] &= ~(1ull << (pfn % 64)); }

// True if `bits` (one bitmap word) has an aligned fault block all free.
bool has_free_block(u64 bits) {
    for (u64 shift = 0; shift < 64; shift += kBlockPages)
        if (!((bits >> shift) & kBlockMask)) return true;
    return false;
}

// Brings both summaries up to date for bitmap word `w` after it changed.
void note_word(u64 w) {
    u64 bits = g_bitmap[w], bit = 1ull << (w % 64);
    if (bits != ~0ull) g_has_free[w / 64] |= bit;
    else g_has_free[w / 64] &= ~bit;
    if (has_free_block(bits)) g_has_block[w / 64] |= bit;
    else g_has_block[w / 64] &= ~bit;
}

// The lowest bitmap word whose bit is set in `summary`, or g_words.
u64 first_word(const u64* summary) {
    for (u64 s = 0; s < (g_words + 63) / 64; s++)
        if (summary[s]) return s * 64 + u64(__builtin_ctzll(summary[s]));
    return g_words;
}

// The lowest free page; 0 = none (page 0 is never the allocator's).
u64 find_page() {
    u64 w = first_word(g_has_free);
    return w < g_words ? w * 64 + u64(__builtin_ctzll(~g_bitmap[w])) : 0;
}

// The lowest free, aligned fault block; 0 = none.
u64 find_block() {
    u64 w = first_word(g_has_block);
    if (w >= g_words) return 0;
    for (u64 shift = 0; shift < 64; shift += kBlockPages)
        if (!((g_bitmap[w] >> shift) & kBlockMask)) return w * 64 + shift;
    return 0;
}

// Marks a run free (used only while building the map).
void release_range(u64 first, u64 last) {
    for (u64 p = first; p < last; p++) {
        clear(p);
        g_free++;
        g_total++;
    }
}

// Finds `count` free contiguous pages starting the scan at the hint; 0 = none.
u64 find_run(u64 count) {
    u64 words = (g_page_count + 63) / 64;
    for (u64 pass = 0; pass < 2; pass++) {
        u64 start_word = pass == 0 ? g_hint : 0;
        u64 end_word = pass == 0 ? words : g_hint;
        u64 run = 0, run_start = 0;
        for (u64 w = start_word; w < end_word; w++) {
            if (g_bitmap[w] == ~0ull) {
                run = 0;
                continue;
            }
            for (u64 b = 0; b < 64; b++) {
                u64 pfn = w * 64 + b;
                if (pfn >= g_page_count) break;
                if (test(pfn)) {
                    run = 0;
                    continue;
                }
                if (run == 0) run_start = pfn;
                if (++run == count) return run_start;
            }
        }
    }
    return 0;
}
} // namespace

// Builds the bitmap from the memory map; everything below the end of the
// kernel image (boot info, boot stack, the image) is never handed out.
void init() {
    const tandem_boot_info& bi = boot::info();
    u64 floor = page_up(max<u64>(virt_to_phys(__image_end), bi.kernel_phys_end));
    g_page_count = bi.memory_size / kPageSize;
    g_words = (g_page_count + 63) / 64;
    u64 bitmap_bytes = g_words * 8;
    u64 summary_bytes = (g_words + 63) / 64 * 8;
    u64 pages_bytes = g_page_count * sizeof(PageInfo);
    u64 meta_bytes = page_up(bitmap_bytes) + page_up(pages_bytes) + page_up(2 * summary_bytes);

    // Place the metadata in the first usable range that can hold it.
    u64 meta_phys = 0;
    u32 n = min<u32>(bi.memmap_count, TANDEM_MAX_MEMMAP);
    for (u32 i = 0; i < n && !meta_phys; i++) {
        const tandem_memmap_entry& e = bi.memmap[i];
        if (e.type != TANDEM_MEM_USABLE) continue;
        u64 s = page_up(max(e.base, floor)), end = page_down(e.base + e.size);
        if (end > s && end - s >= meta_bytes) meta_phys = s;
    }
    if (!meta_phys) panic("no memory for the page allocator metadata");
    g_bitmap = phys_to_virt<u64>(meta_phys);
    g_pages = phys_to_virt<PageInfo>(meta_phys + page_up(bitmap_bytes));
    g_has_free = phys_to_virt<u64>(meta_phys + page_up(bitmap_bytes) + page_up(pages_bytes));
    g_has_block = g_has_free + summary_bytes / 8;
    memset(g_bitmap, 0xff, page_up(bitmap_bytes));
    memset(g_pages, 0, page_up(pages_bytes));
    memset(g_has_free, 0, page_up(2 * summary_bytes));

    for (u32 i = 0; i < n; i++) {
        const tandem_memmap_entry& e = bi.memmap[i];
        if (e.type != TANDEM_MEM_USABLE) continue;
        u64 s = page_up(max(e.base, floor)), end = page_down(min(e.base + e.size, bi.memory_size));
        if (s < meta_phys + meta_bytes && end > meta_phys) {
            // Split around the metadata.
            if (s < meta_phys) release_range(s / kPageSize, meta_phys / kPageSize);
            s = max(s, meta_phys + meta_bytes);
        }
        if (end > s) release_range(s / kPageSize, end / kPageSize);
    }
    if (g_free == 0) panic("no usable memory");
    for (u64 w = 0; w < g_words; w++) note_word(w);
}

// The common single-page case.
u64 alloc_page() { return alloc_pages(1); }

u64 alloc_run(u64 count);

// For callers that overwrite the whole page anyway (copy-on-write, file data).
u64 alloc_page_nozero() { return alloc_run(1); }
static u64 take_run(u64 count);
u64 take_free_run(u64 count) { return take_run(count); }

// Contiguous allocation; pages come back zeroed with refcount 1.
u64 alloc_pages(u64 count) {
    u64 phys = alloc_run(count);
    if (phys) memset(phys_to_virt(phys), 0, count * kPageSize);
    return phys;
}

// Takes `count` contiguous pages out of the bitmap (contents undefined).
// The bitmap part of alloc_run: 0 if no run of `count` pages is free.
static u64 take_run(u64 count) {
    u64 pfn;
    {
        cpu::IrqGuard guard;
        if (count == 0 || count > g_free) return 0;
        pfn = count == 1 ? find_page() : count <= kBlockPages ? find_block() : 0;
        if (!pfn) {
            pfn = find_run(count);
            if (!pfn) return 0;
            g_hint = (pfn + count) / 64;
        }
        for (u64 i = 0; i < count; i++) {
            set(pfn + i);
            g_pages[pfn + i] = PageInfo{1, 0, 0, 0, 0};
        }
        for (u64 w = pfn / 64; w <= (pfn + count - 1) / 64; w++) note_word(w);
        g_free -= count;
    }
    return pfn * kPageSize;
}

namespace {
u64 (*g_reclaimer)(u64 pages);
bool g_reclaiming;
}

void set_reclaimer(u64 (*fn)(u64 pages)) { g_reclaimer = fn; }

// When memory is short, clean cached file pages are given back (once; the
// reclaimer itself must not recurse into it) and the allocation retried.
u64 alloc_run(u64 count) {
    u64 phys = take_run(count);
    if (phys || !g_reclaimer || g_reclaiming || !count) return phys;
    g_reclaiming = true;
    u64 freed = g_reclaimer(max<u64>(count, 256));
    g_reclaiming = false;
    return freed ? take_run(count) : 0;
}

// Returns a run to the allocator.
void free_pages(u64 phys, u64 count) {
    cpu::IrqGuard guard;
    u64 pfn = phys / kPageSize;
    for (u64 i = 0; i < count; i++) {
        kassert(pfn + i < g_page_count && test(pfn + i));
        g_pages[pfn + i].refcount = 0;
        clear(pfn + i);
    }
    for (u64 w = pfn / 64; count && w <= (pfn + count - 1) / 64; w++) note_word(w);
    g_free += count;
}

// Takes one more reference to an allocated page: one atomic increment, which
// no interrupt or preemption can split, so no interrupt-disable section (in
// user-only mode each pushf/cli/sti is an emulated site, and pages are
// taken and dropped by the thousand per exec).
void get(u64 phys) {
    u64 pfn = phys / kPageSize;
    kassert(pfn < g_page_count && g_pages[pfn].refcount > 0);
    __atomic_add_fetch(&g_pages[pfn].refcount, 1, __ATOMIC_RELAXED);
}

// Drops a reference; the last one frees the page.  A reference that is not
// the last goes with one compare-and-swap; the last one, which changes the
// bitmap, under the interrupt-disable section, so that the page is never
// seen with no reference while its bit still says "in use".
void put(u64 phys) {
    u64 pfn = phys / kPageSize;
    kassert(pfn < g_page_count && g_pages[pfn].refcount > 0);
    u32* count = &g_pages[pfn].refcount;
    u32 seen = __atomic_load_n(count, __ATOMIC_RELAXED);
    while (seen > 1)
        if (__atomic_compare_exchange_n(count, &seen, seen - 1, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) return;
    cpu::IrqGuard guard;
    if (__atomic_sub_fetch(count, 1, __ATOMIC_RELAXED) == 0) {
        clear(pfn);
        note_word(pfn / 64);
        g_free++;
    }
}

bool hold_reserved(u64 phys, u64 count) {
    cpu::IrqGuard guard;
    u64 first = phys / kPageSize;
    if (phys % kPageSize || first > g_page_count || count > g_page_count - first) return false;
    for (u64 pfn = first; pfn < first + count; pfn++)
        if (!test(pfn) || g_pages[pfn].refcount != 0) return false; // the allocator's, or held already
    for (u64 pfn = first; pfn < first + count; pfn++) g_pages[pfn].refcount = 1;
    return true;
}

u32 refcount(u64 phys) { return g_pages[phys / kPageSize].refcount; }
PageInfo* info(u64 phys) { return &g_pages[phys / kPageSize]; }
u64 free_count() { return g_free; }
u64 total_count() { return g_total; }

} // namespace pmm
