# Sourced by the scripts that run real programs natively and in the guest
# and compare what a normalizer keeps of their output.  The caller sets
# $tandem (the tandem binary), $work (a scratch directory) and fail=0.

# compare NAME NORMALIZER COMMAND...: the command natively, then in the
# guest, each output piped through NORMALIZER (a shell function); the
# outputs and exit statuses must be the same, and the native output not
# empty.  A difference prints FAIL and sets fail=1.
compare() {
    local name=$1 norm=$2; shift 2
    timeout 120 "$@" 2>&1 | $norm > "$work/native"; local nrc=${PIPESTATUS[0]}
    timeout 300 "$tandem" run --workdir / -- "$@" 2>&1 | $norm > "$work/guest"; local grc=${PIPESTATUS[0]}
    if ! diff -u "$work/native" "$work/guest" > "$work/diff" || [[ $nrc != "$grc" ]] || [[ ! -s $work/native ]]; then
        echo "FAIL $name (native rc=$nrc, guest rc=$grc)"; cat "$work/diff"; fail=1
    else
        echo "ok $name ($(wc -l < "$work/native") lines, rc=$nrc)"
    fi
}
