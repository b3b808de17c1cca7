// Follows the assembler's current section through .section/.text/.data/
// .bss/.pushsection/.popsection/.previous, so that a site record can join
// the COMDAT group of the code it describes: when the linker discards a
// duplicate inline function, its site records must go with it.
#pragma once

#include "statement.h"

#include <string>
#include <vector>

namespace tandem::rw {

struct SectionGroup {
    std::string name;    // group signature; empty when the section is in no group
    bool comdat = false; // the group has COMDAT linkage
};

class SectionTracker {
  public:
    // Updates the current section from a directive statement.
    void directive(const ParsedStatement& d);
    // The group of the current section.
    const SectionGroup& group() const { return current_; }

  private:
    SectionGroup current_, previous_;
    std::vector<std::pair<SectionGroup, SectionGroup>> stack_; // (current, previous) at .pushsection
};

} // namespace tandem::rw
