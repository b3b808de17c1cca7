// Parses one statement (already cut out of a line, comments blanked) into
// labels, prefixes, mnemonic and operand texts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::rw {

struct ParsedStatement {
    enum class Type {
        LabelOnly,   // nothing but labels
        Directive,   // `.foo ...` (after labels)
        Assignment,  // `sym = expr`
        PrefixOnly,  // `rep`, `lock` ... alone: applies to the next instruction
        Instruction,
    };
    Type type = Type::LabelOnly;
    std::size_t insn_begin = 0;        // offset (in the statement) after the labels
    std::vector<std::string> prefixes; // lower case, as written
    std::string mnemonic;              // lower case; the directive name for Directive
    std::string operand_text;          // trimmed, case preserved
    std::vector<std::string> operands; // split at top-level commas, trimmed
};

// Parses `stmt` (a statement with comments already blanked).
ParsedStatement parse_statement(std::string_view stmt);

// Splits an operand list at commas outside parentheses, brackets and strings.
std::vector<std::string> split_operands(std::string_view text);

// True for instruction prefixes gas accepts as separate words.
bool is_prefix_word(std::string_view lower);

// True for the repeat prefixes that ins/outs may carry.
bool is_rep_prefix(std::string_view lower);

std::string to_lower(std::string_view s);
std::string_view trim(std::string_view s);

} // namespace tandem::rw
