// A terminal's line discipline (Linux's n_tty, reduced): the termios
// settings, the input queue a reader of the terminal takes from (with
// canonical-mode line editing and echo), the output queue with output
// processing, and the characters that raise signals.  It does not sleep or
// send signals itself: the terminal that owns it (fs/pty.cpp) does.
#pragma once

#include "lib/types.h"

namespace tty {

// struct termios as the TCGETS/TCSETS ioctls pass it (Linux x86-64).
struct Termios {
    u32 iflag, oflag, cflag, lflag;
    u8 line;
    u8 cc[19];
};
static_assert(sizeof(Termios) == 36);

struct Winsize {
    u16 rows, cols, xpixel, ypixel;
};

// Bits and control-character slots (Linux values).
constexpr u32 IGNCR = 0x80, ICRNL = 0x100, INLCR = 0x40, ISTRIP = 0x20, IXON = 0x400, IXANY = 0x800;
constexpr u32 OPOST = 0x1, ONLCR = 0x4, OCRNL = 0x8;
constexpr u32 ISIG = 0x1, ICANON = 0x2, ECHO = 0x8, ECHOE = 0x10, ECHOK = 0x20, ECHONL = 0x40,
              NOFLSH = 0x80, TOSTOP = 0x100, ECHOCTL = 0x200, ECHOKE = 0x800, IEXTEN = 0x8000;
enum : u32 { VINTR = 0, VQUIT = 1, VERASE = 2, VKILL = 3, VEOF = 4, VTIME = 5, VMIN = 6, VSTART = 8, VSTOP = 9, VSUSP = 10,
             VEOL = 11, VWERASE = 14, VEOL2 = 16 };

// Linux's defaults for a pty slave (tty_std_termios without HUPCL): ICRNL
// IXON | OPOST ONLCR | B38400 CS8 CREAD | ISIG ICANON ECHO ECHOE ECHOK
// ECHOCTL ECHOKE IEXTEN, and the usual control characters.
constexpr Termios kStdTermios = {0x500, 0x5, 0xbf, 0x8a3b, 0,
                                 {3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0}};

// A byte ring of fixed size.
template <u32 N> struct ByteRing {
    u8 buf[N];
    u32 head = 0, tail = 0; // free-running: head - tail bytes are queued
    u32 used() const { return head - tail; }
    u32 room() const { return N - used(); }
    void push(u8 c) { buf[head++ % N] = c; }
    u8 pop() { return buf[tail++ % N]; }
    void clear() { tail = head; }
};

class Ldisc {
public:
    static constexpr u32 kQueueSize = 4096;
    static constexpr u32 kMaxLine = 4095; // canonical lines are cut here (as Linux's N_TTY_BUF_SIZE - 1)

    Termios termios = kStdTermios;

    // One byte typed at the terminal: edits the line, queues input, echoes.
    // Returns the signal the byte raises (ISIG) or 0.  The caller checks
    // input_room() first.
    int receive(u8 c);
    // Room for another typed byte (the input queue and the line).
    bool input_room() const;

    // Bytes a reader may take now: in canonical mode, only whole lines.
    u32 readable() const;
    // True if a canonical reader would see end of file (a line ended by EOF
    // with nothing in it) or data; for raw mode, data.
    bool read_ready() const { return readable() || (canonical() && lines_head_ != lines_tail_); }
    // Takes up to n bytes into kbuf (one line at most in canonical mode).
    u32 read(u8* kbuf, u32 n);

    // Output processing of what a program writes: how many of the n bytes
    // fit into the output queue (a byte that expands is all or nothing).
    u32 write(const u8* kbuf, u32 n);
    // The output queue (what the master side of a pty reads).
    ByteRing<kQueueSize> out;

    // Output flow control: the terminal's output is held (its writers wait)
    // while stopped by VSTOP with IXON, or by tcflow(TCOOFF); VSTART (or,
    // with IXANY, any byte) restarts the first kind, only TCOON the second.
    bool output_stopped() const { return stopped_ || tco_stopped_; }
    void tcflow_stop(bool stop) { tco_stopped_ = stop; }

    // Settings changed: a switch out of canonical mode makes the line being
    // edited readable.
    void set_termios(const Termios& t);
    void flush_input();
    bool canonical() const { return termios.lflag & ICANON; }

private:
    bool emit(u8 c);      // one byte through output processing; false if no room
    void echo(u8 c);      // a typed byte shown back (^X for control characters)
    void erase_one(bool show);
    void end_line(bool keep_char, u8 c);
    bool is(u8 c, u32 slot) const { return termios.cc[slot] && c == termios.cc[slot]; }

    static constexpr u32 kMaxLines = 256;
    ByteRing<kQueueSize> in_;     // readable bytes
    u32 line_lens_[kMaxLines];    // canonical: the bytes left of each complete line in in_, in order
    u32 lines_head_ = 0, lines_tail_ = 0;
    u8 line_[kMaxLine];           // canonical: the line being edited
    u32 line_len_ = 0;
    bool stopped_ = false;        // by VSTOP (IXON)
    bool tco_stopped_ = false;    // by tcflow(TCOOFF)
};

} // namespace tty
