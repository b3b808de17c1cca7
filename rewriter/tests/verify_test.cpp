// --verify on objects assembled at test time.
#include "rewriter.h"
#include "test_util.h"
#include "verify.h"

#include <gtest/gtest.h>
#include <tandem/platform.h>
#include <sstream>

namespace tandem::rw {
namespace {

struct Verdict {
    int status;
    std::string out, err;
};

class Verify : public ::testing::Test {
  protected:
    // Assembles `source` into an object in the temp dir and returns its path.
    std::string assemble(const std::string& name, const std::string& source, bool rewrite_first) {
        std::string text = source;
        if (rewrite_first) {
            RewriteResult r = rewrite_source(source, name + ".s");
            EXPECT_TRUE(r.errors.empty());
            text = r.text;
        }
        std::string s = tmp_.file(name + ".s"), o = tmp_.file(name + ".o");
        test::write_file(s, text);
        auto as = test::run({"as", "--64", "-o", o, s});
        EXPECT_EQ(as.status, 0) << as.err;
        return o;
    }
    Verdict verify(const std::string& path) {
        std::ostringstream out, err;
        int st = verify_file(path, out, err);
        return {st, out.str(), err.str()};
    }
    test::TempDir tmp_;
};

const char kKernel[] =
    "\t.text\n\t.globl boot\nboot:\n\tcli\n\tlgdt gdt_ptr(%rip)\n\tmov %rax,%cr3\n"
    "\tinb $0x60,%al\n\trep outsb\n\tpushfq\n\tpopfq\n\tiretq\n"
    "\t.data\ngdt_ptr:\t.quad 0, 0\n";

TEST_F(Verify, RewrittenObjectPasses) {
    std::string o = assemble("clean", kKernel, true);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 0) << v.err;
    EXPECT_EQ(v.out, o + ": verified, 8 rewritten sites, no sensitive instructions outside .vmlib.text\n");
    EXPECT_EQ(v.err, "");
}

TEST_F(Verify, PlantedCliFails) {
    std::string o = assemble("planted", "\t.text\n\t.globl boot\nboot:\n\tnop\n\tnop\n\tcli\n\tret\n", false);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 1);
    EXPECT_NE(v.err.find(o + ": .text 0x2 <boot+0x2>: sensitive instruction 'cli' remains\n"),
              std::string::npos) << v.err;
    EXPECT_NE(v.err.find("verification failed: 1 sensitive instruction outside .vmlib.text"),
              std::string::npos) << v.err;
    EXPECT_EQ(v.out, "");
}

TEST_F(Verify, PlantedCr3WriteNextToRewrittenCodeFails) {
    std::string rewritten = rewrite_source(kKernel, "k.s").text;
    std::string o = assemble("mixed", rewritten + "\t.text\nlate:\n\tmov %rax,%cr3\n", false);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 1);
    EXPECT_NE(v.err.find("<late+0x0>: sensitive instruction 'mov %rax,%cr3' remains"), std::string::npos)
        << v.err;
}

TEST_F(Verify, EverySensitiveSpellingIsCaughtInDisassembly) {
    const char* insns[] = {
        "cli", "sti", "pushfq", "popfq", "hlt", "clts", "rdmsr", "wrmsr", "rdpmc", "wbinvd",
        "invd", "swapgs", "iretq", "iret", "sysretq", "sysretl", "stac", "clac", "xsetbv",
        "monitor", "mwait", "cpuid", "lretq", "lret", "inb $0x60,%al", "inl %dx,%eax",
        "outw %ax,(%dx)", "outb %al,$0x80", "rep insb", "insl", "rep outsw", "outsb",
        "lgdt (%rax)", "lidt (%rax)", "sgdt (%rax)", "sidt (%rax)", "lldt %ax", "ltr %ax",
        "sldt %eax", "str %eax", "smsw %eax", "lmsw %ax", "invlpg (%rax)",
        "invpcid (%rax),%rcx", "mov %cr0,%rax", "mov %rax,%cr4", "mov %rax,%cr8", "mov %db7,%rax",
        "mov %rax,%db0", "mov %ax,%ds", "mov %fs,%eax", "mov %ds,(%rax)", "push %fs", "pop %gs",
        "pushw %gs", "rdfsbase %rax", "wrgsbase %rax", "int $0x80", "ljmp *(%rax)",
        "lcall *(%rax)", "lfs (%rax),%eax", "lar %ax,%bx", "lsl %eax,%ebx", "verr %ax",
        "verw %ax", "sysenter", "sysexit", "vmcall", "vmmcall", "vmlaunch", "vmresume",
        "vmxoff", "vmxon (%rax)", "clgi", "stgi", "skinit", "invlpga", "rsm", "xsaves (%rax)",
        "xrstors (%rax)", "int1", "wbnoinvd"};
    std::string src = "\t.text\nf:\n";
    for (const char* i : insns)
        src += std::string("\t") + i + "\n";
    std::string o = assemble("all", src, false);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 1);
    std::size_t lines = 0;
    for (char c : v.err)
        lines += c == '\n';
    EXPECT_EQ(lines, std::size(insns) + 1) << v.err; // one per finding + summary
}

