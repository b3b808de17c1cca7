// Rejected instructions and forms: each must produce the right message with
// FILE:LINE, and no output.
#include "rewriter.h"

#include <gtest/gtest.h>

namespace tandem::rw {
namespace {

struct ErrorCase {
    const char* source;
    const char* message; // expected first error line
};

std::ostream& operator<<(std::ostream& o, const ErrorCase& c) { return o << c.source; }

class Rejects : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(Rejects, WithFileAndLine) {
    RewriteResult r = rewrite_source(GetParam().source, "t.s");
    ASSERT_FALSE(r.errors.empty()) << "accepted: " << GetParam().source;
    EXPECT_EQ(r.errors.front(), GetParam().message);
    EXPECT_TRUE(r.text.empty());
}

#define SENS(insn, text) ErrorCase{"\t.text\n\t" text "\n", "t.s:2: error: unsupported sensitive instruction '" insn "'"}
#define FORM(src, mn, why) ErrorCase{"\t.text\n\t" src "\n", "t.s:2: error: unsupported form of '" mn "': " why}

INSTANTIATE_TEST_SUITE_P(Sensitive, Rejects, ::testing::Values(
    SENS("lar", "lar %ax,%bx"), SENS("lsl", "lsl %eax,%ebx"), SENS("larq", "larq %rax,%rbx"),
    SENS("verr", "verr %ax"), SENS("verw", "verw (%rax)"), SENS("sysenter", "sysenter"),
    SENS("sysexit", "sysexit"), SENS("sysexitq", "sysexitq"), SENS("int", "int $0x80"),
    SENS("int", "int $3"), SENS("into", "into"), SENS("int1", "int1"), SENS("icebp", "icebp"),
    SENS("vmcall", "vmcall"), SENS("vmmcall", "vmmcall"), SENS("vmlaunch", "vmlaunch"),
    SENS("vmresume", "vmresume"), SENS("vmxon", "vmxon (%rax)"), SENS("vmxoff", "vmxoff"),
    SENS("vmptrld", "vmptrld (%rax)"), SENS("vmread", "vmread %rax,%rbx"),
    SENS("vmwrite", "vmwrite %rax,%rbx"), SENS("invept", "invept (%rax),%rbx"),
    SENS("invvpid", "invvpid (%rax),%rbx"), SENS("clgi", "clgi"), SENS("stgi", "stgi"),
    SENS("skinit", "skinit"), SENS("invlpga", "invlpga"), SENS("rsm", "rsm"),
    SENS("xsaves", "xsaves (%rdi)"), SENS("xrstors", "xrstors (%rdi)"),
    SENS("xsaves64", "xsaves64 (%rdi)"), SENS("ljmp", "ljmp *(%rax)"),
    SENS("ljmpq", "ljmpq *(%rax)"), SENS("lcall", "lcall *(%rax)"),
    SENS("ljmp", "ljmp $0x8,$1f"), SENS("jmp", "jmp $0x8,$1f"), SENS("lss", "lss (%rax),%esp"),
    SENS("lfs", "lfs (%rax),%eax"), SENS("lgs", "lgs (%rax),%eax"),
    SENS("wrmsrns", "wrmsrns"), SENS("rdmsrlist", "rdmsrlist"), SENS("encls", "encls"),
    SENS("enclu", "enclu"), SENS("hreset", "hreset $1"), SENS("wbnoinvd", "wbnoinvd"),
    SENS("monitorx", "monitorx"), SENS("mwaitx", "mwaitx"), SENS("invlpgb", "invlpgb"),
    SENS("tlbsync", "tlbsync"), SENS("lar", "LAR %AX,%BX")));

INSTANTIATE_TEST_SUITE_P(Forms, Rejects, ::testing::Values(
    FORM("iret", "iret", "32-bit operand size; use 'iretq'"),
    FORM("iretl", "iretl", "32-bit operand size; use 'iretq'"),
    FORM("iretw", "iretw", "16-bit operand size; use 'iretq'"),
    FORM("sysret", "sysret", "returns to 32-bit code; use 'sysretq'"),
    FORM("sysretl", "sysretl", "returns to 32-bit code; use 'sysretq'"),
    FORM("lret", "lret", "32-bit operand size; use 'lretq'"),
    FORM("lretq $8", "lretq", "takes no operands"),
    FORM("pushfw", "pushfw", "16-bit operand size is not supported"),
    FORM("popfl", "popfl", "32-bit operand size is not supported in 64-bit code"),
    FORM("cli %eax", "cli", "takes no operands"),
    FORM("lock cli", "cli", "prefix 'lock' is not supported"),
    FORM("rep hlt", "hlt", "prefix 'rep' is not supported"),
    FORM("in $0x60", "in", "operand size unknown; add a b/w/l suffix"),
    FORM("inb $0x60,%ax", "inb", "suffix does not match register %ax"),
    FORM("inb $0x160,%al", "inb", "port 0x160 does not fit 8 bits; use %dx"),
    FORM("inb %cx,%al", "inb", "port must be $imm8 or %dx"),
    FORM("inb $0x60,%bl", "inb", "data register must be %al, %ax or %eax"),
    FORM("in $0x60,%ah", "in", "register %ah is not supported"),
    FORM("outl %eax,%edx", "outl", "port must be $imm8 or %dx"),
    FORM("ins", "ins", "operand size unknown; add a b/w/l suffix"),
    FORM("outsb %fs:(%rsi),(%dx)", "outsb", "segment override not supported ('%fs:(%rsi)')"),
    FORM("insb (%dx),%es:(%edi)", "insb", "32-bit addressing is not supported"),
    FORM("lgdt %gs:8", "lgdt", "segment override not supported ('%gs:8')"),
    FORM("lidt %fs:idt_ptr", "lidt", "segment override not supported ('%fs:idt_ptr')"),
    FORM("lgdt %rax", "lgdt", "'%rax' is not a memory operand"),
    FORM("lgdtl gdt", "lgdtl", "32-bit operand size is not supported in 64-bit code"),
    FORM("lgdt (%eax)", "lgdt", "32-bit addressing is not supported"),
    FORM("lgdt 8(%rip)", "lgdt", "rip-relative operand needs a symbol ('8(%rip)')"),
    FORM("lgdt (%rax,%rbx,3)", "lgdt", "bad scale in '(%rax,%rbx,3)'"),
    FORM("invlpg %rax", "invlpg", "'%rax' is not a memory operand"),
    FORM("ltr %al", "ltr", "register %al has the wrong size"),
    FORM("ltrw %eax", "ltrw", "suffix does not match register %eax"),
    FORM("strl (%rax)", "strl", "memory operand is 16-bit"),
    FORM("invpcid (%rax),%ecx", "invpcid", "register %ecx has the wrong size"),
    FORM("mov %cr5,%rax", "mov", "no such control register %cr5"),
    FORM("mov %rax,%cr1", "mov", "no such control register %cr1"),
    FORM("mov %db8,%rax", "mov", "no such debug register %db8"),
    FORM("mov %cr0,%ax", "mov", "control register moves take a 64-bit register, not %ax"),
    FORM("movl %cr0,%eax", "movl", "control register moves take a 64-bit register, not %eax"),
    FORM("movl %r9d,%cr0", "movl", "control register moves take a 64-bit register, not %r9d"),
    FORM("mov %eax,%db7", "mov", "debug register moves take a 64-bit register, not %eax"),
    FORM("movl %cr0,%rax", "movl", "suffix does not match register %rax"),
    FORM("mov (%rax),%cr3", "mov", "'(%rax)' is not a general register"),
    FORM("mov %ax,%cs", "mov", "%cs cannot be loaded with mov (use lretq)"),
    FORM("mov $0x10,%ds", "mov", "'$0x10' is not a general register"),
    FORM("mov %ds,%es", "mov", "both operands are special registers"),
    FORM("movl (%rax),%ds", "movl", "segment register memory operand is 16-bit"),
    FORM("mov %gs:8,%ds", "mov", "segment override not supported ('%gs:8')"),
    FORM("pushl %fs", "pushl", "32-bit operand size is not supported in 64-bit code"),
    FORM("pop %cs", "pop", "pop %cs does not exist"),
    FORM("pushw %fs", "pushw", "16-bit operand size is not supported"),
    FORM("popw %gs", "popw", "16-bit operand size is not supported"),
    FORM("rdfsbase %ax", "rdfsbase", "register %ax has the wrong size"),
    FORM("wrgsbaseq %eax", "wrgsbaseq", "suffix does not match register %eax"),
    FORM("monitor %eax,%ecx,%edx", "monitor", "32-bit addressing is not supported"),
    FORM("mwait %ebx,%ecx", "mwait", "unexpected operand '%ebx'")));

TEST(Rejects, LineMarkersNameTheOriginalFile) {
    RewriteResult r = rewrite_source("# 1 \"boot.S\"\n# 40 \"boot.S\"\n\tnop\n\n\tlar %ax,%bx\n", "boot.s");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0], "boot.S:42: error: unsupported sensitive instruction 'lar'");
}

