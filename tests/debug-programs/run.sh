#!/bin/bash
# Debuggers over the guest's ptrace (issue 14): strace -f of a pipeline and
# gdb -batch with a breakpoint and a backtrace, natively and in the guest.
# Their outputs are compared by shape: the system calls and exits strace
# saw per kind, gdb's stop and frames without addresses; and gdb's addresses
# of a PIE program, which are Linux's unrandomized ones.
# Usage: run.sh TANDEM BREAKME (a -g -O0 build of breakme.c)
set -u
tandem=$1 prog=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

. "$(dirname "$0")/../lib/native_vs_guest.sh"

# strace's trace file, as the counts of each process's execve targets,
# clones and exits (pids and order vary; how many SIGCHLDs merge does too).
strace_shape() {
    grep -oE '^[0-9]+ +(execve\("[^"]*"|clone\(|\+\+\+ exited with [0-9]+ \+\+\+)' |
        sed -E 's/^[0-9]+ +//' | sort | uniq -c
}
# gdb's breakpoint line and frames: addresses dropped, thread-library
# notices (present or not by host) dropped.
gdb_shape() {
    grep -vE '^\[Thread debugging|^Using host libthread_db|^\[Inferior' | sed -E 's/0x[0-9a-f]+ in //; s/0x[0-9a-f]+//g'
}

# gdb's own lines with the addresses it printed: gdb runs programs without
# randomization, so a PIE lands at Linux's 0x555555554000 in both.
gdb_addresses() {
    grep -E '^(pc|main) 0x'
}

cd /
compare strace-f strace_shape /bin/sh -c 'strace -f -o /tmp/strace.$$ sh -c "echo a | cat" > /dev/null; cat /tmp/strace.$$; rm -f /tmp/strace.$$'
compare gdb-break-bt gdb_shape /usr/bin/gdb -nx -batch -ex 'break inner' -ex run -ex bt "$prog"
compare gdb-pie-addresses gdb_addresses /usr/bin/gdb -nx -batch -ex 'break inner' -ex run \
    -ex 'printf "pc %#lx\n", $pc' -ex 'printf "main %#lx\n", &main' "$prog"
if ! grep -q '^main 0x5555555' "$work/guest"; then
    echo "FAIL gdb-pie-addresses: main is not at 0x5555555... in the guest"; cat "$work/guest"; fail=1
fi
exit $fail
