#!/usr/bin/env bash
# Issue 13, acceptance 2 (ctest labels "pressure;soak"; excluded from the
# default run, see CMakeLists.txt): 500 sequential and 4 x 50 parallel short
# guests, a `find /usr` walk, and a 2 GiB write, copy and cmp in a bind with
# --memory 256M.  All must succeed, and afterwards nothing is left behind:
# no tandem process of ours, no memfd (a live tandem's memfds are counted
# while it runs and must end with it), no temporary file, no growth of host
# fds in a long-running tandem.
# Usage: soak.sh TANDEM
set -u
. "$(dirname "$0")/lib.sh"
tandem=$1
if [[ ${TANDEM_SOAK:-0} != 1 ]]; then
    echo "skipped: the soak runs only with TANDEM_SOAK=1 (TANDEM_SOAK=1 ctest -L soak)"
    exit 77
fi
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
export TMPDIR=$D/tmp # anything tandem would leave in a temporary directory lands here
mkdir -p "$TMPDIR" "$D/w"
pids=$D/pids
spaces_before=$(pgrep -x tandem-space | wc -l)
shm_before=$(ls /dev/shm 2>/dev/null | sort)

# short N: N guests one after another, each must print its number.
short() {
    local i out f="$D/s.$BASHPID"
    for i in $(seq "$1"); do
        "$tandem" run -- /bin/echo "guest $i" </dev/null >"$f" 2>&1 &
        echo $! >> "$pids"
        wait $! || { cat "$f"; return 1; }
        out=$(cat "$f")
        [[ $out == "guest $i" ]] || { echo "guest $i printed '$out'"; return 1; }
    done
    rm -f "$f"
}

start=$(date +%s)
short 500 || fail "a sequential guest failed"
note "500 sequential guests: $(( $(date +%s) - start )) s"

start=$(date +%s)
for k in 1 2 3 4; do short 50 > "$D/par.$k" 2>&1 & done
ok=1
for job in $(jobs -p); do wait "$job" || ok=0; done
(( ok )) || { cat "$D"/par.*; fail "a parallel guest failed"; }
note "4 x 50 parallel guests: $(( $(date +%s) - start )) s"

# A find walk and the 2 GiB file in one guest each, sampling tandem's fds
# and memfds while it runs.
# sampled ARGS...: runs tandem, records peak fds and memfds; sets RC, PEAK, MEMFDS.
sampled() {
    "$tandem" run "$@" </dev/null >"$D/out" 2>&1 &
    local pid=$! peak=0 memfds=0 n m
    echo $pid >> "$pids"
    while kill -0 "$pid" 2>/dev/null; do
        n=$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)
        m=$(ls -l "/proc/$pid/fd" 2>/dev/null | grep -c memfd:)
        (( n > peak )) && peak=$n
        (( m > memfds )) && memfds=$m
        sleep 0.5
    done
    wait "$pid"; RC=$?
    PEAK=$peak MEMFDS=$memfds
}
start=$(date +%s)
sampled -- /bin/sh -c 'find /usr | wc -l'
note "find /usr: status $RC, $(cat "$D/out") entries, peak $PEAK fds, $MEMFDS memfd(s), $(( $(date +%s) - start )) s"
[[ $RC == 0 ]] || fail "the walk failed: $(tail -3 "$D/out")"
(( PEAK <= $(ulimit -n) / 2 + 64 )) || fail "tandem held $PEAK fds"

start=$(date +%s)
sampled --memory 256M --bind "$D/w:/w" --workdir /w -- /bin/sh -c '
    yes "tandem soak: 2 GiB through a 256 MiB guest" | head -c 2147483648 > a && cp a b && cmp a b && echo same'
note "2 GiB write/copy/cmp with --memory 256M: status $RC, '$(cat "$D/out")', peak $PEAK fds, $(( $(date +%s) - start )) s"
[[ $RC == 0 && $(cat "$D/out") == same ]] || fail "the 2 GiB round trip failed"
[[ $(stat -c %s "$D/w/a") == 2147483648 ]] && cmp -s "$D/w/a" "$D/w/b" || fail "the host files differ"
rm -f "$D/w/a" "$D/w/b"

# Nothing left behind.
left=0
while read -r pid; do
    if [[ -d /proc/$pid ]] && grep -q tandem "/proc/$pid/comm" 2>/dev/null; then
        echo "tandem $pid still runs"; left=1
    fi
done < "$pids"
(( left == 0 )) || fail "tandem processes left behind"
# The space processes user-only mode starts (children of tandem, named tandem-space).
spaces=$(pgrep -x tandem-space | wc -l)
(( spaces <= spaces_before )) || fail "tandem-space processes left behind ($spaces, $spaces_before before)"
note "$(wc -l < "$pids") tandem processes started, none left"
[[ -z $(ls -A "$TMPDIR") ]] || fail "temporary files left: $(ls -A "$TMPDIR")"
shm_after=$(ls /dev/shm 2>/dev/null | sort)
new_shm=$(comm -13 <(echo "$shm_before") <(echo "$shm_after") | grep -i tandem || true)
[[ -z $new_shm ]] || fail "left in /dev/shm: $new_shm"
note "no temporary file or shared-memory object left"
pass
