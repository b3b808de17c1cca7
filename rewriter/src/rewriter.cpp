#include "rewriter.h"

#include "classify.h"
#include "emitter.h"
#include "lexer.h"
#include "section_tracker.h"
#include "statement.h"

#include <tandem/platform.h>

namespace tandem::rw {
namespace {

// What happens to one statement in the output.
enum class Fate { Keep, Site, Drop };

struct Stmt {
    std::size_t line;      // index into the lines
    StatementRange range;  // within the line
    std::size_t insn_begin; // absolute offset in the line of the instruction
    ParsedStatement parsed;
    Fate fate = Fate::Keep;
    SiteFields site;
    bool repeated = false; // inside a .macro/.rept/.irp/.irpc body
    SectionGroup group;    // COMDAT group of the section the instruction is in
};

// Maps physical line numbers to (file, line) for diagnostics, following
// C-preprocessor line markers.
class Locator {
  public:
    explicit Locator(std::string_view name) : file_(name) {}
    void marker(const LineMarker& m, unsigned physical) {
        if (!m.file.empty())
            file_ = m.file;
        base_line_ = m.line;
        base_physical_ = physical + 1;
        have_marker_ = true;
    }
    std::string where(unsigned physical) const {
        unsigned line = have_marker_ ? base_line_ + (physical - base_physical_) : physical;
        return file_ + ":" + std::to_string(line);
    }

