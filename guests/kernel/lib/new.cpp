// C++ allocation operators for the kernel heap.  No exceptions: allocation
// failure returns nullptr to callers that use kmalloc directly; `new` is only
// used for small bookkeeping objects, where running out means the kernel
// cannot continue.
#include "lib/panic.h"
#include "mm/kmalloc.h"

// Global new: kernel heap, panics when the heap is exhausted.
void* operator new(size_t n) {
    void* p = kmalloc(n);
    if (!p) panic("out of kernel memory (%zu bytes)", n);
    return p;
}
void* operator new[](size_t n) { return operator new(n); }
// Global delete: back to the kernel heap.
void operator delete(void* p) noexcept { kfree(p); }
void operator delete[](void* p) noexcept { kfree(p); }
void operator delete(void* p, size_t) noexcept { kfree(p); }
void operator delete[](void* p, size_t) noexcept { kfree(p); }

// Called if a pure virtual function is ever invoked (a kernel bug).
extern "C" void __cxa_pure_virtual() { panic("pure virtual call"); }
