# Python's pty module over the guest's ptys: os.openpty round trip with
# echo, and pty.spawn of a child that sees a terminal on its stdio.
import os
import pty
import sys

m, s = os.openpty()
print("slave is a tty:", os.isatty(s), "name under /dev/pts:", os.ttyname(s).startswith("/dev/pts/"))
os.write(m, b"hi there\n")
print("slave reads:", os.read(s, 100))
print("master reads the echo:", os.read(m, 100))
os.write(s, b"back\n")
print("master reads:", os.read(m, 100))
os.close(s)
try:
    os.read(m, 100)
except OSError as e:
    print("master after slave closed:", e.errno)
os.close(m)

child = "import os, sys; print('child tty', sys.stdin.isatty(), sys.stdout.isatty(), os.getsid(0) == os.getpid())"
sys.stdout.flush()
status = pty.spawn([sys.executable, "-c", child])
print("spawn status:", status)
