#include "section_tracker.h"

namespace tandem::rw {

// The group named by a .section/.pushsection operand list, if its flags
// string carries 'G' (gas: `.section NAME,"flagsG",@type,GROUP[,comdat]`).
static SectionGroup group_of(const std::string& operand_text) {
    std::vector<std::string> ops = split_operands(operand_text);
    SectionGroup g;
    if (ops.size() >= 4 && ops[1].find('G') != std::string::npos && ops[1].front() == '"') {
        g.name = ops[3];
        g.comdat = ops.size() >= 5 && ops[4] == "comdat";
    }
    return g;
}

void SectionTracker::directive(const ParsedStatement& d) {
    const std::string& m = d.mnemonic;
    if (m == ".section") {
        previous_ = current_;
        current_ = group_of(d.operand_text);
    } else if (m == ".text" || m == ".data" || m == ".bss") {
        previous_ = current_;
        current_ = SectionGroup{};
    } else if (m == ".pushsection") {
        stack_.emplace_back(current_, previous_);
        previous_ = current_;
        current_ = group_of(d.operand_text);
    } else if (m == ".popsection") {
        if (!stack_.empty()) {
            current_ = stack_.back().first;
            previous_ = stack_.back().second;
            stack_.pop_back();
        }
    } else if (m == ".previous") {
        std::swap(current_, previous_);
    }
}

} // namespace tandem::rw
