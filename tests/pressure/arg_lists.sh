#!/usr/bin/env bash
# Issue 13 item 4: argument lists reach the guest whole up to its ARG_MAX
# (2 MiB of strings plus one pointer each, as Linux counts them), and a
# longer one fails with E2BIG and a message, never cut short; `--env` is
# parsed in linear time.
# Usage: arg_lists.sh TANDEM
set -u
. "$(dirname "$0")/lib.sh"
tandem=$1
# The host's own ARG_MAX is a quarter of the stack limit: make room for
# command lines longer than the guest's.
ulimit -s 65536 2>/dev/null || ulimit -s unlimited 2>/dev/null || true
err=$(mktemp); trap 'rm -f "$err"' EXIT

# 9000 arguments to the first process (it used to get 8188).
out=$(timeout 120 "$tandem" run -- /bin/sh -c 'echo $#' x $(seq 9000) </dev/null 2>"$err")
note "9000 arguments: the guest counts '$out' $(cat "$err")"
[[ $out == 9000 ]] || fail "wanted 9000"

# 70000 arguments to an execve inside the guest (a count cap used to say E2BIG).
out=$(timeout 120 "$tandem" run -- /bin/sh -c '/bin/sh -c "echo \$#" x $(seq 70000)' </dev/null 2>"$err")
note "70000 arguments through the guest's execve: '$out' $(cat "$err")"
[[ $out == 70000 ]] || fail "wanted 70000"

# More than ARG_MAX for the first process: status 126 and one clear line.
out=$(timeout 120 "$tandem" run -- /bin/true $(seq 300000) </dev/null 2>"$err"); st=$?
note "300000 arguments to the first process: status $st, stderr '$(cat "$err")'"
[[ $st == 126 ]] || fail "wanted status 126"
grep -q "cannot run /bin/true: Argument list too long" "$err" || fail "no E2BIG message"
[[ $(wc -l < "$err") == 1 ]] || fail "more than one line on stderr"

# More than ARG_MAX inside the guest: the shell reports E2BIG.
out=$(timeout 120 "$tandem" run -- /bin/sh -c '/bin/true $(seq 300000); echo "status=$?"' </dev/null 2>&1)
note "300000 arguments through the guest's execve: '$(tr '\n' ' ' <<<"$out")'"
grep -q "Argument list too long" <<<"$out" && grep -q "status=126" <<<"$out" || fail "no E2BIG in the guest"

# 100000 --env words: parsed in well under the time the quadratic merge took
# (19.5 s), then all of them reach the guest.
envs=()
for i in $(seq 100000); do envs+=("--env=E$i=1"); done
start=$(date +%s%N)
timeout 15 "$tandem" run "${envs[@]}" --kernel /etc/passwd </dev/null 2>"$err"; st=$?
took=$(( ($(date +%s%N) - start) / 1000000 ))
note "100000 --env words, then a bad kernel: status $st after $took ms, stderr '$(cat "$err")'"
[[ $st != 124 ]] || fail "parsing 100000 --env words took more than 15 s"
grep -q "not an ELF file" "$err" || fail "did not get past the options"
out=$(timeout 120 "$tandem" run "${envs[@]}" -- /bin/sh -c 'env | grep -c "^E[0-9]*=1$"' </dev/null 2>"$err")
note "the guest sees '$out' of them $(cat "$err")"
[[ $out == 100000 ]] || fail "wanted 100000 variables in the guest"
pass
