#!/bin/bash
# Memory checkers in the guest (issue 14: they need Linux's address layout):
# an AddressSanitizer build of overflow.c and valgrind's memcheck over a
# plain build, each run clean and with the overflow, natively and in the
# guest.  What is compared: the exit status and the checker's verdict (the
# error kind and the source line), not addresses or pids.
# Usage: run.sh TANDEM ASAN_BUILD PLAIN_BUILD
set -u
tandem=$1 asan=$2 plain=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

. "$(dirname "$0")/../lib/native_vs_guest.sh"

# The program's own line and AddressSanitizer's summary, path-free.
asan_verdict() {
    grep -E '^(clean|wrote past|SUMMARY: AddressSanitizer)' | sed -E 's| /[^ ]*/| |'
}
# memcheck's error kinds with the source line they point at, and its summary.
memcheck_verdict() {
    sed -E 's/^==[0-9]+== ?//' |
        grep -E '^(clean|wrote past|Invalid (read|write)|   at .*overflow\.c|ERROR SUMMARY)' |
        sed -E 's/0x[0-9A-F]+: //; s/ \(in [^)]*\)//; s/ errors from ([0-9]+) contexts.*/ errors from \1 contexts/'
}

compare asan-clean asan_verdict "$asan" clean
compare asan-overflow asan_verdict "$asan" overflow
if command -v valgrind > /dev/null; then
    compare memcheck-clean memcheck_verdict valgrind --error-exitcode=9 "$plain" clean
    compare memcheck-overflow memcheck_verdict valgrind --error-exitcode=9 "$plain" overflow
else
    echo "valgrind not installed: memcheck not run"
fi
exit $fail
