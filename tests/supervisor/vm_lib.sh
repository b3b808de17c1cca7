# Sourced by the supervisor tests that talk to a running VM: a private
# control directory (other VMs on the machine do not interfere), the one VM
# a test starts in the background (`pid`, stopped with SIGTERM at exit), and
# waiting until `tandem ps` lists it.  The sourcing script defines fail()
# and sets `tandem` first.
work=$(mktemp -d)
export XDG_RUNTIME_DIR=$work/xdg
mkdir -m 700 "$XDG_RUNTIME_DIR"
pid=
cleanup() { [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Sets `id` to the VM id `tandem ps` gives the VM of $pid; fails if the VM
# ends or is not listed within 20 s.
wait_listed() {
    id=
    for _ in $(seq 100); do
        id=$("$tandem" ps | awk -v p="$pid" '$2 == p { print $1 }')
        [[ -n $id ]] && return 0
        kill -0 "$pid" 2>/dev/null || fail "tandem ended early"
        sleep 0.2
    done
    fail "tandem ps does not list pid $pid"
}