  private:
    std::string file_;
    unsigned base_line_ = 0, base_physical_ = 0;
    bool have_marker_ = false;
};

// First site number that cannot collide with `.Ltandem_site_N` labels
// already present (e.g. when a file is rewritten twice).
unsigned first_free_site(std::string_view input) {
    const std::string_view pat = ".Ltandem_site_";
    unsigned next = 0;
    for (std::size_t p = input.find(pat); p != std::string_view::npos; p = input.find(pat, p + 1)) {
        std::size_t i = p + pat.size();
        unsigned long v = 0;
        bool digits = false;
        while (i < input.size() && input[i] >= '0' && input[i] <= '9' && v < 100000000) {
            v = v * 10 + static_cast<unsigned>(input[i++] - '0');
            digits = true;
        }
        if (digits && v + 1 > next)
            next = static_cast<unsigned>(v + 1);
    }
    return next;
}

// True if `s` holds nothing but blanks (such pieces are not emitted).
bool blank(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return false;
    return true;
}

// Text that followed a statement cut out of the line: drops the statement
// separator and re-indents it with a tab (which also keeps a '#' comment
// off column 0, where gas would read `# 12 "f"` as a line marker).
std::string after_cut(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    if (i < s.size() && s[i] == ';')
        ++i;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    return i < s.size() ? "\t" + std::string(s.substr(i)) : std::string();
}

// Text that preceded a statement cut out of the line: the separator and the
// blanks before the cut are dropped.
std::string before_cut(std::string s) {
    auto strip = [&] {
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.pop_back();
    };
    strip();
    if (!s.empty() && s.back() == ';') {
        s.pop_back();
        strip();
    }
    return s;
}

// Writes a line in which at least one statement is replaced or dropped.
// Untouched text around the replaced statements is kept verbatim, each piece
// on its own line; a trailing '#' comment stays on the call line.
void emit_line(std::string& out, const SourceLine& line, const std::vector<const Stmt*>& changed,
               unsigned& next_site, unsigned physical) {
    std::string_view text = line.text;
    std::size_t cursor = 0;
    std::vector<std::string> pending; // lines of the last site, not yet written
    auto flush = [&] {
        for (const std::string& l : pending)
            out += l + "\n";
        pending.clear();
    };
    for (const Stmt* s : changed) {
        std::string_view raw = text.substr(cursor, s->insn_begin - cursor);
        std::string before = before_cut(cursor > 0 ? after_cut(raw) : std::string(raw));
        flush();
        if (!blank(before))
            out += before + "\n";
        if (s->fate == Fate::Site)
            pending = emit_site(next_site++, s->site, physical, s->repeated, s->group);
        cursor = s->range.end;
    }
    std::string rest = after_cut(text.substr(cursor));
    if (!pending.empty() && rest.size() > 1 && rest[1] == '#') {
        pending[1] += rest;
        rest.clear();
    }
    flush();
    if (!blank(rest))
        out += rest + "\n";
}

} // namespace

// Two passes: classify every statement (collecting all errors, merging a
// lone rep into the next ins/outs), then write the output line by line.
RewriteResult rewrite_source(std::string_view input, std::string_view filename) {
    RewriteResult result;
    std::vector<SourceLine> lines = split_source(input);
    std::vector<Stmt> stmts;
    Locator loc(filename);
    std::vector<std::string> where(lines.size()); // diagnostics location per line
    bool code64 = true;
    int repeat_depth = 0; // nesting of .macro/.rept/.irp/.irpc bodies
    std::vector<std::size_t> prefix_only; // indices of pending prefix-only statements
    bool label_after_prefix = false;
    SectionTracker sections;

    auto error = [&](std::size_t line, const std::string& msg) {
        result.errors.push_back(where[line] + ": error: " + msg);
    };

    for (std::size_t li = 0; li < lines.size(); ++li) {
        const SourceLine& line = lines[li];
        where[li] = loc.where(static_cast<unsigned>(li + 1));
        if (line.is_marker) {
            loc.marker(line.marker, static_cast<unsigned>(li + 1));
            continue;
        }
        for (const StatementRange& r : line.statements) {
            Stmt s;
            s.line = li;
            s.range = r;
            s.parsed = parse_statement(std::string_view(line.code).substr(r.begin, r.end - r.begin));
            s.insn_begin = r.begin + s.parsed.insn_begin;
            using T = ParsedStatement::Type;
            switch (s.parsed.type) {
            case T::LabelOnly:
                if (!prefix_only.empty())
                    label_after_prefix = true;
                break;
            case T::Directive: {
                const std::string& d = s.parsed.mnemonic;
                sections.directive(s.parsed);
                if (d == ".macro" || d == ".rept" || d == ".irp" || d == ".irpc")
                    ++repeat_depth;
                else if ((d == ".endm" || d == ".endr") && repeat_depth > 0)
                    --repeat_depth;
                if (s.parsed.mnemonic == ".code64")
                    code64 = true;
                else if (s.parsed.mnemonic.rfind(".code16", 0) == 0 || s.parsed.mnemonic == ".code32")
                    code64 = false;
                break;
            }
            case T::Assignment:
                break;
            case T::PrefixOnly:
                if (s.parsed.insn_begin > 0 && !prefix_only.empty())
                    label_after_prefix = true;
                prefix_only.push_back(stmts.size());
                break;
            case T::Instruction: {
                if (s.parsed.insn_begin > 0 && !prefix_only.empty())
                    label_after_prefix = true;
                Classification c = classify(s.parsed);
                if (c.action == Classification::Action::Error) {
                    error(li, c.message);
                } else if (c.action == Classification::Action::Site) {
                    if (!code64) {
                        error(li, "unsupported form of '" + s.parsed.mnemonic +
                                      "': sensitive instruction outside 64-bit code");
                    }
                    s.fate = Fate::Site;
                    s.site = c.site;
                    s.repeated = repeat_depth > 0;
                    s.group = sections.group();
                    // A rep alone on the line before (or `rep; insb`) belongs to ins/outs.
                    bool string_op = c.site.kind == TANDEM_SITE_INS || c.site.kind == TANDEM_SITE_OUTS;
                    for (std::size_t pi : prefix_only) {
                        const Stmt& p = stmts[pi];
                        bool rep_only = true;
                        for (const std::string& w : p.parsed.prefixes)
                            rep_only = rep_only && is_rep_prefix(w);
                        if (string_op && rep_only && !label_after_prefix) {
                            stmts[pi].fate = Fate::Drop;
                            s.site.flags |= TANDEM_SITE_FLAG_REP;
                        } else {
                            error(li, "unsupported form of '" + s.parsed.mnemonic + "': prefix '" +
                                          p.parsed.prefixes.front() + "' (" + where[p.line] +
                                          ") is not supported");
                        }
                    }
                }
                prefix_only.clear();
                label_after_prefix = false;
                break;
            }
            }
            stmts.push_back(std::move(s));
        }
    }
    if (!result.errors.empty())
        return result;

    unsigned next_site = first_free_site(input);
    std::size_t si = 0;
    for (std::size_t li = 0; li < lines.size(); ++li) {
        std::vector<const Stmt*> changed;
        for (; si < stmts.size() && stmts[si].line == li; ++si)
            if (stmts[si].fate != Fate::Keep)
                changed.push_back(&stmts[si]);
        if (changed.empty()) {
            result.text += lines[li].text;
            if (lines[li].has_newline)
                result.text += '\n';
            continue;
        }
        for (const Stmt* s : changed)
            result.sites += s->fate == Fate::Site;
        emit_line(result.text, lines[li], changed, next_site, static_cast<unsigned>(li + 1));
    }
    return result;
}

} // namespace tandem::rw
