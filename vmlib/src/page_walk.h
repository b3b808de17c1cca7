// Software walk of the guest's 4-level page tables for user-window
// addresses (SDM vol. 3, 4.5), with the permission rules of CR0.WP=1 and
// EFER.NXE.  Used to reflect pages (user-only mode) and by vmlib's own
// guest-memory accessors.
#pragma once
#include "vmlib.h"

namespace vmlib {

enum : u32 {
    kAccessWrite = TANDEM_PF_W,
    kAccessUser = TANDEM_PF_U,
    kAccessFetch = TANDEM_PF_I,
};

struct Translation {
    bool ok;           // the access is allowed
    bool present;      // a present leaf exists (even if the access is not allowed)
    u64 phys;          // guest-physical address of the byte
    u64* leaf;         // the leaf entry (4K PTE, 2M PDE or 1G PDPTE), null if not present
    bool writable;     // all levels allow writes
    bool user;         // all levels allow user access
    bool executable;   // no level sets NX
    u32 error_code;    // #PF error code if !ok
};

// Walks the tables rooted at the current CR3 for `va` with the given access
// bits; sets A (and D for writes) like the hardware when the access is ok.
Translation translate(u64 va, u32 access, bool set_accessed = true);

} // namespace vmlib
