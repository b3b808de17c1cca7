// Produces the assembler text that replaces one sensitive instruction: the
// site label, the call into vmlib and the struct tandem_site record.
#pragma once

#include "classify.h"
#include "section_tracker.h"

#include <string>
#include <vector>

namespace tandem::rw {

// Name of the label on site number `n` of a file.
std::string site_label(unsigned n);

// Numeric local label used instead inside .macro/.rept/.irp bodies, whose
// text gas assembles more than once (a named label would be defined twice).
inline constexpr const char* kRepeatedSiteLabel = "918273645";

// Lines (without '\n') replacing one instruction.  The call is line 1, so a
// caller may append a trailing comment to it.  `repeated`: the site is inside
// a block gas may expand several times.  `group`: the COMDAT group of the
// code section, which the record joins so both are kept or dropped together.
std::vector<std::string> emit_site(unsigned n, const SiteFields& f, unsigned input_line,
                                   bool repeated = false, const SectionGroup& group = {});

} // namespace tandem::rw
