#!/bin/bash
# Issue 15, acceptance 1: while a guest runs `make` in a loop, `tandem ps`
# lists it, `tandem stats --json` returns counters that grow between two
# calls, and `tandem top` shows make and its children with the pids the
# guest's own ps shows.  The control directory is a private
# XDG_RUNTIME_DIR, so other VMs on the machine do not interfere.
# Usage: observe.sh TANDEM
set -u
tandem=$1
fail() { echo "FAIL: $*"; [[ -f $work/run.err ]] && sed 's/^/  guest stderr: /' "$work/run.err"; exit 1; }
source "$(dirname "$0")/vm_lib.sh"

# Each make runs the guest's own ps, then sleeps: make and its children
# live long enough to be seen from outside.
printf 'all:\n\t@ps -e -o pid=,comm= > %s/guest_ps.tmp; mv %s/guest_ps.tmp %s/guest_ps.txt; sleep 3\n' \
    "$work" "$work" "$work" > "$work/Makefile"
"$tandem" run --mode user --bind "$work:$work" -- /bin/sh -c "while :; do make -s -f $work/Makefile; done" \
    </dev/null >/dev/null 2>"$work/run.err" &
pid=$!
wait_listed
"$tandem" ps | grep -q "^$id .* make -s -f" || { "$tandem" ps; fail "ps shows no first command"; }
echo "ps: VM $id (pid $pid)"

# Counters grow between two calls.  Each make sleeps 3 s, during which the
# guest makes no system call, so the second call is repeated for up to 8 s.
count() { "$tandem" stats --json "$1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["vmlib"]["events"]["guest system calls"] + d["exits"]["port i/o"])'; }
a=$(count "$id") || fail "stats --json $id"
for _ in $(seq 16); do
    sleep 0.5
    b=$(count "$pid") || fail "stats --json $pid"
    ((b > a)) && break
done
((b > a)) || fail "counters did not grow in 8 s ($a then $b)"
echo "stats: system calls + port i/o exits $a -> $b"
"$tandem" stats "$id" | grep -q "guest system calls" || fail "stats table has no system-call line"

# top's make has a pid the guest's ps gives to make, with a child.
for attempt in 1 2 3 4 5; do
    [[ -f $work/guest_ps.txt ]] || { sleep 1; continue; }
    top=$("$tandem" top "$id") || fail "tandem top"
    guest_make=$(awk '$2 == "make" { print $1 }' "$work/guest_ps.txt")
    top_make=$(awk '$NF == "make" { print $1 }' <<<"$top")
    for p in $top_make; do
        if grep -qx "$p" <<<"$guest_make"; then
            awk -v p="$p" '$2 == p' <<<"$top" | grep -q . || fail "make $p has no children in top"
            echo "top: make is pid $p in both, with a child:"
            awk -v p="$p" '$1 == p || $2 == p' <<<"$top"
            echo ok
            exit 0
        fi
    done
    sleep 1
done
echo "top:"; echo "$top"; echo "guest ps:"; cat "$work/guest_ps.txt"
fail "no make pid in common between tandem top and the guest's ps"
