// The line discipline: input translation, signals, canonical line editing
// (erase, word erase, kill, EOF), echo and output processing.
#include "fs/tty_ldisc.h"
#include "lib/string.h"
#include "proc/signal.h"

namespace tty {

bool Ldisc::input_room() const {
    if (!canonical()) return in_.room() > 0;
    return in_.room() > line_len_ && lines_head_ - lines_tail_ < kMaxLines;
}

int Ldisc::receive(u8 c) {
    const Termios& t = termios;
    if (t.iflag & ISTRIP) c &= 0x7f;
    if (t.iflag & IXON) { // flow control characters are taken, not read
        if (is(c, VSTART)) {
            stopped_ = false;
            return 0;
        }
        if (is(c, VSTOP)) {
            stopped_ = true;
            return 0;
        }
        if (t.iflag & IXANY) stopped_ = false;
    }
    if (c == '\r') {
        if (t.iflag & IGNCR) return 0;
        if (t.iflag & ICRNL) c = '\n';
    } else if (c == '\n' && (t.iflag & INLCR)) {
        c = '\r';
    }
    if (t.lflag & ISIG) {
        int sig = is(c, VINTR) ? signal::SIGINT : is(c, VQUIT) ? signal::SIGQUIT : is(c, VSUSP) ? signal::SIGTSTP : 0;
        if (sig) {
            if (!(t.lflag & NOFLSH)) {
                flush_input();
                out.clear();
            }
            if (t.lflag & ECHO) echo(c);
            return sig;
        }
    }
    if (!canonical()) {
        in_.push(c);
        if (t.lflag & ECHO) echo(c);
        return 0;
    }
    if (is(c, VERASE)) {
        erase_one(true);
        return 0;
    }
    if ((t.lflag & IEXTEN) && is(c, VWERASE)) {
        while (line_len_ && (line_[line_len_ - 1] == ' ' || line_[line_len_ - 1] == '\t')) erase_one(false);
        while (line_len_ && line_[line_len_ - 1] != ' ' && line_[line_len_ - 1] != '\t') erase_one(false);
        return 0;
    }
    if (is(c, VKILL)) {
        if ((t.lflag & ECHO) && (t.lflag & ECHOKE) && (t.lflag & ECHOE)) {
            while (line_len_) erase_one(false);
            return 0;
        }
        line_len_ = 0;
        if (t.lflag & ECHO) {
            echo(c);
            if (t.lflag & ECHOK) emit('\n');
        }
        return 0;
    }
    if (is(c, VEOF)) {
        end_line(false, c);
        return 0;
    }
    if (c == '\n' || is(c, VEOL) || ((t.lflag & IEXTEN) && is(c, VEOL2))) {
        if ((t.lflag & ECHO) || (c == '\n' && (t.lflag & ECHONL))) echo(c);
        end_line(true, c);
        return 0;
    }
    if (line_len_ < kMaxLine - 1) line_[line_len_++] = c; // one place stays for the newline
    if (t.lflag & ECHO) echo(c);
    return 0;
}

// Removes the last byte of the line being edited; `show` is the erase
// character itself (echoed as typed without ECHOE, else rubbed out).
void Ldisc::erase_one(bool show) {
    if (!line_len_) return;
    u8 c = line_[--line_len_];
    if (!(termios.lflag & ECHO)) return;
    if (show && !(termios.lflag & ECHOE)) {
        echo(termios.cc[VERASE]);
        return;
    }
    bool wide = (termios.lflag & ECHOCTL) && (c < 0x20 || c == 0x7f) && c != '\t';
    for (int k = wide ? 2 : 1; k > 0; k--) {
        emit('\b');
        emit(' ');
        emit('\b');
    }
}

// The line is complete: it becomes readable as one unit (an EOF on an
// empty line is a unit of length 0, which a reader sees as end of file).
void Ldisc::end_line(bool keep_char, u8 c) {
    if (keep_char) line_[line_len_++] = c;
    for (u32 k = 0; k < line_len_; k++) in_.push(line_[k]);
    line_lens_[lines_head_++ % kMaxLines] = line_len_;
    line_len_ = 0;
}

u32 Ldisc::readable() const {
    if (!canonical()) return in_.used();
    return lines_head_ != lines_tail_ ? line_lens_[lines_tail_ % kMaxLines] : 0;
}

u32 Ldisc::read(u8* kbuf, u32 n) {
    if (!canonical()) {
        u32 k = min(n, in_.used());
        for (u32 i = 0; i < k; i++) kbuf[i] = in_.pop();
        return k;
    }
    if (lines_head_ == lines_tail_) return 0;
    u32& left = line_lens_[lines_tail_ % kMaxLines];
    u32 k = min(n, left);
    for (u32 i = 0; i < k; i++) kbuf[i] = in_.pop();
    left -= k;
    if (!left) lines_tail_++;
    return k;
}

void Ldisc::flush_input() {
    in_.clear();
    lines_tail_ = lines_head_;
    line_len_ = 0;
}

void Ldisc::set_termios(const Termios& t) {
    bool was_canonical = canonical();
    termios = t;
    if (was_canonical && !canonical()) {
        // Complete lines and the line being edited are all plain input now.
        for (u32 k = 0; k < line_len_ && in_.room(); k++) in_.push(line_[k]);
        line_len_ = 0;
        lines_tail_ = lines_head_;
    } else if (!was_canonical && canonical() && in_.used()) {
        line_lens_[lines_head_++ % kMaxLines] = in_.used(); // what was typed is one line
    }
}

u32 Ldisc::write(const u8* kbuf, u32 n) {
    u32 k = 0;
    while (k < n && emit(kbuf[k])) k++;
    return k;
}

bool Ldisc::emit(u8 c) {
    if (termios.oflag & OPOST) {
        if (c == '\n' && (termios.oflag & ONLCR)) {
            if (out.room() < 2) return false;
            out.push('\r');
            out.push('\n');
            return true;
        }
        if (c == '\r' && (termios.oflag & OCRNL)) c = '\n';
    }
    if (!out.room()) return false;
    out.push(c);
    return true;
}

void Ldisc::echo(u8 c) {
    if ((termios.lflag & ECHOCTL) && (c < 0x20 || c == 0x7f) && c != '\n' && c != '\t') {
        emit('^');
        emit(c ^ 0x40);
        return;
    }
    emit(c);
}

} // namespace tty
