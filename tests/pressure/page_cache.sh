#!/usr/bin/env bash
# Issue 13 item 2: the guest page cache gives file pages back before the OOM
# killer runs: 1 GiB written into a bind with the default memory, and a file
# several times guest memory written, copied and sorted (sort's temporary
# files in the bind) correctly.  MAP_SHARED writes reach the host file at
# msync, munmap and exit.
# Usage: page_cache.sh TANDEM MMAP_SHARED_PROGRAM
set -u
. "$(dirname "$0")/lib.sh"
tandem=$1 mmap_shared=$2
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
run() { timeout 900 "$tandem" run --bind "$D:/w" --workdir /w "$@" </dev/null; }

out=$(run -- /bin/sh -c 'dd if=/dev/zero of=/w/big bs=1M count=1024 2>&1 | tail -1; echo "dd=$?"' 2>&1); st=$?
note "dd 1 GiB with the default memory: status $st, '$(tr '\n' ' ' <<<"$out")', host file $(stat -c %s "$D/big") bytes"
[[ $st == 0 && $(stat -c %s "$D/big") == 1073741824 ]] || fail "dd of 1 GiB into a bind failed"
rm -f "$D/big"

# About 200 MiB of numbered lines in a 64 MiB guest: write, copy, sort, compare.
out=$(run --memory 64M -- /bin/sh -c '
    seq 4500000 | sed "s/$/ some padding to make the lines longer/" > data &&
    cp data copy && cmp data copy && echo "copy equal" &&
    sort -T /w -S 16M -k1,1nr copy > sorted && echo "sorted" &&
    head -1 sorted | cut -d" " -f1 && tail -1 sorted | cut -d" " -f1 && wc -l < sorted' 2>&1); st=$?
note "write/copy/sort $(( $(stat -c %s "$D/data" 2>/dev/null || echo 0) >> 20 )) MiB in a 64 MiB guest: status $st, '$(tr '\n' ' ' <<<"$out")'"
[[ $st == 0 ]] || fail "the big-file pipeline failed"
[[ $(tr '\n' ' ' <<<"$out") == "copy equal sorted 4500000 1 4500000 " ]] || fail "wrong results"
cmp -s "$D/data" "$D/copy" || fail "the host copies differ"
rm -f "$D/data" "$D/copy" "$D/sorted"

# MAP_SHARED: written at msync (seen while the guest still runs), munmap, exit.
for mode in msync munmap exit; do
    head -c 12288 /dev/zero > "$D/m-$mode"
    run -- "$mmap_shared" "/w/m-$mode" "$mode" > "$D/mout-$mode" 2>&1 &
    pid=$!
    if [[ $mode == msync ]]; then
        for _ in $(seq 100); do grep -q synced "$D/mout-$mode" && break; sleep 0.1; done
        seen=$(tr -d '\0' < "$D/m-$mode")
        note "msync: the host file holds '$seen' while the guest still maps it"
        [[ $seen == "written by msyncwritten by msync" ]] || fail "msync did not reach the host file"
    fi
    wait $pid || fail "$mode: the guest program failed: $(cat "$D/mout-$mode")"
    seen=$(tr -d '\0' < "$D/m-$mode")
    note "$mode: the host file holds '$seen'"
    [[ $seen == "written by ${mode}written by $mode" ]] || fail "MAP_SHARED writes were lost at $mode"
    [[ $(stat -c %s "$D/m-$mode") == 12288 ]] || fail "the file size changed"
done
pass
