#!/usr/bin/env bash
# With --stats, every event class the selftest exercises has a non-zero count:
# rewritten instructions, exceptions, interrupts, system calls, reflected
# pages and invalidations.
tandem=$1
err=$(timeout 60 "$tandem" run --kernel selftest --stats 2>&1 >/dev/null < /dev/null); status=$?
printf '%s\n' "$err"
[[ $status -eq 0 ]] || { echo "FAIL: exit status $status"; exit 1; }
fail=0
for pattern in "guest system calls" "interrupts delivered" "page faults: pages reflected" \
               "invalidations: whole user window" "invalidations: one page" "exits: port i/o" \
               "exits: halt" "entries to guest user mode"; do
  line=$(grep -F -- "$pattern" <<<"$err" | head -1)
  n=$(grep -oE '[0-9]+' <<<"${line##*:}" | head -1)
  if [[ -z $n || $n -eq 0 ]]; then echo "FAIL: '$pattern' is zero or missing"; fail=1; fi
done
for kind in cli sti pushf popf hlt lgdt lidt ltr iretq sysretq swapgs rdmsr wrmsr cpuid clts; do
  line=$(grep -E -- "^ *(site|instruction)[^:]*\b$kind\b" <<<"$err" | head -1)
  [[ -z $line ]] && line=$(grep -E -- "^ *$kind[ :]" <<<"$err" | head -1)
  n=$(grep -oE '[0-9]+' <<<"${line##*:}" | head -1)
  if [[ -z $n || $n -eq 0 ]]; then echo "FAIL: instruction '$kind' count is zero or missing"; fail=1; fi
done
for vec in "#UD" "#DE" "#BP" "#GP" "#PF" "#NM"; do
  line=$(grep -F -- "$vec (vector" <<<"$err" | head -1)
  n=$(grep -oE '[0-9]+' <<<"${line##*:}" | head -1)
  if [[ -z $n || $n -eq 0 ]]; then echo "FAIL: exception $vec count is zero or missing"; fail=1; fi
done
[[ $fail -eq 0 ]] && echo PASS
exit $fail
