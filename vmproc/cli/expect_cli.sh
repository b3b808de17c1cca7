#!/bin/sh
# expect_cli.sh STATUS LINES PATTERN COMMAND...
# Runs COMMAND and checks its exit status, that stderr has exactly LINES
# lines ("any" to skip), and that stdout+stderr contain PATTERN (fixed string).
want_status=$1; want_lines=$2; pattern=$3; shift 3
out=$(mktemp); err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$@" >"$out" 2>"$err" </dev/null
status=$?
fail=0
if [ "$status" != "$want_status" ]; then
    echo "exit status $status, expected $want_status"; fail=1
fi
lines=$(wc -l <"$err")
if [ "$want_lines" != any ] && [ "$lines" != "$want_lines" ]; then
    echo "stderr has $lines lines, expected $want_lines"; fail=1
fi
if ! cat "$out" "$err" | grep -qF -- "$pattern"; then
    echo "output lacks: $pattern"; fail=1
fi
if [ $fail != 0 ]; then
    echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"
fi
exit $fail
