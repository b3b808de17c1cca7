#include "classify.h"

#include "insn_table.h"
#include "operand.h"

#include <tandem/platform.h>
#include <vector>

namespace tandem::rw {
namespace {

using Kind = Operand::Kind;

// Accumulates the result for one instruction; the first error wins.
struct Ctx {
    const ParsedStatement& st;
    InsnInfo info;
    std::vector<Operand> ops;
    Classification out;

    bool fail(const std::string& why) {
        if (out.action != Classification::Action::Error) {
            out.action = Classification::Action::Error;
            out.message = "unsupported form of '" + st.mnemonic + "': " + why;
        }
        return false;
    }
    bool site(SiteFields f) {
        f.kind = f.kind ? f.kind : info.kind;
        out.action = Classification::Action::Site;
        out.site = std::move(f);
        return true;
    }
};

bool is_reg(const Operand& o, RegClass c) { return o.kind == Kind::Reg && o.reg.cls == c; }

// Checks a general-register operand: width must be one of `widths`
// (a bit mask of 1,2,4,8) and agree with the mnemonic suffix.
bool gpr(Ctx& c, const Operand& o, unsigned widths) {
    if (is_reg(o, RegClass::HighByte))
        return c.fail("register %" + o.reg.name + " is not supported");
    if (!is_reg(o, RegClass::Gpr))
        return c.fail("'" + o.text + "' is not a general register");
    if (!(static_cast<unsigned>(o.reg.width) & widths))
        return c.fail("register %" + o.reg.name + " has the wrong size");
    if (c.info.suffix_width && c.info.suffix_width != o.reg.width)
        return c.fail("suffix does not match register %" + o.reg.name);
    return true;
}

// Fills base/index/scale/disp from a memory operand.
bool memory(Ctx& c, const Operand& o, SiteFields& f) {
    if (o.kind != Kind::Mem)
        return c.fail("'" + o.text + "' is not a memory operand");
    const MemRef& m = o.mem;
    if (!m.segment.empty())
        return c.fail("segment override not supported ('" + o.text + "')");
    if (o.indirect)
        return c.fail("'*' is not allowed here");
    f.form = TANDEM_FORM_MEM;
    f.disp = m.disp.empty() ? "0" : m.disp;
    f.scale = 1;
    if (m.base) {
        const Register& b = *m.base;
        if (b.cls == RegClass::Rip) {
            if (b.width != 8)
                return c.fail("32-bit addressing is not supported");
            if (m.index)
                return c.fail("bad memory operand '" + o.text + "'");
            if (m.disp.empty() || parse_integer(m.disp))
                return c.fail("rip-relative operand needs a symbol ('" + o.text + "')");
            f.base = TANDEM_REG_RIP;
        } else if (b.cls == RegClass::Gpr) {
            if (b.width != 8)
                return c.fail("32-bit addressing is not supported");
            f.base = b.num;
        } else {
            return c.fail("bad base register in '" + o.text + "'");
        }
    }
    if (m.index && m.index->name != "riz") {
        const Register& x = *m.index;
        if (x.cls != RegClass::Gpr || x.num == TANDEM_RSP)
            return c.fail("bad index register in '" + o.text + "'");
        if (x.width != 8)
            return c.fail("32-bit addressing is not supported");
        f.index = x.num;
    }
    if (!m.scale.empty()) {
        auto s = parse_integer(m.scale);
        if (!s || (*s != 1 && *s != 2 && *s != 4 && *s != 8))
            return c.fail("bad scale in '" + o.text + "'");
        f.scale = static_cast<int>(*s);
    }
    return true;
}

// True if `o` names port register %dx, written %dx or (%dx).
bool is_dx_port(const Operand& o) {
    if (is_reg(o, RegClass::Gpr))
        return o.reg.num == TANDEM_RDX && o.reg.width == 2;
    return o.kind == Kind::Mem && o.mem.segment.empty() && o.mem.disp.empty() && o.mem.base &&
           o.mem.base->cls == RegClass::Gpr && o.mem.base->num == TANDEM_RDX &&
           o.mem.base->width == 2 && !o.mem.index && !o.indirect;
}

// in/out: `$port` or `%dx`, and optionally the accumulator.
bool in_out(Ctx& c) {
    bool is_in = c.info.kind == TANDEM_SITE_IN;
    const Operand* port = nullptr;
    const Operand* acc = nullptr;
    if (c.ops.size() == 2) {
        port = is_in ? &c.ops[0] : &c.ops[1];
        acc = is_in ? &c.ops[1] : &c.ops[0];
    } else if (c.ops.size() == 1) {
        port = &c.ops[0];
    } else {
        return c.fail("expected a port operand");
    }
    SiteFields f;
    f.reg = TANDEM_RAX;
    f.width = c.info.suffix_width;
    if (acc) {
        if (!gpr(c, *acc, 1 | 2 | 4))
            return false;
        if (acc->reg.num != TANDEM_RAX)
            return c.fail("data register must be %al, %ax or %eax");
        f.width = acc->reg.width;
    }
    if (f.width == 0)
        return c.fail("operand size unknown; add a b/w/l suffix");
    if (port->kind == Kind::Imm) {
        auto v = parse_integer(port->imm);
        if (v && (*v < 0 || *v > 255))
            return c.fail("port " + port->imm + " does not fit 8 bits; use %dx");
        f.form = TANDEM_FORM_IMM;
        f.imm = port->imm;
    } else if (is_dx_port(*port)) {
        f.form = TANDEM_FORM_DX;
    } else {
        return c.fail("port must be $imm8 or %dx");
    }
    return c.site(f);
}

// Checks an explicit string operand of ins/outs: (%rdi)/(%rsi) with the
// architectural segment only.
bool string_operand(Ctx& c, const Operand& o, int reg, const char* seg) {
    if (o.kind != Kind::Mem || !o.mem.base || o.mem.index || !o.mem.disp.empty())
        return c.fail("bad string operand '" + o.text + "'");
    if (!o.mem.segment.empty() && o.mem.segment != seg)
        return c.fail("segment override not supported ('" + o.text + "')");
    if (o.mem.base->cls != RegClass::Gpr || o.mem.base->num != reg)
        return c.fail("bad string operand '" + o.text + "'");
    if (o.mem.base->width != 8)
        return c.fail("32-bit addressing is not supported");
    return true;
}

// ins/outs with implicit or explicit operands.
bool ins_outs(Ctx& c) {
    bool is_ins = c.info.kind == TANDEM_SITE_INS;
    if (c.ops.size() == 2) {
        const Operand& port = is_ins ? c.ops[0] : c.ops[1];
        const Operand& str = is_ins ? c.ops[1] : c.ops[0];
        if (!is_dx_port(port))
            return c.fail("port must be %dx");
        if (!string_operand(c, str, is_ins ? TANDEM_RDI : TANDEM_RSI, is_ins ? "es" : "ds"))
            return false;
    } else if (!c.ops.empty()) {
        return c.fail("expected no operands or (%dx) and the string operand");
    }
    if (c.info.suffix_width == 0)
        return c.fail("operand size unknown; add a b/w/l suffix");
    SiteFields f;
    f.form = TANDEM_FORM_DX;
    f.width = c.info.suffix_width;
    return c.site(f);
}

// lldt/ltr/lmsw/sldt/str/smsw: a general register or a 16-bit memory operand.
bool reg_or_mem(Ctx& c) {
    if (c.ops.size() != 1)
        return c.fail("expected one operand");
    const Operand& o = c.ops[0];
    SiteFields f;
    if (o.kind == Kind::Mem) {
        if (c.info.suffix_width && c.info.suffix_width != 2)
            return c.fail("memory operand is 16-bit");
        if (!memory(c, o, f))
            return false;
        f.width = 2;
        return c.site(f);
    }
    if (!gpr(c, o, 2 | 4 | 8))
        return false;
    f.form = TANDEM_FORM_REG;
    f.reg = o.reg.num;
    f.width = o.reg.width;
    return c.site(f);
}

// mov: sensitive only when a control, debug or segment register is involved.
bool mov(Ctx& c) {
    if (c.ops.size() != 2)
        return true;
    const Operand& src = c.ops[0];
    const Operand& dst = c.ops[1];
    auto special = [](const Operand& o) {
        return is_reg(o, RegClass::Control) || is_reg(o, RegClass::Debug) ||
               is_reg(o, RegClass::Segment);
    };
    if (!special(src) && !special(dst))
        return true;
    if (special(src) && special(dst))
        return c.fail("both operands are special registers");
    bool to = special(dst);
    const Operand& sreg = to ? dst : src;
    const Operand& other = to ? src : dst;
    SiteFields f;
    f.aux = sreg.reg.num;
    if (sreg.reg.cls == RegClass::Control || sreg.reg.cls == RegClass::Debug) {
        bool cr = sreg.reg.cls == RegClass::Control;
        int n = sreg.reg.num;
        if (cr && n != 0 && n != 2 && n != 3 && n != 4 && n != 8)
            return c.fail("no such control register %" + sreg.reg.name);
        if (!cr && n > 7)
            return c.fail("no such debug register %" + sreg.reg.name);
        // gas rejects 32-bit CR/DR moves in 64-bit code; vmlib moves 64 bits.
        if (is_reg(other, RegClass::Gpr) && other.reg.width != 8)
            return c.fail(std::string(cr ? "control" : "debug") +
                          " register moves take a 64-bit register, not %" + other.reg.name);
        if (!gpr(c, other, 8))
            return false;
        f.kind = cr ? (to ? TANDEM_SITE_MOV_TO_CR : TANDEM_SITE_MOV_FROM_CR)
                    : (to ? TANDEM_SITE_MOV_TO_DR : TANDEM_SITE_MOV_FROM_DR);
        f.form = TANDEM_FORM_REG;
        f.reg = other.reg.num;
        f.width = other.reg.width;
        return c.site(f);
    }
    if (to && sreg.reg.num == TANDEM_SREG_CS)
        return c.fail("%cs cannot be loaded with mov (use lretq)");
    f.kind = to ? TANDEM_SITE_MOV_TO_SEG : TANDEM_SITE_MOV_FROM_SEG;
    if (other.kind == Kind::Mem) {
        if (c.info.suffix_width && c.info.suffix_width != 2)
            return c.fail("segment register memory operand is 16-bit");
        if (!memory(c, other, f))
            return false;
        f.width = 2;
        return c.site(f);
    }
    if (!gpr(c, other, 2 | 4 | 8))
        return false;
    f.form = TANDEM_FORM_REG;
    f.reg = other.reg.num;
    f.width = other.reg.width;
    return c.site(f);
}

// push/pop: sensitive only with a segment register.
bool push_pop(Ctx& c, bool push) {
    if (c.ops.size() != 1 || !is_reg(c.ops[0], RegClass::Segment))
        return true;
    int w = c.info.suffix_width ? c.info.suffix_width : 8;
    if (w == 2)
        return c.fail("16-bit operand size is not supported");
    if (w != 8)
        return c.fail("32-bit operand size is not supported in 64-bit code");
    if (!push && c.ops[0].reg.num == TANDEM_SREG_CS)
        return c.fail("pop %cs does not exist");
    SiteFields f;
    f.form = TANDEM_FORM_NONE;
    f.width = w;
    f.aux = c.ops[0].reg.num;
    return c.site(f);
}

// rd/wr fs/gs base: one 32- or 64-bit register.
bool fsgsbase(Ctx& c) {
    if (c.ops.size() != 1)
        return c.fail("expected one register operand");
    if (!gpr(c, c.ops[0], 4 | 8))
        return false;
    SiteFields f;
    f.form = TANDEM_FORM_REG;
    f.reg = c.ops[0].reg.num;
    f.width = c.ops[0].reg.width;
    return c.site(f);
}

// Checks that operand `o` is register `num` with one of `widths`.
bool fixed_reg(Ctx& c, const Operand& o, int num, unsigned widths) {
    if (!is_reg(o, RegClass::Gpr) || o.reg.num != num || !(static_cast<unsigned>(o.reg.width) & widths))
        return c.fail("unexpected operand '" + o.text + "'");
    return true;
}

// monitor [%rax,%ecx,%edx] and mwait [%eax,%ecx]: the operands are implicit.
bool monitor_mwait(Ctx& c, bool monitor) {
    if (monitor && c.ops.size() == 3) {
        if (is_reg(c.ops[0], RegClass::Gpr) && c.ops[0].reg.num == TANDEM_RAX && c.ops[0].reg.width != 8)
            return c.fail("32-bit addressing is not supported");
        if (!fixed_reg(c, c.ops[0], TANDEM_RAX, 8) || !fixed_reg(c, c.ops[1], TANDEM_RCX, 4 | 8) ||
            !fixed_reg(c, c.ops[2], TANDEM_RDX, 4 | 8))
            return false;
    } else if (!monitor && c.ops.size() == 2) {
        if (!fixed_reg(c, c.ops[0], TANDEM_RAX, 4 | 8) || !fixed_reg(c, c.ops[1], TANDEM_RCX, 4 | 8))
            return false;
    } else if (!c.ops.empty()) {
        return c.fail("unexpected operands");
    }
    return c.site(SiteFields{});
}

// Dispatches on the handler; returns false when the form was refused.
bool dispatch(Ctx& c) {
    switch (c.info.handler) {
    case Handler::NoOperand: {
        if (!c.ops.empty())
            return c.fail("takes no operands");
        SiteFields f;
        f.width = c.info.suffix_width;
        return c.site(f);
    }
    case Handler::InOut: return in_out(c);
    case Handler::InsOuts: return ins_outs(c);
    case Handler::MemOnly: {
        SiteFields f;
        if (c.ops.size() != 1)
            return c.fail("expected one memory operand");
        return memory(c, c.ops[0], f) && c.site(f);
    }
    case Handler::RegOrMem: return reg_or_mem(c);
    case Handler::Invpcid: {
        SiteFields f;
        if (c.ops.size() != 2)
            return c.fail("expected a memory operand and a register");
        if (!memory(c, c.ops[0], f) || !gpr(c, c.ops[1], 8))
            return false;
        f.reg = c.ops[1].reg.num;
        f.width = 8;
        return c.site(f);
    }
    case Handler::Mov: return mov(c);
    case Handler::Push: return push_pop(c, true);
    case Handler::Pop: return push_pop(c, false);
    case Handler::FsGsBase: return fsgsbase(c);
    case Handler::Monitor: return monitor_mwait(c, true);
    case Handler::Mwait: return monitor_mwait(c, false);
    case Handler::Int:
    case Handler::Reject:
    case Handler::JmpCall:
    case Handler::BadForm:
        break;
    }
    return true;
}

// The error for an instruction tandem does not emulate at all.
Classification reject(const std::string& mnemonic) {
    Classification r;
    r.action = Classification::Action::Error;
    r.message = "unsupported sensitive instruction '" + mnemonic + "'";
    return r;
}

} // namespace

// Entry point: table lookup, outright rejections, then the per-handler checks
// and finally the prefixes (only rep on ins/outs survives).
Classification classify(const ParsedStatement& st) {
    auto info = lookup_insn(st.mnemonic);
    if (!info)
        return {};
    switch (info->handler) {
    case Handler::Reject:
    case Handler::Int:
        return reject(st.mnemonic);
    case Handler::JmpCall:
        // `jmp $sel,$off` / `call $sel,$off` are far transfers (ljmp/lcall).
        return st.operands.size() == 2 ? reject(st.mnemonic) : Classification{};
    case Handler::BadForm: {
        Classification r;
        r.action = Classification::Action::Error;
        r.message = "unsupported form of '" + st.mnemonic + "': " + info->note;
        return r;
    }
    default:
        break;
    }
    Ctx c{st, *info, {}, {}};
    c.ops.reserve(st.operands.size());
    const Operand* bad = nullptr;
    bool special = false;
    for (const std::string& text : st.operands) {
        c.ops.push_back(parse_operand(text));
        const Operand& o = c.ops.back();
        special |= is_reg(o, RegClass::Control) || is_reg(o, RegClass::Debug) ||
                   is_reg(o, RegClass::Segment);
        if (o.kind == Kind::Bad && !bad)
            bad = &o;
    }
    if (bad) {
        // An odd operand of an ordinary mov/push/pop is not ours to judge.
        bool maybe_ordinary = info->handler == Handler::Mov || info->handler == Handler::Push ||
                              info->handler == Handler::Pop;
        if (maybe_ordinary && !special)
            return {};
        c.fail("cannot parse operand '" + bad->text + "'");
        return c.out;
    }
    dispatch(c);
    if (c.out.action == Classification::Action::Site) {
        bool string_op = info->handler == Handler::InsOuts;
        for (const std::string& p : st.prefixes) {
            if (string_op && is_rep_prefix(p)) {
                c.out.site.flags |= TANDEM_SITE_FLAG_REP;
                continue;
            }
            c.fail("prefix '" + p + "' is not supported");
            break;
        }
    }
    return c.out;
}

} // namespace tandem::rw
