// Reads an ELF file with libelf: checks that it is an x86-64 ELF and that
// every .tandem.sites record points at a call to __vmlib_site.
#pragma once

#include <string>
#include <vector>

namespace tandem::rw {

struct SiteReport {
    std::string fatal;                 // file unusable (missing, not ELF, not x86-64)
    unsigned records = 0;              // site records found
    std::vector<std::string> problems; // one line each, without the file name
};

SiteReport check_sites(const std::string& path);

} // namespace tandem::rw
