#include "insn_table.h"

#include <string>
#include <tandem/platform.h>

namespace tandem::rw {
namespace {

struct Entry {
    std::string_view spelling;
    InsnInfo info;
};

constexpr InsnInfo none(int kind, int width = 0) { return {Handler::NoOperand, kind, width, ""}; }
constexpr InsnInfo with(Handler h, int kind, int width = 0) { return {h, kind, width, ""}; }
constexpr InsnInfo bad(const char* why) { return {Handler::BadForm, 0, 0, why}; }
constexpr InsnInfo reject() { return {Handler::Reject, 0, 0, ""}; }

constexpr const char* k16bit = "16-bit operand size is not supported";
constexpr const char* k32bit = "32-bit operand size is not supported in 64-bit code";

// Every spelling, with its AT&T suffix variants.  Order does not matter.
const Entry kTable[] = {
    {"cli", none(TANDEM_SITE_CLI)},
    {"sti", none(TANDEM_SITE_STI)},
    {"pushf", none(TANDEM_SITE_PUSHF, 8)},
    {"pushfq", none(TANDEM_SITE_PUSHF, 8)},
    {"pushfw", bad(k16bit)},
    {"pushfl", bad(k32bit)},
    {"pushfd", bad(k32bit)},
    {"popf", none(TANDEM_SITE_POPF, 8)},
    {"popfq", none(TANDEM_SITE_POPF, 8)},
    {"popfw", bad(k16bit)},
    {"popfl", bad(k32bit)},
    {"popfd", bad(k32bit)},
    {"hlt", none(TANDEM_SITE_HLT)},
    {"clts", none(TANDEM_SITE_CLTS)},
    {"rdmsr", none(TANDEM_SITE_RDMSR)},
    {"wrmsr", none(TANDEM_SITE_WRMSR)},
    {"rdpmc", none(TANDEM_SITE_RDPMC)},
    {"wbinvd", none(TANDEM_SITE_WBINVD)},
    {"invd", none(TANDEM_SITE_INVD)},
    {"swapgs", none(TANDEM_SITE_SWAPGS)},
    {"iretq", none(TANDEM_SITE_IRETQ, 8)},
    {"iret", bad("32-bit operand size; use 'iretq'")},
    {"iretl", bad("32-bit operand size; use 'iretq'")},
    {"iretd", bad("32-bit operand size; use 'iretq'")},
    {"iretw", bad("16-bit operand size; use 'iretq'")},
    {"sysretq", none(TANDEM_SITE_SYSRETQ, 8)},
    {"sysret", bad("returns to 32-bit code; use 'sysretq'")},
    {"sysretl", bad("returns to 32-bit code; use 'sysretq'")},
    {"stac", none(TANDEM_SITE_STAC)},
    {"clac", none(TANDEM_SITE_CLAC)},
    {"xsetbv", none(TANDEM_SITE_XSETBV)},
    {"cpuid", none(TANDEM_SITE_CPUID)},
    {"lretq", none(TANDEM_SITE_LRETQ, 8)},
    {"lret", bad("32-bit operand size; use 'lretq'")},
    {"lretl", bad("32-bit operand size; use 'lretq'")},
    {"lretw", bad("16-bit operand size; use 'lretq'")},
    {"retf", bad("32-bit operand size; use 'lretq'")},
    {"monitor", with(Handler::Monitor, TANDEM_SITE_MONITOR)},
    {"mwait", with(Handler::Mwait, TANDEM_SITE_MWAIT)},

    {"in", with(Handler::InOut, TANDEM_SITE_IN)},
    {"inb", with(Handler::InOut, TANDEM_SITE_IN, 1)},
    {"inw", with(Handler::InOut, TANDEM_SITE_IN, 2)},
    {"inl", with(Handler::InOut, TANDEM_SITE_IN, 4)},
    {"out", with(Handler::InOut, TANDEM_SITE_OUT)},
    {"outb", with(Handler::InOut, TANDEM_SITE_OUT, 1)},
    {"outw", with(Handler::InOut, TANDEM_SITE_OUT, 2)},
    {"outl", with(Handler::InOut, TANDEM_SITE_OUT, 4)},
    {"ins", with(Handler::InsOuts, TANDEM_SITE_INS)},
    {"insb", with(Handler::InsOuts, TANDEM_SITE_INS, 1)},
    {"insw", with(Handler::InsOuts, TANDEM_SITE_INS, 2)},
    {"insl", with(Handler::InsOuts, TANDEM_SITE_INS, 4)},
    {"insd", with(Handler::InsOuts, TANDEM_SITE_INS, 4)},
    {"outs", with(Handler::InsOuts, TANDEM_SITE_OUTS)},
    {"outsb", with(Handler::InsOuts, TANDEM_SITE_OUTS, 1)},
    {"outsw", with(Handler::InsOuts, TANDEM_SITE_OUTS, 2)},
    {"outsl", with(Handler::InsOuts, TANDEM_SITE_OUTS, 4)},
    {"outsd", with(Handler::InsOuts, TANDEM_SITE_OUTS, 4)},

    {"lgdt", with(Handler::MemOnly, TANDEM_SITE_LGDT)},
    {"lgdtq", with(Handler::MemOnly, TANDEM_SITE_LGDT)},
    {"lidt", with(Handler::MemOnly, TANDEM_SITE_LIDT)},
    {"lidtq", with(Handler::MemOnly, TANDEM_SITE_LIDT)},
    {"sgdt", with(Handler::MemOnly, TANDEM_SITE_SGDT)},
    {"sgdtq", with(Handler::MemOnly, TANDEM_SITE_SGDT)},
    {"sidt", with(Handler::MemOnly, TANDEM_SITE_SIDT)},
    {"sidtq", with(Handler::MemOnly, TANDEM_SITE_SIDT)},
    {"lgdtl", bad(k32bit)}, {"lidtl", bad(k32bit)}, {"sgdtl", bad(k32bit)}, {"sidtl", bad(k32bit)},
    {"lgdtw", bad(k16bit)}, {"lidtw", bad(k16bit)}, {"sgdtw", bad(k16bit)}, {"sidtw", bad(k16bit)},
    {"invlpg", with(Handler::MemOnly, TANDEM_SITE_INVLPG)},
    {"invpcid", with(Handler::Invpcid, TANDEM_SITE_INVPCID)},

    {"lldt", with(Handler::RegOrMem, TANDEM_SITE_LLDT)},
    {"lldtw", with(Handler::RegOrMem, TANDEM_SITE_LLDT, 2)},
    {"ltr", with(Handler::RegOrMem, TANDEM_SITE_LTR)},
    {"ltrw", with(Handler::RegOrMem, TANDEM_SITE_LTR, 2)},
    {"lmsw", with(Handler::RegOrMem, TANDEM_SITE_LMSW)},
    {"lmsww", with(Handler::RegOrMem, TANDEM_SITE_LMSW, 2)},
    {"sldt", with(Handler::RegOrMem, TANDEM_SITE_SLDT)},
    {"sldtw", with(Handler::RegOrMem, TANDEM_SITE_SLDT, 2)},
    {"sldtl", with(Handler::RegOrMem, TANDEM_SITE_SLDT, 4)},
    {"sldtq", with(Handler::RegOrMem, TANDEM_SITE_SLDT, 8)},
    {"str", with(Handler::RegOrMem, TANDEM_SITE_STR)},
    {"strw", with(Handler::RegOrMem, TANDEM_SITE_STR, 2)},
    {"strl", with(Handler::RegOrMem, TANDEM_SITE_STR, 4)},
    {"strq", with(Handler::RegOrMem, TANDEM_SITE_STR, 8)},
    {"smsw", with(Handler::RegOrMem, TANDEM_SITE_SMSW)},
    {"smsww", with(Handler::RegOrMem, TANDEM_SITE_SMSW, 2)},
    {"smswl", with(Handler::RegOrMem, TANDEM_SITE_SMSW, 4)},
    {"smswq", with(Handler::RegOrMem, TANDEM_SITE_SMSW, 8)},

    {"mov", with(Handler::Mov, 0)},
    {"movw", with(Handler::Mov, 0, 2)},
    {"movl", with(Handler::Mov, 0, 4)},
    {"movq", with(Handler::Mov, 0, 8)},
    {"push", with(Handler::Push, TANDEM_SITE_PUSH_SEG)},
    {"pushw", with(Handler::Push, TANDEM_SITE_PUSH_SEG, 2)},
    {"pushl", with(Handler::Push, TANDEM_SITE_PUSH_SEG, 4)},
    {"pushq", with(Handler::Push, TANDEM_SITE_PUSH_SEG, 8)},
    {"pop", with(Handler::Pop, TANDEM_SITE_POP_SEG)},
    {"popw", with(Handler::Pop, TANDEM_SITE_POP_SEG, 2)},
    {"popl", with(Handler::Pop, TANDEM_SITE_POP_SEG, 4)},
    {"popq", with(Handler::Pop, TANDEM_SITE_POP_SEG, 8)},

    {"rdfsbase", with(Handler::FsGsBase, TANDEM_SITE_RDFSBASE)},
    {"rdfsbasel", with(Handler::FsGsBase, TANDEM_SITE_RDFSBASE, 4)},
    {"rdfsbaseq", with(Handler::FsGsBase, TANDEM_SITE_RDFSBASE, 8)},
    {"rdgsbase", with(Handler::FsGsBase, TANDEM_SITE_RDGSBASE)},
    {"rdgsbasel", with(Handler::FsGsBase, TANDEM_SITE_RDGSBASE, 4)},
    {"rdgsbaseq", with(Handler::FsGsBase, TANDEM_SITE_RDGSBASE, 8)},
    {"wrfsbase", with(Handler::FsGsBase, TANDEM_SITE_WRFSBASE)},
    {"wrfsbasel", with(Handler::FsGsBase, TANDEM_SITE_WRFSBASE, 4)},
    {"wrfsbaseq", with(Handler::FsGsBase, TANDEM_SITE_WRFSBASE, 8)},
    {"wrgsbase", with(Handler::FsGsBase, TANDEM_SITE_WRGSBASE)},
    {"wrgsbasel", with(Handler::FsGsBase, TANDEM_SITE_WRGSBASE, 4)},
    {"wrgsbaseq", with(Handler::FsGsBase, TANDEM_SITE_WRGSBASE, 8)},

    {"int", with(Handler::Int, 0)},
    {"jmp", with(Handler::JmpCall, 0)},
    {"jmpq", with(Handler::JmpCall, 0)},
    {"call", with(Handler::JmpCall, 0)},
    {"callq", with(Handler::JmpCall, 0)},
};

// Rejected outright, also with any b/w/l/q suffix appended.
constexpr std::string_view kRejected[] = {
    "lar", "lsl", "verr", "verw", "sysenter", "sysexit", "into", "int1", "icebp",
    "vmcall", "vmmcall", "vmlaunch", "vmresume", "vmxon", "vmxoff", "vmptrld",
    "vmptrst", "vmclear", "vmread", "vmwrite", "vmfunc", "vmrun", "vmload",
    "vmsave", "vmgexit", "invept", "invvpid", "clgi", "stgi", "skinit", "invlpga",
    "invlpgb", "tlbsync", "rsm", "xsaves", "xsaves64", "xrstors", "xrstors64",
    "ljmp", "lcall", "lss", "lfs", "lgs", "wrmsrns", "rdmsrlist", "wrmsrlist",
    "encls", "enclu", "enclv", "hreset", "monitorx", "mwaitx", "wbnoinvd",
    "pconfig", "seamcall", "seamret", "seamops", "tdcall", "lkgs", "erets",
    "eretu", "setssbsy", "clrssbsy", "wrussd", "wrussq", "enqcmds", "loadiwkey",
    "pvalidate", "rmpadjust", "rmpupdate", "psmash", "rmpquery"};

// True if `m` is in the rejected list (without a size suffix).
bool rejected_base(std::string_view m) {
    for (auto r : kRejected)
        if (r == m)
            return true;
    return false;
}

#define TANDEM_X_NAME(name, text) #name,
#define TANDEM_X_TEXT(name, text) text,
const char* const kKindNames[] = {"INVALID", TANDEM_SITE_KINDS(TANDEM_X_NAME)};
const char* const kKindTexts[] = {"invalid", TANDEM_SITE_KINDS(TANDEM_X_TEXT)};
#undef TANDEM_X_NAME
#undef TANDEM_X_TEXT
static_assert(sizeof(kKindNames) / sizeof(kKindNames[0]) == TANDEM_SITE_KIND_COUNT);

} // namespace

// Exact spellings first, then rejected mnemonics with or without a size suffix.
std::optional<InsnInfo> lookup_insn(std::string_view m) {
    for (const Entry& e : kTable)
        if (e.spelling == m)
            return e.info;
    if (rejected_base(m))
        return reject();
    if (m.size() > 1) {
        char s = m.back();
        if ((s == 'b' || s == 'w' || s == 'l' || s == 'q') && rejected_base(m.substr(0, m.size() - 1)))
            return reject();
    }
    return std::nullopt;
}

// Enum name of a kind, for comments in the output and --list-kinds.
const char* kind_name(int kind) {
    return kind >= 0 && kind < TANDEM_SITE_KIND_COUNT ? kKindNames[kind] : nullptr;
}

// Human text of a kind, for --list-kinds.
const char* kind_text(int kind) {
    return kind >= 0 && kind < TANDEM_SITE_KIND_COUNT ? kKindTexts[kind] : nullptr;
}

} // namespace tandem::rw
