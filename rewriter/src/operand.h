// AT&T operand parsing: registers, memory references and immediates, mapped
// onto the register numbering of the platform contract.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tandem::rw {

enum class RegClass { Gpr, HighByte, Segment, Control, Debug, Rip, Other };

struct Register {
    RegClass cls = RegClass::Other;
    int num = 0;   // enum tandem_gpr, enum tandem_sreg, or the CR/DR number
    int width = 0; // bytes, for GPRs (and %rip/%eip)
    std::string name; // lower case, without '%'
};

struct MemRef {
    std::string segment;       // override register name ("" if none)
    std::string disp;          // displacement expression text ("" if none)
    std::optional<Register> base;
    std::optional<Register> index;
    std::string scale;         // as written ("" if none)
};

struct Operand {
    enum class Kind { Reg, Mem, Imm, Bad };
    Kind kind = Kind::Bad;
    Register reg;     // Kind::Reg
    MemRef mem;       // Kind::Mem
    std::string imm;  // Kind::Imm: expression after '$'
    std::string text; // the operand as written
    bool indirect = false; // written with a leading '*'
};

// Looks up a register by name (lower case, no '%').
std::optional<Register> lookup_register(std::string_view name);

// Parses one operand as written in AT&T syntax.
Operand parse_operand(std::string_view text);

// Parses a C/gas integer literal (decimal, 0x, 0b, leading-0 octal, optional
// sign); nullopt if the text is not a plain number.
std::optional<std::int64_t> parse_integer(std::string_view text);

} // namespace tandem::rw
