#include "emitter.h"

#include "insn_table.h"

#include <cstddef>
#include <tandem/platform.h>

namespace tandem::rw {

std::string site_label(unsigned n) { return ".Ltandem_site_" + std::to_string(n); }

// The record is laid out field by field exactly as struct tandem_site (40
// bytes; the static_asserts below pin the offsets we rely on).
//
// The call pushes its return address on the current stack.  That is safe
// anywhere in guest kernel code because guests are built with
// -mno-red-zone: no live data ever sits below %rsp.  The exceptions are
// swapgs and sysretq, which may run on the user's stack pointer: they go
// through vmlib's private stack (platform.h section 5).
std::vector<std::string> emit_site(unsigned n, const SiteFields& f, unsigned input_line,
                                   bool repeated, const SectionGroup& group) {
    static_assert(sizeof(tandem_site) == 40);
    static_assert(offsetof(tandem_site, kind) == 8 && offsetof(tandem_site, form) == 10);
    static_assert(offsetof(tandem_site, flags) == 17 && offsetof(tandem_site, imm) == 18);
    static_assert(offsetof(tandem_site, line) == 20 && offsetof(tandem_site, disp) == 24);
    static_assert(offsetof(tandem_site, count) == 32);

    const std::string label = repeated ? kRepeatedSiteLabel : site_label(n);
    const std::string ref = repeated ? label + "b" : label;
    auto num = [](int v) { return std::to_string(v); };
    std::vector<std::string> lines;
    int flags = f.flags;
    if (TANDEM_SITE_USES_PRIVATE_STACK(f.kind)) {
        // RSP may be the guest user's here: switch to vmlib's stack first
        // (platform.h section 5) so nothing is written below it.
        flags |= TANDEM_SITE_FLAG_PRIVATE_STACK;
        lines.push_back(std::string("\txchgq\t%rsp, ") + TANDEM_PRIVATE_RSP_SYMBOL + "(%rip)");
    }
    lines.push_back(label + ":");
    lines.push_back("\tcall\t__vmlib_site");
    if (group.name.empty())
        lines.push_back(std::string("\t.pushsection ") + TANDEM_SITES_SECTION + ",\"aw\",@progbits");
    else
        lines.push_back(std::string("\t.pushsection ") + TANDEM_SITES_SECTION + ",\"awG\",@progbits," +
                        group.name + (group.comdat ? ",comdat" : ""));
    lines.push_back("\t.balign 8");
    lines.push_back("\t.quad\t" + ref);
    lines.push_back("\t.short\t" + num(f.kind) + "\t# TANDEM_SITE_" + kind_name(f.kind));
    lines.push_back("\t.byte\t" + num(f.form) + ", " + num(f.width) + ", " + num(f.reg) + ", " +
                    num(f.aux) + ", " + num(f.base) + ", " + num(f.index) + ", " +
                    num(f.scale) + ", " + num(flags));
    lines.push_back("\t.short\t" + f.imm);
    lines.push_back("\t.long\t" + std::to_string(input_line));
    lines.push_back("\t.quad\t" + f.disp);
    lines.push_back("\t.quad\t0");
    lines.push_back("\t.popsection");
    return lines;
}

} // namespace tandem::rw
