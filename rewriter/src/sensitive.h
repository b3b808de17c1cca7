// Recognises privileged or sensitive instructions in objdump's AT&T
// disassembly, for --verify.
#pragma once

#include <string>
#include <string_view>

namespace tandem::rw {

// Given one disassembled instruction as objdump prints it (`rep insb
// (%dx),%es:(%rdi)`, `mov %rax,%cr3`), returns the instruction text to report
// if it is sensitive, or "" if it is an ordinary instruction.
std::string sensitive_in_disassembly(std::string_view insn);

} // namespace tandem::rw
