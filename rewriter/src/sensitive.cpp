#include "sensitive.h"

#include "insn_table.h"
#include "statement.h"

namespace tandem::rw {
namespace {

// Mnemonics objdump prints that are sensitive whatever their operands
// (objdump's spellings, which differ from what gas accepts in places).
constexpr std::string_view kAlways[] = {
    "cli", "sti", "pushf", "pushfq", "pushfw", "popf", "popfq", "popfw", "hlt", "clts",
    "rdmsr", "wrmsr", "rdpmc", "wbinvd", "invd", "swapgs", "iret", "iretq", "iretw",
    "iretl", "iretd", "sysret", "sysretq", "sysretl", "stac", "clac", "xsetbv", "monitor",
    "mwait", "cpuid", "lret", "lretq", "lretw", "lretl", "in", "out", "ins", "insb", "insw",
    "insl", "insd", "outs", "outsb", "outsw", "outsl", "outsd", "lgdt", "lidt", "sgdt",
    "sidt", "lldt", "ltr", "sldt", "str", "smsw", "lmsw", "invlpg", "invpcid", "rdfsbase",
    "rdgsbase", "wrfsbase", "wrgsbase", "int", "sysexitl", "sysexitq", "lgdtq", "lidtq",
    "sgdtq", "sidtq", "ljmpq", "lcallq", "ljmpw", "lcallw"};

// True if an operand is exactly a segment, control or debug register.
bool special_register(std::string_view op) {
    std::string o = to_lower(trim(op));
    if (o.size() < 3 || o[0] != '%')
        return false;
    std::string_view n = std::string_view(o).substr(1);
    if (n == "es" || n == "cs" || n == "ss" || n == "ds" || n == "fs" || n == "gs")
        return true;
    auto numbered = [&](std::string_view p) {
        return n.size() > p.size() && n.substr(0, p.size()) == p &&
               n.find_first_not_of("0123456789", p.size()) == std::string_view::npos;
    };
    return numbered("cr") || numbered("db") || numbered("dr");
}

} // namespace

// Strips prefixes, then checks the mnemonic and, for mov/push/pop/jmp/call,
// the operands.
std::string sensitive_in_disassembly(std::string_view insn) {
    std::string_view text = trim(insn);
    // Skip prefixes (rep, lock, data16, cs, rex.W, ...).
    std::string_view rest = text;
    std::string mnemonic;
    while (!rest.empty()) {
        std::size_t sp = rest.find_first_of(" \t");
        std::string word = to_lower(rest.substr(0, sp));
        rest = sp == std::string_view::npos ? std::string_view{} : trim(rest.substr(sp));
        if (is_prefix_word(word))
            continue;
        mnemonic = word;
        break;
    }
    if (mnemonic.empty() || mnemonic == "(bad)")
        return "";
    auto report = [&] { return std::string(text); };
    for (std::string_view m : kAlways)
        if (m == mnemonic)
            return report();
    if (auto info = lookup_insn(mnemonic)) {
        if (info->handler == Handler::Reject)
            return report();
    }
    auto ops = split_operands(rest);
    bool mov = mnemonic.rfind("mov", 0) == 0 && mnemonic.size() <= 4;
    bool pushpop = mnemonic.rfind("push", 0) == 0 || mnemonic.rfind("pop", 0) == 0;
    if (mov || pushpop)
        for (const std::string& op : ops)
            if (special_register(op))
                return report();
    // Far jmp/call with a selector.
    if ((mnemonic == "jmp" || mnemonic == "call") && ops.size() == 2)
        return report();
    return "";
}

} // namespace tandem::rw