TEST_F(Verify, OrdinaryInstructionsPass) {
    std::string o = assemble("ordinary",
                             "\t.text\nf:\n\tmov %fs:0x28,%rax\n\tmovq %rax,%gs:8\n\tint3\n\tud2\n"
                             "\trep movsb\n\tpush %rax\n\tpop %rbx\n\tsyscall\n\trdtsc\n\txgetbv\n"
                             "\tcs nopw 0x0(%rax,%rax,1)\n\tlock incl (%rax)\n\tjmp *%rax\n", false);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 0) << v.err;
    EXPECT_EQ(v.out, o + ": verified, 0 rewritten sites, no sensitive instructions outside .vmlib.text\n");
}

TEST_F(Verify, VmlibTextMayHoldSensitiveInstructions) {
    std::string o = assemble("vmlib",
                             "\t.section .vmlib.text,\"ax\",@progbits\n\t.globl __vmlib_site\n"
                             "__vmlib_site:\n\tcli\n\tmov %rax,%cr3\n\tret\n"
                             "\t.section .vmlib.text.helper,\"ax\",@progbits\nh:\n\thlt\n", false);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 0) << v.err;
}

TEST_F(Verify, LinkedImageWithVmlibPasses) {
    std::string guest = assemble("guest", kKernel, true);
    std::string vmlib = assemble("vmlib",
                                 "\t.section .vmlib.text,\"ax\",@progbits\n\t.globl __vmlib_site\n"
                                 "__vmlib_site:\n\tcli\n\tret\n", false);
    std::string elf = tmp_.file("guest.elf");
    auto ld = test::run({"ld", "-o", elf, "-e", "boot", "-Ttext=0x100000200000", guest, vmlib});
    ASSERT_EQ(ld.status, 0) << ld.err;
    Verdict v = verify(elf);
    EXPECT_EQ(v.status, 0) << v.err;
    EXPECT_EQ(v.out, elf + ": verified, 8 rewritten sites, no sensitive instructions outside .vmlib.text\n");
}

TEST_F(Verify, LinkedImageSiteCallingElsewhereFails) {
    std::string guest = assemble("guest",
                                 "\t.text\n\t.globl boot\nboot:\n.Lx:\n\tcall other\n\tret\nother:\n\tret\n"
                                 "\t.pushsection .tandem.sites,\"aw\",@progbits\n\t.balign 8\n"
                                 "\t.quad .Lx\n\t.short 1\n\t.byte 0,0,255,0,255,255,0,0\n\t.short 0\n"
                                 "\t.long 4\n\t.quad 0\n\t.quad 0\n\t.popsection\n", false);
    std::string vmlib = assemble("vmlib",
                                 "\t.section .vmlib.text,\"ax\",@progbits\n\t.globl __vmlib_site\n"
                                 "__vmlib_site:\n\tret\n", false);
    std::string elf = tmp_.file("bad.elf");
    auto ld = test::run({"ld", "-o", elf, "-e", "boot", "-Ttext=0x100000200000", guest, vmlib});
    ASSERT_EQ(ld.status, 0) << ld.err;
    Verdict v = verify(elf);
    EXPECT_EQ(v.status, 1);
    EXPECT_NE(v.err.find(elf + ": site record 0 (input line 4): call at 0x100000200000 goes to "
                               "0x100000200006, not __vmlib_site"),
              std::string::npos) << v.err;
}

