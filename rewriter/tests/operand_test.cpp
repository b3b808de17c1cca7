// Unit tests of operand parsing and of the instruction table.
#include "insn_table.h"
#include "operand.h"

#include <gtest/gtest.h>
#include <tandem/platform.h>

namespace tandem::rw {
namespace {

TEST(Registers, HardwareNumberingAndWidths) {
    struct Case { const char* name; int num; int width; };
    for (Case c : {Case{"rax", TANDEM_RAX, 8}, {"ecx", TANDEM_RCX, 4}, {"dx", TANDEM_RDX, 2},
                   {"bl", TANDEM_RBX, 1}, {"spl", TANDEM_RSP, 1}, {"bpl", TANDEM_RBP, 1},
                   {"sil", TANDEM_RSI, 1}, {"dil", TANDEM_RDI, 1}, {"r8", TANDEM_R8, 8},
                   {"r9d", TANDEM_R9, 4}, {"r10w", TANDEM_R10, 2}, {"r15b", TANDEM_R15, 1}}) {
        auto r = lookup_register(c.name);
        ASSERT_TRUE(r) << c.name;
        EXPECT_EQ(r->cls, RegClass::Gpr) << c.name;
        EXPECT_EQ(r->num, c.num) << c.name;
        EXPECT_EQ(r->width, c.width) << c.name;
    }
    EXPECT_EQ(lookup_register("ah")->cls, RegClass::HighByte);
    EXPECT_EQ(lookup_register("gs")->num, TANDEM_SREG_GS);
    EXPECT_EQ(lookup_register("cs")->num, TANDEM_SREG_CS);
    EXPECT_EQ(lookup_register("cr8")->cls, RegClass::Control);
    EXPECT_EQ(lookup_register("db7")->num, 7);
    EXPECT_EQ(lookup_register("dr6")->cls, RegClass::Debug);
    EXPECT_EQ(lookup_register("xmm0")->cls, RegClass::Other);
    EXPECT_EQ(lookup_register("r16")->cls, RegClass::Other);
}

TEST(Operands, Memory) {
    Operand o = parse_operand("gdt_ptr+8(%rip)");
    ASSERT_EQ(o.kind, Operand::Kind::Mem);
    EXPECT_EQ(o.mem.disp, "gdt_ptr+8");
    EXPECT_EQ(o.mem.base->cls, RegClass::Rip);

    o = parse_operand("-16(%rbp,%r12,8)");
    ASSERT_EQ(o.kind, Operand::Kind::Mem);
    EXPECT_EQ(o.mem.disp, "-16");
    EXPECT_EQ(o.mem.base->num, TANDEM_RBP);
    EXPECT_EQ(o.mem.index->num, TANDEM_R12);
    EXPECT_EQ(o.mem.scale, "8");

    o = parse_operand("(table+4)(,%rax,4)");
    EXPECT_EQ(o.mem.disp, "(table+4)");
    EXPECT_FALSE(o.mem.base);

    o = parse_operand("(a+b)");
    EXPECT_EQ(o.kind, Operand::Kind::Mem);
    EXPECT_EQ(o.mem.disp, "(a+b)");

    o = parse_operand("%gs:8");
    EXPECT_EQ(o.mem.segment, "gs");
    EXPECT_EQ(o.mem.disp, "8");

    o = parse_operand("$0x60");
    EXPECT_EQ(o.kind, Operand::Kind::Imm);
    EXPECT_EQ(o.imm, "0x60");

    o = parse_operand("%CR3");
    EXPECT_EQ(o.kind, Operand::Kind::Reg);
    EXPECT_EQ(o.reg.num, 3);
}

TEST(Operands, Integers) {
    EXPECT_EQ(parse_integer("0x80"), 128);
    EXPECT_EQ(parse_integer("-8"), -8);
    EXPECT_EQ(parse_integer("010"), 8);
    EXPECT_EQ(parse_integer("0b101"), 5);
    EXPECT_EQ(parse_integer("sym"), std::nullopt);
    EXPECT_EQ(parse_integer("1+2"), std::nullopt);
}

TEST(InsnTable, KindNamesComeFromTheContract) {
    EXPECT_STREQ(kind_name(TANDEM_SITE_CLI), "CLI");
    EXPECT_STREQ(kind_name(TANDEM_SITE_WRGSBASE), "WRGSBASE");
    EXPECT_STREQ(kind_text(TANDEM_SITE_MOV_TO_CR), "mov to cr");
    EXPECT_EQ(kind_name(TANDEM_SITE_KIND_COUNT), nullptr);
}

TEST(InsnTable, Spellings) {
    EXPECT_EQ(lookup_insn("pushfq")->kind, TANDEM_SITE_PUSHF);
    EXPECT_EQ(lookup_insn("inl")->suffix_width, 4);
    EXPECT_EQ(lookup_insn("larq")->handler, Handler::Reject);
    EXPECT_EQ(lookup_insn("ljmpq")->handler, Handler::Reject);
    EXPECT_EQ(lookup_insn("iret")->handler, Handler::BadForm);
    EXPECT_FALSE(lookup_insn("int3"));
    EXPECT_FALSE(lookup_insn("ud2"));
    EXPECT_FALSE(lookup_insn("ud1"));
    EXPECT_FALSE(lookup_insn("rdtsc"));
    EXPECT_FALSE(lookup_insn("syscall"));
}

} // namespace
} // namespace tandem::rw
