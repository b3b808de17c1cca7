// Decides what to do with one parsed instruction: leave it alone, turn it
// into a site record, or reject it.
#pragma once

#include "statement.h"

#include <string>

namespace tandem::rw {

// The fields of struct tandem_site the rewriter fills in (everything but
// addr, line and count).  Text fields are assembler expressions.
struct SiteFields {
    int kind = 0;
    int form = 0;
    int width = 0;
    int reg = 0xff;   // TANDEM_REG_NONE
    int aux = 0;
    int base = 0xff;  // TANDEM_REG_NONE
    int index = 0xff; // TANDEM_REG_NONE
    int scale = 0;
    int flags = 0;
    std::string imm = "0";
    std::string disp = "0";
};

struct Classification {
    enum class Action { Pass, Site, Error };
    Action action = Action::Pass;
    SiteFields site;
    std::string message; // Error: the text after "error: "
};

// Classifies one statement of type Instruction.
Classification classify(const ParsedStatement& st);

} // namespace tandem::rw
