// The registry is a list threaded through the registrations themselves, so
// registering allocates nothing and cannot fail.
#include "device_registry.h"

#include <algorithm>

namespace tandem {

DeviceRegistration::DeviceRegistration(const DeviceSpec& spec) : spec_(spec), next_(head_) { head_ = this; }

// Sorted by type because static initialisation order (the link order)
// must not decide what the guest sees.
std::vector<const DeviceSpec*> registered_devices() {
    std::vector<const DeviceSpec*> specs;
    for (const DeviceRegistration* r = DeviceRegistration::head_; r; r = r->next_) specs.push_back(&r->spec_);
    std::sort(specs.begin(), specs.end(), [](const DeviceSpec* a, const DeviceSpec* b) { return a->type < b->type; });
    return specs;
}

} // namespace tandem
