#!/bin/bash
# Runs one red-team attack (guest/main.c) inside tandem and checks the host
# afterwards.  Usage:
#   run_attack.sh TANDEM REDTEAM ISOLATION_HOST KERNEL_ELF ATTACK [contained|may-stop] [user|composite]
#                 [ATTACK-OPTION...]
# The mode (default user) is passed to `tandem run --mode`; composite mode
# runs inside the qemu VM of tests/composite (composite.sh here).  Options
# after the mode go to the attack program (e.g. --files N).
# The host is prepared with a read-only root export (the attack program, the
# guest kernel's ELF, watched.txt), a read-write export, and outside every
# export: a secret file, the marker path, a victim process, a listening Unix
# socket and an environment variable of tandem's own.  The test passes only
# if afterwards: no marker, no process left behind, no signal to tandem's
# parent, no file changed outside the read-write export, no connection, the
# victim alive, untraced and unchanged, no secret and no ESCAPED/LEAK line in
# the output, tandem not killed by a signal, and tandem's exit status one of
#   0   the guest program finished and reported nothing escaped;
#   159 with a "tandem:" line naming the blocked host system call (user-only
#       mode only: the status of its space processes' seccomp filter, which
#       composite mode does not have);
#   1 or 125 with "tandem: guest stopped" (only with may-stop: attacks that
#       corrupt the guest's own kernel may stop the guest).
set -u
tandem=$1 prog=$2 helper=$3 kernel_elf=$4 attack=$5 expect=${6:-contained} mode=${7:-user}
attack_options=("${@:8}")
D=$(mktemp -d /tmp/rt.XXXXXX)
W=$D/w O=$D/o
victim_pid='' listener_pid=''
cleanup() {
    local pid
    for pid in $victim_pid $listener_pid; do
        { kill -CONT "$pid"; kill -KILL "$pid"; wait "$pid"; } 2>/dev/null
    done
    rm -rf "$D"
}
trap cleanup EXIT
failures=()
fail() { failures+=("$*"); }

mkdir -p "$W/root/bin" "$W/root/tmp" "$W/rw" "$W/outside" "$O"
cp "$prog" "$W/root/bin/redteam"
cp "$kernel_elf" "$W/root/kernel.elf"
echo "a file of the read-only export" > "$W/root/watched.txt"
secret="TOP-SECRET-$RANDOM$RANDOM"
echo "$secret" > "$W/secret"
echo "a watched host file" > "$W/outside/file"
env_secret="ENV-SECRET-$RANDOM$RANDOM"
marker=$W/outside/marker
printf 'typed input\n' > "$O/stdin"

"$helper" victim "$O/victim.pid" &
victim_pid=$!
"$helper" listen "$O/sock" "$O/connections" &
listener_pid=$!
for _ in $(seq 100); do [[ -s $O/victim.pid && -S $O/sock ]] && break; sleep 0.05; done
victim=$(cat "$O/victim.pid")

manifest() {
    (cd "$W" && find . -path ./rw -prune -o -printf '%p %y %s %m %T@\n' | sort
     find . -path ./rw -prune -o -type f -print0 | sort -z | xargs -0 md5sum)
}
before=$(manifest)

# The bound on one attack; the sanitizer tree's tests run several times
# slower and scale it (TANDEM_TEST_TIME_SCALE, tests/isolation/CMakeLists.txt).
bound=$((150 * ${TANDEM_TEST_TIME_SCALE:-1}))
REDTEAM_HOST_SECRET=$env_secret "$helper" run "$O/status" "$bound" -- \
    "$tandem" run --mode "$mode" --memory 128M --root "$W/root:ro" --bind "$W/rw:/rw" -- \
    /bin/redteam "$attack" --marker "$marker" --secret "$W/secret" --socket "$O/sock" \
    --watched "$W/root/watched.txt" --victim "$victim" --kernel-elf /kernel.elf "${attack_options[@]}" \
    < "$O/stdin" > "$O/stdout" 2> "$O/stderr"
rc=$?
echo "--- tandem's stdout"; cat "$O/stdout"
echo "--- tandem's stderr"; tail -n 20 "$O/stderr"
echo "--- host checks"; cat "$O/status"

out=$(cat "$O/stdout" "$O/stderr")
end=$(head -n 1 "$O/status")
case $end in
    "signal "*) fail "tandem was killed by signal ${end#signal }" ;;
    timeout) fail "tandem did not finish within $bound s" ;;
esac
grep -q '^leftover' "$O/status" && fail "host processes were left behind: $(grep '^leftover' "$O/status" | tr '\n' ';')"
grep -q '^parent-signal' "$O/status" && fail "tandem's parent received a signal: $(grep '^parent-signal' "$O/status" | tr '\n' ' ')"
[[ -e $marker ]] && fail "the marker $marker exists on the host"
after=$(manifest)
[[ $before == "$after" ]] || fail "host files outside the read-write export changed: $(diff <(echo "$before") <(echo "$after") | grep '^[<>]' | head -5 | tr '\n' ';')"
[[ -s $O/connections ]] && fail "the host socket was connected to: $(head -3 "$O/connections" | tr '\n' ';')"
if ! kill -0 "${victim%%:*}" 2>/dev/null; then
    fail "the victim process was killed"
    victim_pid=''
else
    tracer=$(awk '/^TracerPid:/{print $2}' "/proc/${victim%%:*}/status")
    [[ $tracer == 0 ]] || fail "the victim process is being traced (TracerPid $tracer)"
    kill -CONT "$victim_pid"; kill -TERM "$victim_pid"; wait "$victim_pid"; vrc=$?
    victim_pid=''
    [[ $vrc == 0 ]] || fail "the victim process's memory was changed (its canary check exited $vrc)"
fi
grep -q -e '^ESCAPED' -e '^LEAK' <<<"$out" && fail "the guest reported: $(grep -e '^ESCAPED' -e '^LEAK' <<<"$out" | head -3 | tr '\n' ';')"
grep -qF -e "$secret" -e "$env_secret" <<<"$out" && fail "a host secret reached the guest's output"

case $rc in
    0) grep -q "^attack $attack: 0 escapes" "$O/stdout" || fail "exit 0 without the attack's own verdict line" ;;
    159) [[ $mode == user ]] || fail "exit 159 in $mode mode, which has no seccomp filter of its own"
         grep -qiE '^tandem: .*(system call|syscall)' "$O/stderr" || fail "exit 159 without a message naming the blocked system call" ;;
    1|125) [[ $expect == may-stop ]] && grep -q '^tandem: guest stopped' "$O/stderr" ||
               fail "tandem exited $rc: $(grep '^tandem:' "$O/stderr" | head -1)" ;;
    *) fail "unexpected exit status $rc" ;;
esac

if ((${#failures[@]})); then
    printf 'FAIL: %s\n' "${failures[@]}"
    exit 1
fi
echo "PASS: $attack contained in $mode mode (tandem exit $rc)"