TEST_F(Verify, SiteRecordNotAtACallFails) {
    std::string o = assemble("badsite",
                             "\t.text\nf:\n\tnop\n.Lx:\n\tnop\n"
                             "\t.pushsection .tandem.sites,\"aw\",@progbits\n\t.balign 8\n"
                             "\t.quad .Lx\n\t.short 1\n\t.byte 0,0,255,0,255,255,0,0\n\t.short 0\n"
                             "\t.long 7\n\t.quad 0\n\t.quad 0\n\t.popsection\n", false);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 1);
    EXPECT_NE(v.err.find(o + ": site record 0 (input line 7): .text+0x1 is not a call instruction (byte 0x90)"),
              std::string::npos) << v.err;
}

TEST_F(Verify, SiteRecordAtACallToSomethingElseFails) {
    std::string o = assemble("othercall",
                             "\t.text\nf:\n.Lx:\n\tcall f\n"
                             "\t.pushsection .tandem.sites,\"aw\",@progbits\n\t.balign 8\n"
                             "\t.quad .Lx\n\t.short 1\n\t.byte 0,0,255,0,255,255,0,0\n\t.short 0\n"
                             "\t.long 4\n\t.quad 0\n\t.quad 0\n\t.popsection\n", false);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 1);
    EXPECT_NE(v.err.find("does not call __vmlib_site"), std::string::npos) << v.err;
}

// A swapgs record without the private-stack xchg (or flag) before its call fails.
TEST_F(Verify, SwapgsSiteWithoutPrivateStackFails) {
    std::string rec = std::to_string(TANDEM_SITE_SWAPGS);
    std::string o = assemble("swapgs_noprefix",
                             "\t.text\nf:\n.Lx:\n\tcall __vmlib_site\n"
                             "\t.pushsection .tandem.sites,\"aw\",@progbits\n\t.balign 8\n"
                             "\t.quad .Lx\n\t.short " + rec + "\n\t.byte 0,0,255,0,255,255,0,2\n\t.short 0\n"
                             "\t.long 4\n\t.quad 0\n\t.quad 0\n\t.popsection\n", false);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 1);
    EXPECT_NE(v.err.find("is not preceded by the private-stack xchg"), std::string::npos) << v.err;
    std::string o2 = assemble("swapgs_noflag",
                              "\t.text\nf:\n\txchgq %rsp, __vmlib_private_rsp(%rip)\n.Lx:\n\tcall __vmlib_site\n"
                              "\t.pushsection .tandem.sites,\"aw\",@progbits\n\t.balign 8\n"
                              "\t.quad .Lx\n\t.short " + rec + "\n\t.byte 0,0,255,0,255,255,0,0\n\t.short 0\n"
                              "\t.long 4\n\t.quad 0\n\t.quad 0\n\t.popsection\n", false);
    v = verify(o2);
    EXPECT_EQ(v.status, 1);
    EXPECT_NE(v.err.find("private-stack flag missing"), std::string::npos) << v.err;
}

// The rewriter's own swapgs/sysretq output passes.
TEST_F(Verify, RewrittenSwapgsAndSysretqPass) {
    std::string o = assemble("swapgs_ok", "\t.text\nf:\n\tswapgs\n\tsysretq\n", true);
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 0) << v.err;
}

TEST_F(Verify, MissingFile) {
    Verdict v = verify(tmp_.file("nope.elf"));
    EXPECT_EQ(v.status, 1);
    EXPECT_EQ(v.err, tmp_.file("nope.elf") + ": error: cannot open: No such file or directory\n");
}

TEST_F(Verify, NotAnElf) {
    std::string p = tmp_.file("text.txt");
    test::write_file(p, "hello\n");
    Verdict v = verify(p);
    EXPECT_EQ(v.status, 1);
    EXPECT_EQ(v.err, p + ": error: not an ELF file\n");
}

TEST_F(Verify, Not64BitX86) {
    std::string s = tmp_.file("i386.s"), o = tmp_.file("i386.o");
    test::write_file(s, "\t.text\n\tcli\n");
    auto as = test::run({"as", "--32", "-o", o, s});
    ASSERT_EQ(as.status, 0) << as.err;
    Verdict v = verify(o);
    EXPECT_EQ(v.status, 1);
    EXPECT_EQ(v.err, o + ": error: not an x86-64 ELF file (machine 3, 32-bit)\n");
}

} // namespace
} // namespace tandem::rw
