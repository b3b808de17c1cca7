// Turning the descriptor's direct-map addresses into host pointers, once,
// with their ranges checked against guest memory.
#include "vmlib_records.h"

#include <cstring>
#include <string>

namespace tandem {

namespace {

// Host pointer to `len` bytes at direct-map address `va`, or nullptr if
// they are not all inside guest memory.
std::uint8_t* in_guest(std::uint64_t va, std::uint64_t len, std::uint8_t* guest, std::uint64_t size) {
    if (va < TANDEM_DIRECT_MAP_BASE) return nullptr;
    std::uint64_t phys = va - TANDEM_DIRECT_MAP_BASE;
    if (phys > size || len > size - phys) return nullptr;
    return guest + phys;
}

} // namespace

Result<VmlibRecords> VmlibRecords::locate(const tandem_vmlib_desc& desc, std::uint8_t* guest,
                                          std::uint64_t guest_size) {
    VmlibRecords r;
    r.desc_ = desc;
    r.run_ = reinterpret_cast<tandem_run*>(in_guest(desc.run, sizeof(tandem_run), guest, guest_size));
    r.switchboard_ = reinterpret_cast<tandem_switchboard*>(
        in_guest(desc.switchboard, sizeof(tandem_switchboard), guest, guest_size));
    r.stats_ = in_guest(desc.stats, sizeof(tandem_stats), guest, guest_size);
    r.profile_ = in_guest(desc.profile, sizeof(tandem_profile_ring), guest, guest_size);
    if (desc.trace % 8 == 0)
        r.trace_ = reinterpret_cast<tandem_trace_ring*>(in_guest(desc.trace, sizeof(tandem_trace_ring), guest, guest_size));
    const std::uint64_t site_bytes = desc.sites_end >= desc.sites_start ? desc.sites_end - desc.sites_start : 0;
    r.sites_ = in_guest(desc.sites_start, site_bytes, guest, guest_size);
    r.site_count_ = site_bytes / sizeof(tandem_site);
    r.vcpu_ = in_guest(desc.vcpu, sizeof(tandem_vcpu_state), guest, guest_size);
    if (!r.run_ || !r.switchboard_ || !r.stats_ || !r.sites_ || desc.sites_end < desc.sites_start)
        return Error{"vmlib's records (exit record, switchboard, counters, sites) lie outside guest memory"};
    return r;
}

tandem_stats VmlibRecords::stats() const {
    tandem_stats s;
    std::memcpy(&s, stats_, sizeof s);
    return s;
}

std::vector<tandem_site> VmlibRecords::sites() const {
    std::vector<tandem_site> v(site_count_);
    if (site_count_) std::memcpy(v.data(), sites_, site_count_ * sizeof(tandem_site));
    return v;
}

std::optional<tandem_vcpu_state> VmlibRecords::vcpu_state() const {
    if (!vcpu_) return std::nullopt;
    tandem_vcpu_state v;
    std::memcpy(&v, vcpu_, sizeof v);
    return v;
}

} // namespace tandem
