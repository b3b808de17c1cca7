#!/bin/bash
# Confinement: runs the hostile program in the guest with a read-only root
# export and a read-write bind, then checks on the host that the secret
# never showed up and nothing outside the exports changed.
# Usage: run_escape.sh TANDEM ESCAPE_PROGRAM
set -u
tandem=$1 prog=$2
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p "$D/root/bin" "$D/root/sub" "$D/bind"
echo "TOP-SECRET contents" > "$D/secret"
cp "$prog" "$D/root/bin/escape"
ln -s "$D/secret" "$D/root/link_abs"
ln -s ../secret "$D/root/link_rel"
ln -s ../../../../../../../../../../secret "$D/root/link_deep"
ln -s .. "$D/root/link_dir"
ln -s "$D" "$D/bind/out"
before=$(cd "$D" && find . -path ./bind -prune -o -print | sort | md5sum)
out=$(timeout 60 "$tandem" run --root "$D/root" --bind "$D/bind:/bound" -- /bin/escape "$D/secret" 2>&1); rc=$?
echo "$out"
[[ $rc == 0 ]] || fail "the guest program reported a leak or crashed (rc=$rc)"
grep -q LEAK <<<"$out" && fail "secret leaked"
after=$(cd "$D" && find . -path ./bind -prune -o -print | sort | md5sum)
[[ $before == "$after" ]] || fail "files outside the rw bind changed"
[[ ! -e $D/evil && ! -e $D/evil2 && ! -e $D/secret.evil && ! -e $D/root/evil ]] || fail "a file was written outside"
[[ $(cat "$D/secret") == "TOP-SECRET contents" ]] || fail "secret modified"
[[ -f $D/bind/allowed ]] || fail "the rw bind did not take a legitimate write"
echo ok