TEST(Rejects, MarkerWithoutFileKeepsName) {
    RewriteResult r = rewrite_source("# 100\n\tsysenter\n", "k.s");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0], "k.s:100: error: unsupported sensitive instruction 'sysenter'");
}

TEST(Rejects, ReportsEveryErrorInTheFile) {
    RewriteResult r = rewrite_source("\tcli\n\tlar %ax,%bx; iret\n\tnop\n\tvmcall\n", "m.s");
    ASSERT_EQ(r.errors.size(), 3u);
    EXPECT_EQ(r.errors[0], "m.s:2: error: unsupported sensitive instruction 'lar'");
    EXPECT_EQ(r.errors[1], "m.s:2: error: unsupported form of 'iret': 32-bit operand size; use 'iretq'");
    EXPECT_EQ(r.errors[2], "m.s:4: error: unsupported sensitive instruction 'vmcall'");
}

TEST(Rejects, PrefixOnAnEarlierLineBeforeASensitiveInstruction) {
    RewriteResult r = rewrite_source("\tlock\n\tcli\n", "p.s");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0], "p.s:2: error: unsupported form of 'cli': prefix 'lock' (p.s:1) is not supported");
    r = rewrite_source("\trep\n1:\tinsb\n", "p.s");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0], "p.s:2: error: unsupported form of 'insb': prefix 'rep' (p.s:1) is not supported");
}

