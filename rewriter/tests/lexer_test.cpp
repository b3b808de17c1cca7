// Unit tests of the statement splitter and statement parser.
#include "lexer.h"
#include "statement.h"

#include <gtest/gtest.h>

namespace tandem::rw {
namespace {

// The statement texts of a source, across all lines.
std::vector<std::string> statements_of(std::string_view text) {
    auto lines = split_source(text);
    std::vector<std::string> out;
    for (const auto& l : lines)
        for (const auto& s : l.statements)
            out.push_back(std::string(l.text.substr(s.begin, s.end - s.begin)));
    return out;
}

TEST(Lexer, SplitsAtSemicolonsAndDropsComments) {
    EXPECT_EQ(statements_of("  cli ; sti # c ; hlt\n"), (std::vector<std::string>{"cli", "sti"}));
    EXPECT_EQ(statements_of("rep; insb\n"), (std::vector<std::string>{"rep", "insb"}));
    EXPECT_EQ(statements_of("# only a comment\n\n"), std::vector<std::string>{});
}

TEST(Lexer, StringsAndCharConstantsHideSeparators) {
    EXPECT_EQ(statements_of(".ascii \"a;b#c\" ; cli\n"),
              (std::vector<std::string>{".ascii \"a;b#c\"", "cli"}));
    EXPECT_EQ(statements_of(".string \"q\\\";#\"\n"), (std::vector<std::string>{".string \"q\\\";#\""}));
    EXPECT_EQ(statements_of("movb $'#', %al; cli\n"),
              (std::vector<std::string>{"movb $'#', %al", "cli"}));
}

TEST(Lexer, SlashStartsACommentAtTheStartOfAStatement) {
    // As gas does on Linux: `/` is a comment character where a statement begins.
    EXPECT_EQ(statements_of("/ cli\n\t// sti\n\tnop; / hlt\n\t.long 4 / 2\n"),
              (std::vector<std::string>{"nop", ".long 4 / 2"}));
}

TEST(Lexer, BlockCommentsSpanLines) {
    EXPECT_EQ(statements_of("cli /* a ; sti\n still; comment */ hlt\n"),
              (std::vector<std::string>{"cli", "hlt"}));
    auto lines = split_source("/* x */ cli\n");
    ASSERT_EQ(lines[0].statements.size(), 1u);
    EXPECT_EQ(lines[0].statements[0].begin, 8u);
}

TEST(Lexer, LineMarkers) {
    auto lines = split_source("# 12 \"boot.S\" 1\n\tcli\n\t# 3 \"x\"\n");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_TRUE(lines[0].is_marker);
    EXPECT_EQ(lines[0].marker.line, 12u);
    EXPECT_EQ(lines[0].marker.file, "boot.S");
    EXPECT_FALSE(lines[2].is_marker); // not at column 0: gas ignores it too
}

TEST(Lexer, KeepsLineTextAndNewlines) {
    auto lines = split_source("a\nb");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[0].has_newline);
    EXPECT_FALSE(lines[1].has_newline);
}

TEST(Statement, LabelsPrefixesAndOperands) {
    auto p = parse_statement("1: foo:lock cmpxchg %rax, 8(%rbx,%rcx,4)");
    EXPECT_EQ(p.type, ParsedStatement::Type::Instruction);
    EXPECT_EQ(p.insn_begin, 7u);
    EXPECT_EQ(p.prefixes, std::vector<std::string>{"lock"});
    EXPECT_EQ(p.mnemonic, "cmpxchg");
    EXPECT_EQ(p.operands, (std::vector<std::string>{"%rax", "8(%rbx,%rcx,4)"}));
}

TEST(Statement, Kinds) {
    EXPECT_EQ(parse_statement(".L3:").type, ParsedStatement::Type::LabelOnly);
    EXPECT_EQ(parse_statement(".p2align 4").type, ParsedStatement::Type::Directive);
    EXPECT_EQ(parse_statement("x = 5").type, ParsedStatement::Type::Assignment);
    EXPECT_EQ(parse_statement(".equ = 5").type, ParsedStatement::Type::Assignment);
    EXPECT_EQ(parse_statement("REPZ").type, ParsedStatement::Type::PrefixOnly);
    EXPECT_EQ(parse_statement("CLI").mnemonic, "cli");
}

} // namespace
} // namespace tandem::rw
