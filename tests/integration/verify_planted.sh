#!/usr/bin/env bash
# A guest image with a privileged instruction planted in its text must fail
# `tandem-rewrite --verify`, which names the instruction.
rewrite=$1; image=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Plant `cli` (0xfa) over the first byte of the image's entry point (in .text).
cp "$image" "$tmp/planted.elf"
entry=$(readelf -h "$image" | awk '/Entry point/ {print $4}')
off=""
while read -r type offset vaddr _ filesz _; do
  [[ $type == LOAD ]] || continue
  if (( entry >= vaddr && entry < vaddr + filesz )); then off=$((offset + entry - vaddr)); fi
done < <(readelf -lW "$image")
[[ -n $off ]] || { echo "FAIL: entry point $entry is in no loadable segment"; exit 1; }
printf '\xfa' | dd of="$tmp/planted.elf" bs=1 seek="$off" conv=notrunc status=none
out=$("$rewrite" --verify "$tmp/planted.elf" 2>&1); status=$?
echo "$out"
[[ $status -ne 0 ]] || { echo "FAIL: planted image verified"; exit 1; }
grep -q "cli" <<<"$out" || { echo "FAIL: message does not name cli"; exit 1; }
# An assembled object with a planted instruction fails too.
printf '.text\n.globl f\nf:\n\tmovq %%rax, %%cr3\n\tret\n' > "$tmp/p.s"
as "$tmp/p.s" -o "$tmp/p.o"
out=$("$rewrite" --verify "$tmp/p.o" 2>&1); status=$?
echo "$out"
[[ $status -ne 0 ]] && grep -q "cr3" <<<"$out" || { echo "FAIL: planted object verified"; exit 1; }
echo PASS
