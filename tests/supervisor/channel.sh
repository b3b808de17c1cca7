#!/bin/bash
# Issue 15, acceptance 5: two guests started with the same --channel NAME
# exchange 10,000 messages in order with no loss (the receiver polls before
# each read and checks every message's number, size and bytes, then answers
# with a summary); a third guest on the name is refused; killing one guest's
# tandem gives the other the end of the channel (read 0) and EPIPE, never a
# hang.  Names carry this shell's pid so parallel runs do not meet.
# Usage: channel.sh TANDEM CHANNEL_PEER
set -u
tandem=$1 prog=$2
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d)
pids=()
trap 'kill -9 "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 1

name=demo-$$
timeout 150 "$tandem" run --mode user --channel "$name" -- "$prog" recv 10000 </dev/null >recv.txt 2>recv.err &
receiver=$!
pids+=("$receiver")
start=$(date +%s%N)
timeout 150 "$tandem" run --mode user --channel "$name" -- "$prog" send 10000 </dev/null >send.txt 2>send.err
src=$?
wait "$receiver"
rrc=$?
ms=$((($(date +%s%N) - start) / 1000000))
cat send.txt recv.txt send.err recv.err
[[ $src == 0 && $rrc == 0 ]] || fail "sender $src, receiver $rrc"
grep -q '^received 10000 in order$' recv.txt || fail "the receiver did not get 10000 in order"
grep -q '^sent 10000, peer says: ok 10000 in order$' send.txt || fail "the sender got no summary"
echo "10000 messages in $ms ms"

name=kill-$$
timeout 60 "$tandem" run --mode user --channel "$name" --cpu-weight 20 -- "$prog" hold </dev/null >hold.txt 2>hold.err &
holder=$!
pids+=("$holder")
sleep 0.5
"$tandem" run --mode user --channel "$name" -- "$prog" greet </dev/null >greet.txt 2>greet.err &
greeter=$!
pids+=("$greeter")
for _ in $(seq 300); do grep -q '^got 5 bytes' hold.txt && break; sleep 0.1; done
grep -q '^got 5 bytes' hold.txt || { cat hold.txt hold.err greet.txt greet.err; fail "the first message never arrived"; }

# The holder's CPU share: weight 20 is nice 7 for tandem and every space
# process, and `tandem ps` shows it.
line=$("$tandem" ps --json | grep "\"channel\":\"$name\"" | grep '"cpu_weight":20') || fail "ps does not show weight 20"
grep -q '"nice":7' <<<"$line" || fail "ps: $line"
vm=$(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' <<<"$line")
[[ $(ps -o ni= -p "$vm" | tr -d ' ') == 7 ]] || fail "tandem runs at nice $(ps -o ni= -p "$vm")"
spaces=$(ps -o ni= --ppid "$vm" | tr -d ' ' | sort -u)
[[ $spaces == 7 ]] || fail "its space processes run at nice '$spaces'"
"$tandem" ps | grep -E "^[0-9a-f]{6} +$vm .* 20 " >/dev/null || { "$tandem" ps; fail "the ps table has no CPU 20"; }

# A third guest on the same name: refused with a clear line, at once.
timeout 20 "$tandem" run --mode user --channel "$name" -- /bin/true </dev/null >/dev/null 2>third.err
rc=$?
[[ $rc != 0 && $rc != 124 ]] || fail "a third guest was let in (status $rc)"
grep -q 'two guests already use this channel' third.err || { cat third.err; fail "no refusal line"; }

kill -9 "$greeter"
wait "$greeter" 2>/dev/null
wait "$holder"
rc=$?
cat hold.txt hold.err
[[ $rc == 0 ]] || fail "the remaining guest ended with $rc (124: it hung)"
grep -q '^read returned 0 (end)$' hold.txt || fail "no end of the channel"
grep -q '^write returned -1 (Broken pipe)$' hold.txt || fail "no EPIPE"
echo ok
