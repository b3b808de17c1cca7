// C++ allocation operators for the kernel heap.  No exceptions: objects are
// made with knew<T>() (kmalloc + placement new), which returns nullptr when
// memory runs out; a plain `new` is never used, so reaching it is a bug.
#include "lib/panic.h"
#include "mm/kmalloc.h"

// Global new: kernel heap; out of memory here would be a kernel bug (see above).
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
