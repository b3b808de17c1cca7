#!/usr/bin/env bash
# Issue 13 item 1: the file service keeps its host fds well below
# RLIMIT_NOFILE (half of it) however many nodes the guest looks up; the
# guest kernel forgets names it no longer uses, and vmproc re-opens what it
# closed: `find /usr -xdev` then `ls /` works, also with `ulimit -n 1024`.
# Usage: fd_bound.sh TANDEM
set -u
. "$(dirname "$0")/lib.sh"
tandem=$1
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
host_entries=$(find /usr -xdev 2>/dev/null | wc -l)

# Walks /usr under tandem, sampling its open fds, and checks the result
# against the current RLIMIT_NOFILE.
check_walk() {
    local cap; cap=$(ulimit -n)
    "$tandem" run -- /bin/sh -c 'echo "walked $(find /usr -xdev | wc -l)"; ls / | grep -c "^usr$"' \
        </dev/null >"$D/out" 2>"$D/err" &
    local pid=$! peak=0 n
    while kill -0 "$pid" 2>/dev/null; do
        n=$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)
        (( n > peak )) && peak=$n
        sleep 0.2
    done
    wait "$pid"; local rc=$?
    note "ulimit -n $cap: status $rc, '$(tr '\n' ' ' < "$D/out")', peak $peak host fds (the host has $host_entries entries)"
    [[ $rc == 0 ]] || { tail -5 "$D/err"; fail "the walk failed"; }
    [[ $(tail -1 "$D/out") == 1 ]] || fail "ls / after the walk did not list usr"
    ! grep -q "Too many open files" "$D/err" "$D/out" || fail "EMFILE in the guest"
    (( peak <= cap / 2 + 64 )) || fail "tandem held $peak fds, more than half of $cap plus 64"
}

# The issue's case: the walk used to end in EMFILE after ~1000 lookups.
( ulimit -n 1024 || fail "cannot set ulimit -n 1024"; check_walk ) || exit 1
pass
