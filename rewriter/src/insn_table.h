// The table of sensitive mnemonics (every AT&T spelling the rewriter knows),
// saying how each is handled: rewritten into a site of some kind, or rejected.
#pragma once

#include <optional>
#include <string_view>

namespace tandem::rw {

enum class Handler {
    NoOperand,   // cli, hlt, iretq, ...: no operands
    InOut,       // in/out with $imm or %dx port
    InsOuts,     // ins/outs, optional rep
    MemOnly,     // lgdt/lidt/sgdt/sidt/invlpg: one memory operand
    RegOrMem,    // lldt/ltr/lmsw (source) and sldt/str/smsw (destination)
    Invpcid,     // invpcid mem, %reg
    Mov,         // sensitive only with a CR, DR or segment register operand
    Push,        // sensitive only with a segment register operand
    Pop,         // sensitive only with a segment register operand
    FsGsBase,    // rd/wr fs/gs base %reg
    Monitor,     // monitor [%rax,%ecx,%edx]
    Mwait,       // mwait [%eax,%ecx]
    Int,         // int $n: rejected (int3 is a separate, ordinary mnemonic)
    JmpCall,     // jmp/call: sensitive only in the far form `jmp $sel,$off`
    Reject,      // unsupported sensitive instruction
    BadForm,     // a spelling of a handled instruction in a form we refuse
};

struct InsnInfo {
    Handler handler;
    int kind = 0;          // enum tandem_site_kind (0 for non-site handlers)
    int suffix_width = 0;  // operand size implied by the spelling, 0 = none
    const char* note = ""; // BadForm: why; otherwise unused
};

// Looks a lower-case mnemonic up; nullopt means "not sensitive".
std::optional<InsnInfo> lookup_insn(std::string_view mnemonic);

// The enum name without prefix ("MOV_TO_CR") and the text ("mov to cr") of a
// site kind, from the X-macro in platform.h; nullptr if out of range.
const char* kind_name(int kind);
const char* kind_text(int kind);

} // namespace tandem::rw
