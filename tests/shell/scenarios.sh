# Shell scenarios run by dash both natively and inside the guest (see
# run_scenarios.sh); every line of output must match.  Runs in a scratch
# directory given as $1.
cd "$1" || exit 2
echo "== pipelines"
echo hello | tr a-z A-Z
printf 'b\na\nc\n' | sort | head -n 2 | wc -l
seq 1 2000 | grep 7 | wc -l
yes | head -n 3
echo "== redirections"
echo one > f.txt
echo two >> f.txt
cat < f.txt
wc -l < f.txt
ls nonexistent 2> err.txt; echo "ls status $?"
grep -c "No such file" err.txt
exec 3> fd3.txt; echo via-fd3 >&3; exec 3>&-; cat fd3.txt
{ echo grouped; echo lines; } | cat
echo "== here-documents"
cat <<END
line one
  indented $((1 + 2))
END
cat <<'END'
no $expansion here
END
echo "== subshells and status"
(cd /; pwd)
pwd | sed 's|.*/||' | grep -c .
x=$(echo inner; exit 4); echo "subst status $? '$x'"
( exit 7 ); echo "subshell status $?"
false || echo "or works"
true && echo "and works"
sh -c 'exit 12'; echo "child sh $?"
echo "== loops, functions, builtins"
f() { echo "f got $#: $*"; return 3; }
f a "b c"; echo "func status $?"
i=0; while [ $i -lt 5 ]; do i=$((i + 1)); done; echo "i=$i"
for w in x y z; do printf '%s-' "$w"; done; echo
case foo.c in *.c) echo "case c";; *) echo other;; esac
echo "== job control basics"
sleep 0.2 & pid=$!
wait $pid; echo "waited $?"
(sleep 5; echo never) & bg=$!
kill $bg; wait $bg; echo "killed status $?"
sh -c 'kill -TERM $$'; echo "self-kill $?"
echo "== files"
mkdir -p a/b/c && touch a/b/c/file && find a | sort
ln -s a/b link && ls link
mv f.txt g.txt && ls g.txt && rm g.txt && ls g.txt 2>/dev/null; echo "rm then ls: $?"
cp /etc/hostname hn 2>/dev/null || echo x > hn; test -s hn && echo "copied"
echo "== environment"
FOO=bar sh -c 'echo $FOO'
env | grep -c '^PATH='
echo done
