#!/bin/sh
# bench/compile-job.sh: the timed part of the gawk compile benchmark.  It runs
# *inside* each configuration (natively, in a tandem guest, in UML, in qemu),
# under whatever /bin/sh that environment has, and times with that
# environment's own clock (date +%s.%N), so boot and set-up are never counted.
#
# usage: compile-job.sh TREE RESULT full|quick [QUICK_TARGETS...]
#   full:  ./configure, then Debian's doc touch step, then make -j1
#   quick: make -j1 QUICK_TARGETS in a tree that is already configured
# Appends "PHASE,SECONDS,EXIT_STATUS[,LAST LOG LINE]" lines to RESULT (the
# last line of the phase's log only when it failed); logs go to TREE/*.log.
tree=$1 result=$2 mode=$3
shift 3
cd "$tree" || { echo "setup,NA,cd-failed" >>"$result"; exit 1; }
now() { date +%s.%N; }
# why LOG: the failed phase's last log line, without CSV-breaking characters.
why() { printf ',%s' "$(tail -n1 "$1" | tr -d ',"\r' | cut -c1-120)"; }
span() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
if [ "$mode" = full ]; then
    t0=$(now); ./configure >configure.log 2>&1; rc=$?; t1=$(now)
    echo "configure,$(span "$t0" "$t1"),$rc$([ $rc = 0 ] || why configure.log)" >>"$result"
    [ $rc = 0 ] || exit 1
    touch --date="Jan 01 2000" doc/gawktexi.in doc/sidebar.awk doc/gawk.texi doc/gawk.info \
        doc/gawkinet.texi doc/gawkinet.info doc/gawkworkflow.texi doc/gawkworkflow.info \
        doc/pm-gawk.texi doc/pm-gawk.info
    t0=$(now); make -j1 >make.log 2>&1; rc=$?; t1=$(now)
    echo "make,$(span "$t0" "$t1"),$rc$([ $rc = 0 ] || why make.log)" >>"$result"
    [ $rc = 0 ] || exit 1
else
    t0=$(now); make -j1 "$@" >quick.log 2>&1; rc=$?; t1=$(now)
    echo "quick,$(span "$t0" "$t1"),$rc$([ $rc = 0 ] || why quick.log)" >>"$result"
    [ $rc = 0 ] || exit 1
fi
exit 0
