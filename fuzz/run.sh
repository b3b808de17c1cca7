#!/bin/bash
# Runs one fuzz target over its committed corpus.
#   run.sh TARGET CORPUS --runs N        bounded (CI): N inputs, then stop
#   run.sh TARGET CORPUS --time SECONDS  long runs by hand; new inputs are
#                                        kept in WORK (default: a temporary
#                                        directory, printed at the end)
#   run.sh TARGET CORPUS --time S --work DIR
# The committed corpus is only read; inputs the fuzzer finds go to the work
# directory.  Exit status: libFuzzer's (0 = no crash).
set -u
target=$1 corpus=$2
shift 2
runs='' seconds='' work=''
while (($#)); do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --time) seconds=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ -x $target ]] || { echo "run.sh: $target is not built" >&2; exit 2; }
keep=1
if [[ -z $work ]]; then work=$(mktemp -d /tmp/tandem-fuzz-XXXXXX); keep=0; fi
mkdir -p "$work/new" "$work/artifacts"
args=(-artifact_prefix="$work/artifacts/" -print_final_stats=1)
[[ -n $runs ]] && args+=(-runs="$runs")
[[ -n $seconds ]] && args+=(-max_total_time="$seconds")
"$target" "${args[@]}" "$work/new" "$corpus"
rc=$?
if ((rc != 0)); then
    echo "run.sh: crash inputs in $work/artifacts:"; ls -l "$work/artifacts"
elif ((keep == 0)) && [[ -n $runs ]]; then
    rm -rf "$work"
else
    echo "run.sh: new inputs in $work/new"
fi
exit $rc
