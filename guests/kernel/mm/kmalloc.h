// Kernel heap: power-of-two size classes (16 B .. 2 KiB) carved from pages,
// larger requests as whole contiguous pages.  Objects of a size class are
// naturally aligned to min(size, 4096).
#pragma once

#include <new>
#include "lib/types.h"

void* kmalloc(size_t size);
// kmalloc + zero fill.
void* kzalloc(size_t size);
void kfree(void* p);

// Allocates and constructs a T on the kernel heap (nullptr when out of memory).
template <typename T, typename... Args> T* knew(Args&&... args) {
    void* p = kmalloc(sizeof(T));
    return p ? new (p) T(static_cast<Args&&>(args)...) : nullptr;
}

// Destroys and frees an object made by knew.
template <typename T> void kdelete(T* p) {
    if (!p) return;
    p->~T();
    kfree(p);
}
