#!/usr/bin/env bash
# Issue 13 item 7: `tandem run -- make` finds make in the guest's PATH, as
# `env` and `docker run` do, and the exit status tells the guest program's
# own status and death by signal (128+N) apart from tandem's failures:
# 127 not found, 126 not executable, 125 tandem could not run the VM,
# 2 a bad command line (docs/PLATFORM.md "Exit statuses").
# Usage: path_lookup.sh TANDEM
set -u
. "$(dirname "$0")/lib.sh"
tandem=$1
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
err=$D/err

run() { timeout 120 "$tandem" run "$@" </dev/null 2>"$err"; }

out=$(run -- make --version); st=$?
note "make --version: status $st, '$(head -1 <<<"$out")'"
[[ $st == 0 && $out == "GNU Make"* ]] || fail "make was not found in PATH"

# PATH from --env, searched in order; a candidate that cannot be executed
# is passed over (execvp), an empty entry is the working directory.
mkdir -p "$D/a" "$D/b" "$D/c"
printf '#!/bin/sh\necho "a: not executable"\n' > "$D/a/prog"; chmod 644 "$D/a/prog"
printf '#!/bin/sh\necho "found in b"\nexit 3\n' > "$D/b/prog"; chmod 755 "$D/b/prog"
printf '#!/bin/sh\necho "found in the working directory"\n' > "$D/c/here"; chmod 755 "$D/c/here"
out=$(run --bind "$D:/d" --env PATH=/d/a:/d/b -- prog); st=$?
note "PATH=/d/a:/d/b prog: status $st, '$out'"
[[ $st == 3 && $out == "found in b" ]] || fail "the PATH search did not pass over /d/a to /d/b"
out=$(run --bind "$D:/d" --workdir /d/c --env PATH=/nowhere: -- here); st=$?
note "PATH=/nowhere: here (cwd /d/c): status $st, '$out'"
[[ $st == 0 && $out == "found in the working directory" ]] || fail "an empty PATH entry is not the working directory"

# Not found anywhere: 127; found but not executable: 126; one line each.
run --env PATH=/nowhere -- make; st=$?
note "PATH=/nowhere make: status $st, '$(cat "$err")'"
[[ $st == 127 ]] && grep -q "cannot run make: not found in PATH" "$err" || fail "wanted 127 and 'not found in PATH'"
run --bind "$D:/d" --env PATH=/d/a -- prog; st=$?
note "PATH=/d/a prog: status $st, '$(cat "$err")'"
[[ $st == 126 ]] && grep -q "cannot run prog: Permission denied" "$err" || fail "wanted 126 and 'Permission denied'"

# The guest program's status and signal death, against tandem's own.
run -- /bin/sh -c 'exit 125'; st=$?
note "guest exit 125: status $st"
[[ $st == 125 ]] || fail "the guest's own status did not pass through"
run -- /bin/sh -c 'kill -TERM $$'; st=$?
note "guest killed by SIGTERM: status $st"
[[ $st == 143 ]] || fail "wanted 128+15"
run -- /bin/sh -c 'kill -KILL $$'; st=$?
note "guest killed by SIGKILL: status $st"
[[ $st == 137 ]] || fail "wanted 128+9"
run --kernel /etc/passwd; st=$?
note "tandem cannot run the VM (--kernel /etc/passwd): status $st, '$(cat "$err")'"
[[ $st == 125 && $(wc -l < "$err") == 1 ]] || fail "wanted 125 and one line"
run --memory=abc; st=$?
note "usage error: status $st"
[[ $st == 2 ]] || fail "wanted 2"

# Documented where users look.
help=$("$tandem" run --help)
for s in 125 126 127 "128+N" "PATH"; do
    grep -q -- "$s" <<<"$help" || fail "tandem run --help does not mention $s"
done
pass
