// Composite-mode placeholder: reports what is missing, precisely enough for
// the user to act on it.
#include "composite_backend.h"

#include <sys/stat.h>

#include <string>

namespace tandem {

Status CompositeBackend::probe(const char* device) {
    struct stat st;
    if (::stat(device, &st) != 0)
        return Error{std::string("composite mode: not available (") + device +
                     " not found; the kernel module is not loaded)"};
    return Error{"composite mode: not implemented yet in this build"};
}

Status CompositeBackend::setup(const VcpuStart&) { return probe(); }

} // namespace tandem
