#include "verify.h"

#include "objdump.h"
#include "sensitive.h"
#include "site_check.h"

#include <ostream>
#include <tandem/platform.h>

namespace tandem::rw {

// vmlib's own code is the one place sensitive instructions may live.
bool is_vmlib_text_section(const std::string& name) {
    const std::string v = TANDEM_VMLIB_TEXT_SECTION;
    // Objects built with -ffunction-sections name it .vmlib.text.<function>.
    return name == v || name.rfind(v + ".", 0) == 0;
}

// Site records first (this also rejects non-ELF files), then the disassembly.
int verify_file(const std::string& path, std::ostream& out, std::ostream& err) {
    SiteReport sites = check_sites(path);
    if (!sites.fatal.empty()) {
        err << path << ": error: " << sites.fatal << "\n";
        return 1;
    }
    unsigned findings = 0;
    std::string why;
    bool ran = for_each_instruction(path, [&](const DisasmInsn& d) {
        if (is_vmlib_text_section(d.section))
            return;
        std::string insn = sensitive_in_disassembly(d.text);
        if (insn.empty())
            return;
        ++findings;
        err << path << ": " << d.section << " 0x" << std::hex << d.addr << " <" << d.symbol << "+0x"
            << (d.addr - d.symbol_addr) << std::dec << ">: sensitive instruction '" << insn
            << "' remains\n";
    }, why);
    if (!ran) {
        err << path << ": error: " << why << "\n";
        return 1;
    }
    for (const std::string& p : sites.problems)
        err << path << ": " << p << "\n";
    if (findings || !sites.problems.empty()) {
        err << path << ": verification failed: " << findings << " sensitive instruction"
            << (findings == 1 ? "" : "s") << " outside " TANDEM_VMLIB_TEXT_SECTION ", "
            << sites.problems.size() << " bad site record" << (sites.problems.size() == 1 ? "" : "s")
            << "\n";
        return 1;
    }
    out << path << ": verified, " << sites.records
        << " rewritten sites, no sensitive instructions outside " TANDEM_VMLIB_TEXT_SECTION "\n";
    return 0;
}

} // namespace tandem::rw
