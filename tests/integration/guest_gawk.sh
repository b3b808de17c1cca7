#!/bin/bash
# Issue 3, acceptance 3: GNU awk 5.2.1 (Debian's source) configured and
# built inside the guest in user-only mode, then ./gawk run in the guest and
# on the host.  Prints the wall times of configure and make.
# Usage: guest_gawk.sh TANDEM SOURCE_DIR CACHE_DIR
set -u
tandem=$1 src=$2 cache=$3
fail() { echo "FAIL: $*"; exit 1; }
tarball=$("$src/scripts/fetch-gawk" "$cache") || fail "cannot fetch gawk's source (network?)"
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
tar -C "$D" -xf "$tarball" || fail "cannot unpack $tarball"
tree=$D/gawk-5.2.1
run() { timeout 1500 "$tandem" run --bind "$tree:/work" --workdir /work -- /bin/sh -c "$1"; }
t0=$(date +%s.%N)
run './configure > configure.log 2>&1' || { tail -20 "$tree/configure.log"; fail "configure failed in the guest"; }
t1=$(date +%s.%N)
run 'touch --date="Jan 01 2000" doc/gawktexi.in doc/sidebar.awk doc/gawk.texi doc/gawk.info doc/gawkinet.texi doc/gawkinet.info doc/gawkworkflow.texi doc/gawkworkflow.info doc/pm-gawk.texi doc/pm-gawk.info' || fail "touch failed"
t2=$(date +%s.%N)
run 'make -j1 > make.log 2>&1' || { tail -20 "$tree/make.log"; fail "make failed in the guest"; }
t3=$(date +%s.%N)
inside=$(run './gawk "BEGIN { print 6 * 7 }"') || fail "./gawk failed in the guest"
outside=$("$tree/gawk" 'BEGIN { print 6 * 7 }') || fail "./gawk failed on the host"
[[ $inside == 42 && $outside == 42 ]] || fail "gawk printed '$inside' in the guest, '$outside' on the host"
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" \
    'BEGIN { printf "user-only: configure %.1f s, make -j1 %.1f s; ./gawk prints 42 in the guest and on the host\n", b - a, d - c }'
echo ok
