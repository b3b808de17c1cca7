# Helpers shared by the pressure tests (sourced).  Each test prints what it
# checks and ends with PASS, or FAIL: REASON and status 1.
fail() { echo "FAIL: $*"; exit 1; }
pass() { echo "PASS"; exit 0; }
# note WHAT RESULT: one line of what was seen.
note() { echo "- $*"; }
