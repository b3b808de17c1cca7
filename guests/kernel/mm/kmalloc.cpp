// Slab-style kernel heap over the page allocator.
#include "mm/kmalloc.h"
#include "arch/cpu.h"
#include "boot/bootinfo.h"
#include "lib/panic.h"
#include "lib/string.h"
#include "mm/pmm.h"

namespace {
constexpr int kClasses = 8; // 16, 32, ..., 2048
constexpr size_t kMinSize = 16;

struct FreeObject {
    FreeObject* next;
};
FreeObject* g_free_lists[kClasses];

// Size class index for a request, or -1 for a page-sized allocation.
int class_of(size_t size) {
    size_t s = kMinSize;
    for (int c = 0; c < kClasses; c++, s <<= 1)
        if (size <= s) return c;
    return -1;
}

// Carves a fresh page into objects of class c; false when out of memory.
bool refill(int c) {
    u64 phys = pmm::alloc_page();
    if (!phys) return false;
    pmm::info(phys)->slab_class = u16(c + 1);
    size_t size = kMinSize << c;
    char* base = phys_to_virt<char>(phys);
    for (size_t off = 0; off + size <= kPageSize; off += size) {
        auto* o = reinterpret_cast<FreeObject*>(base + off);
        o->next = g_free_lists[c];
        g_free_lists[c] = o;
    }
    return true;
}
} // namespace

// Allocates from the size class free lists or as whole pages.
void* kmalloc(size_t size) {
    if (size == 0) size = 1;
    int c = class_of(size);
    if (c < 0) {
        u64 pages = page_up(size) / kPageSize;
        u64 phys = pmm::alloc_pages(pages);
        if (!phys) return nullptr;
        pmm::info(phys)->run_pages = u32(pages);
        return phys_to_virt(phys);
    }
    cpu::IrqGuard guard;
    if (!g_free_lists[c] && !refill(c)) return nullptr;
    FreeObject* o = g_free_lists[c];
    g_free_lists[c] = o->next;
    return o;
}

// Zeroed allocation (pages from the allocator are already zero).
void* kzalloc(size_t size) {
    void* p = kmalloc(size);
    if (p) memset(p, 0, size);
    return p;
}

// Returns an object to its class, or a page run to the page allocator.
void kfree(void* p) {
    if (!p) return;
    u64 phys = virt_to_phys(p);
    PageInfo* pi = pmm::info(page_down(phys));
    if (pi->slab_class == 0) {
        kassert((phys & (kPageSize - 1)) == 0 && pi->run_pages > 0);
        u64 pages = pi->run_pages;
        pi->run_pages = 0;
        pmm::free_pages(phys, pages);
        return;
    }
    cpu::IrqGuard guard;
    auto* o = static_cast<FreeObject*>(p);
    o->next = g_free_lists[pi->slab_class - 1];
    g_free_lists[pi->slab_class - 1] = o;
}
