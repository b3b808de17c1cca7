#!/bin/bash
# SIGTERM to tandem stops the guest promptly (exit status 128+15), whatever
# the guest is doing when it arrives: spinning in user mode, living in its
# kernel (a fork+exec loop), or reprogramming its timer all the time (a
# sleeper loop next to a spinner).  A stop request that lands while vmlib
# runs waits for a retry timer; the guest's own timer programming used to
# cancel that retry, and tandem ran on after SIGTERM.
# Usage: guest_sigterm.sh TANDEM [extra tandem run options...]
set -u
tandem=$1; shift
extra=("$@")
fail() { echo "FAIL: $*"; exit 1; }
log=$(mktemp); trap 'rm -f "$log"' EXIT
stop_case() { # NAME SCRIPT
    local name=$1 script=$2 pid rc waited=0
    "$tandem" run "${extra[@]}" -- /bin/sh -c "$script" </dev/null >/dev/null 2>"$log" &
    pid=$!
    sleep 2
    kill -0 "$pid" 2>/dev/null || { cat "$log"; fail "$name: tandem ended before the signal"; }
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null && ((waited < 200)); do sleep 0.1; waited=$((waited + 1)); done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid"; wait "$pid"
        fail "$name: still running 20 s after SIGTERM"
    fi
    wait "$pid"; rc=$?
    [[ $rc == 143 ]] || { cat "$log"; fail "$name: exit status $rc, expected 143"; }
    echo "$name: stopped in $((waited * 100)) ms or less"
}
stop_case "user spin" 'while :; do :; done'
stop_case "fork+exec loop" 'while :; do /bin/true; done'
stop_case "sleepers and a spinner" '(while :; do :; done) & while :; do sleep 0.001; done'
echo ok
