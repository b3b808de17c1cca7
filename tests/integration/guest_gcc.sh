#!/bin/bash
# Issue 3, acceptance 2: gcc compiles and links a program inside the guest
# in a bound directory; it runs in the guest (exit 5) and on the host.
# Usage: guest_gcc.sh TANDEM
set -u
tandem=$1
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
out=$(timeout 300 "$tandem" run --bind "$D:/work" --workdir /work -- /bin/sh -c 'printf "#include <stdio.h>\nint main(){puts(\"hi\");return 5;}\n" > a.c && gcc -O2 a.c -o a && ./a'); rc=$?
[[ $rc == 5 && $out == hi ]] || fail "in the guest: rc=$rc out='$out'"
[[ -x $D/a ]] || fail "a not written to the host directory"
out=$("$D/a"); rc=$?
[[ $rc == 5 && $out == hi ]] || fail "natively: rc=$rc out='$out'"
echo ok