TEST(Rejects, MacroArgumentAsOperandCannotBeDecoded) {
    RewriteResult r = rewrite_source(".macro LOADCR3 reg\n\tmov \\reg, %cr3\n.endm\n", "m.s");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0], "m.s:2: error: unsupported form of 'mov': '\\reg' is not a general register");
}

TEST(Rejects, SensitiveInstructionOutside64BitCode) {
    RewriteResult r = rewrite_source("\t.code32\n\tcli\n\t.code64\n\tcli\n", "c.s");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0], "c.s:2: error: unsupported form of 'cli': sensitive instruction outside 64-bit code");
}

TEST(Accepts, OrdinaryLookalikes) {
    const char* src =
        "\tint3\n\tud2\n\tud1 %eax,%ebx\n\tmov %fs:0x28,%rax\n\tmovq %rax,%gs:8\n\tpush %rax\n"
        "\tpopq %rbx\n\tjmp *%rax\n\tcall foo\n\tmovw %ax,(%rbx)\n\trep movsb\n\trep\n\tstosq\n"
        "\tlock\n\tincl (%rax)\n\tsyscall\n\trdtsc\n\txgetbv\n\tmovs %ds:(%rsi),%es:(%rdi)\n"
        "\tcs nopw 0x0(%rax,%rax,1)\n\tstr_label: nop\n\t.ascii \"cli; lgdt\"\n";
    RewriteResult r = rewrite_source(src, "ok.s");
    ASSERT_TRUE(r.errors.empty()) << r.errors.front();
    EXPECT_EQ(r.text, src);
    EXPECT_EQ(r.sites, 0u);
}

} // namespace
} // namespace tandem::rw
