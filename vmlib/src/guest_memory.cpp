// Access to guest memory from vmlib.  Kernel-hole addresses are the direct
// map and are checked against the memory size, so vmlib itself never faults
// on an address the guest gave it.  User-window addresses are translated
// through the guest's page tables.
#include "vmlib.h"
#include "page_walk.h"

namespace vmlib {

// True if [va, va+len) lies inside the direct map of existing guest memory.
bool kernel_range_ok(u64 va, u64 len) {
    if (va < TANDEM_DIRECT_MAP_BASE) return false;
    u64 off = va - TANDEM_DIRECT_MAP_BASE;
    return off < g_vcpu.memory_size && len <= g_vcpu.memory_size - off;
}

// Copies between guest virtual memory and vmlib, page by page, through the
// guest page tables for user-window addresses.
static bool guest_copy(u64 va, void* buf, u64 len, bool write) {
    auto* p = static_cast<u8*>(buf);
    while (len) {
        u64 chunk = TANDEM_PAGE_SIZE - (va & (TANDEM_PAGE_SIZE - 1));
        if (chunk > len) chunk = len;
        u8* host;
        if (!tandem_user_address(va)) {
            if (!kernel_range_ok(va, chunk)) return false;
            host = reinterpret_cast<u8*>(va);
        } else {
            Translation t = translate(va, write ? u32(kAccessWrite) : 0u);
            if (!t.ok) return false;
            host = phys_ptr(t.phys);
        }
        if (write) copy_bytes(host, p, chunk);
        else copy_bytes(p, host, chunk);
        va += chunk;
        p += chunk;
        len -= chunk;
    }
    return true;
}

// Reads guest memory the guest kernel could read.
bool guest_read(u64 va, void* out, u64 len) { return guest_copy(va, out, len, false); }

// Writes guest memory the guest kernel could write.
bool guest_write(u64 va, const void* in, u64 len) { return guest_copy(va, const_cast<void*>(in), len, true); }

} // namespace vmlib
