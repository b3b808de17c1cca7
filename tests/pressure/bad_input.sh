#!/usr/bin/env bash
# Issue 13 item 6: bad input ends in one clear line and tandem's own status
# 125, never a hang or a crash of tandem: a FIFO as --kernel, a flipped byte
# in the image's vmlib, a fault inside vmlib itself.  --memory beyond the
# host's memory warns.  RLIMIT_NOFILE in the guest is honoured or refused.
# Usage: bad_input.sh TANDEM KERNEL_ELF TANDEM_STAMP RLIMIT_PROGRAM
set -u
. "$(dirname "$0")/lib.sh"
tandem=$1 kernel=$2 stamp=$3 rlimit=$4
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
err=$D/err

# expect_125 WHAT TEXT ARGS...: tandem exits 125 with one line holding TEXT.
expect_125() {
    local what=$1 text=$2; shift 2
    timeout 60 "$tandem" run "$@" </dev/null >"$D/out" 2>"$err"; local st=$?
    note "$what: status $st, stderr '$(head -3 "$err" | tr '\n' ' ')'"
    [[ $st == 125 ]] || fail "$what: wanted status 125 (124 = hung, >128 = tandem crashed)"
    grep -qF -- "$text" "$err" || fail "$what: the message lacks '$text'"
    [[ $(wc -l < "$err") == 1 ]] || fail "$what: more than one line on stderr"
}

mkfifo "$D/fifo"
expect_125 "--kernel naming a FIFO" "not a regular file" --kernel "$D/fifo" -- /bin/true

# The byte offset in the file of a symbol of the image (its address minus
# its section's address plus the section's file offset).
file_offset() {
    local sym=$1 addr name type saddr off size
    addr=$(nm "$kernel" | while read -r a t n; do [[ $n == "$sym" ]] && echo "$a"; done)
    [[ -n $addr ]] || return 1
    while read -r name type saddr off size _; do
        [[ $type == PROGBITS ]] || continue
        if (( 16#$addr >= 16#$saddr && 16#$addr < 16#$saddr + 16#$size )); then
            echo $(( 16#$addr - 16#$saddr + 16#$off ))
            return 0
        fi
    done < <(readelf -SW "$kernel" | sed -n 's/^ *\[ *[0-9]*\] *//p')
    return 1
}
site=$(file_offset vmlib_site_dispatch) || fail "no vmlib_site_dispatch in $kernel"
note "vmlib_site_dispatch is at file offset $site"

# One flipped byte in vmlib's code: the image's checksum no longer matches.
cp "$kernel" "$D/flipped.elf"
b=$(od -An -tu1 -j "$site" -N1 "$D/flipped.elf" | tr -d ' ')
printf "$(printf '\\%03o' $((b ^ 0x40)))" | dd of="$D/flipped.elf" bs=1 seek="$site" conv=notrunc status=none
expect_125 "a flipped byte in vmlib" "the image is corrupt" --kernel "$D/flipped.elf" -- /bin/true

# A fault inside vmlib itself (ud2 at its site dispatcher, image re-stamped
# so that it loads): vmlib stops the VM and tandem reports it.
cp "$kernel" "$D/ud2.elf"
printf '\017\013' | dd of="$D/ud2.elf" bs=1 seek="$site" conv=notrunc status=none
"$stamp" "$D/ud2.elf" || fail "tandem-stamp failed"
expect_125 "a fault inside vmlib" "vmlib" --kernel "$D/ud2.elf" -- /bin/true

# --memory beyond the host's memory: a warning, and the guest still runs.
host_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
want_g=$(( host_kb / 1048576 + 2 ))
if (( want_g <= 64 )); then
    out=$(timeout 60 "$tandem" run --memory "${want_g}G" -- /bin/echo fine </dev/null 2>"$err"); st=$?
    note "--memory ${want_g}G on a host with $((host_kb / 1024)) MiB: status $st, '$out', stderr '$(cat "$err")'"
    [[ $st == 0 && $out == fine ]] || fail "the guest did not run"
    grep -q "warning: --memory ${want_g}G is more than this host's memory" "$err" || fail "no warning"
    out=$(timeout 60 "$tandem" run --memory 64M -- /bin/echo fine </dev/null 2>"$err")
    [[ ! -s $err ]] || fail "a warning for 64M: $(cat "$err")"
else
    note "the host has more than 62 GiB: --memory cannot exceed it (skipped)"
fi

# RLIMIT_NOFILE in the guest.
out=$(timeout 60 "$tandem" run -- "$rlimit" </dev/null 2>&1); st=$?
echo "$out" | sed 's/^/  /'
[[ $st == 0 ]] && grep -q "^rlimit ok$" <<<"$out" || fail "RLIMIT_NOFILE is not honoured"
pass
