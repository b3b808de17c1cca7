#!/usr/bin/env python3
"""Checks a tandem trace against the Chrome trace-event format's JSON Object
Format (what Perfetto's UI and trace processor import) and, given the
`--stats` report of the same run, its event counts against tandem's counters.

Usage: trace_check.py TRACE [--stats FILE] [--no-drops] [--min CATEGORY=N ...]
Prints the event counts by category; exits 1 with a reason on the first
violation.
"""
import argparse
import collections
import json
import re
import sys

PHASES = {"X", "i", "C", "M"}
EXIT_REASONS = ["none", "port i/o", "halt", "shutdown", "host signal", "internal error", "guest exception",
                "guest system call", "vmlib exit (composite)", "forbidden host system call (user-only)"]


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_event(k, e, names):
    where = "traceEvents[%d]" % k
    if not isinstance(e, dict):
        fail(where + " is not an object")
    ph = e.get("ph")
    if ph not in PHASES:
        fail("%s: phase %r is not one of %s" % (where, ph, sorted(PHASES)))
    if not isinstance(e.get("name"), str) or not e["name"]:
        fail(where + ": no name")
    for key in ("pid", "tid"):
        if not isinstance(e.get(key), int) or isinstance(e.get(key), bool):
            fail("%s: %s is not an integer" % (where, key))
    if not number(e.get("ts")) or e["ts"] < 0:
        fail(where + ": ts is not a non-negative number")
    if "cat" in e and not isinstance(e["cat"], str):
        fail(where + ": cat is not a string")
    if "args" in e and not isinstance(e["args"], dict):
        fail(where + ": args is not an object")
    if ph == "X" and (not number(e.get("dur")) or e["dur"] < 0):
        fail(where + ": a complete event without a non-negative dur")
    if ph == "i" and e.get("s") not in ("t", "p", "g"):
        fail(where + ": an instant event without scope s")
    if ph == "C" and not all(number(v) for v in e.get("args", {}).values()):
        fail(where + ": a counter with a non-numeric series")
    if ph == "M":
        if e["name"] not in ("process_name", "thread_name") or not isinstance(e.get("args", {}).get("name"), str):
            fail(where + ": metadata must be process_name/thread_name with args.name")
        names[(e["name"], e["pid"], e["tid"] if e["name"] == "thread_name" else 0)] = e["args"]["name"]


def check_nesting(events):
    """Slices of one thread must nest or follow each other, as the importer requires."""
    by_thread = collections.defaultdict(list)
    for e in events:
        if e["ph"] == "X":
            by_thread[(e["pid"], e["tid"])].append((e["ts"], e["ts"] + e["dur"], e["name"]))
    eps = 0.0015  # microseconds: the three decimals written, rounded
    for thread, slices in by_thread.items():
        slices.sort(key=lambda s: (s[0], -s[1]))
        stack = []
        for begin, end, name in slices:
            while stack and begin >= stack[-1][1] - eps:
                stack.pop()
            if stack and end > stack[-1][1] + eps:
                fail("slice %r at %.3f us on thread %s overlaps %r without nesting" % (name, begin, thread, stack[-1][2]))
            stack.append((begin, end, name))


def read_stats(path):
    """`tandem run --stats` as {section: {name: value}}."""
    sections = collections.defaultdict(dict)
    section = ""
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        m = re.match(r"^  (.*\S)\s+(\d+)$", line)
        if m and section:
            sections[section][m.group(1)] = int(m.group(2))
            continue
        m = re.match(r"^file service: (\S+) (\d+) \(", line)
        if m:
            sections["file service"][m.group(1)] = int(m.group(2))
            continue
        if line and not line.startswith(" "):
            section = line
    return sections


def main():
    p = argparse.ArgumentParser()
    p.add_argument("trace")
    p.add_argument("--stats")
    p.add_argument("--no-drops", action="store_true")
    p.add_argument("--min", action="append", default=[])
    a = p.parse_args()
    try:
        doc = json.load(open(a.trace))
    except ValueError as e:
        fail("not JSON: %s" % e)
    if not isinstance(doc, dict) or not isinstance(doc.get("traceEvents"), list):
        fail("not the JSON Object Format (an object with a traceEvents array)")
    if doc.get("displayTimeUnit", "ms") not in ("ms", "ns"):
        fail("displayTimeUnit must be ms or ns")
    other = doc.get("otherData")
    if not isinstance(other, dict) or not isinstance(other.get("tandem_dropped_events"), int):
        fail("otherData without tandem_dropped_events")
    names = {}
    events = doc["traceEvents"]
    for k, e in enumerate(events):
        check_event(k, e, names)
    for e in events:
        if e["ph"] in ("X", "i") and ("thread_name", e["pid"], e["tid"]) not in names:
            fail("event %r on pid %d tid %d, a thread without a name" % (e["name"], e["pid"], e["tid"]))
        if e["ph"] != "M" and ("process_name", e["pid"], 0) not in names:
            fail("event %r in pid %d, a process without a name" % (e["name"], e["pid"]))
    check_nesting(events)

    count = collections.Counter()
    syscalls = collections.Counter()
    for e in events:
        cat = e.get("cat", "")
        if cat == "page fault":
            cat += ": reflected" if e["ph"] == "X" else ": to guest"
        if cat == "device" and e["name"].startswith("file service: "):
            cat = "file service"
        count[cat] += 1
        if cat == "syscall":
            syscalls[e["name"]] += 1
    count["dropped"] = other["tandem_dropped_events"]
    print("trace: %d events, %s" % (len(events), ", ".join("%s %d" % kv for kv in sorted(count.items()) if kv[0])))
    if a.no_drops and (other["tandem_dropped_events"] or other.get("tandem_invalid_events") or other.get("tandem_lost_events")):
        fail("events were dropped, invalid or lost: %r" % other)
    for spec in a.min:
        cat, n = spec.rsplit("=", 1)
        if count[cat] < int(n):
            fail("%d events of category %r, expected at least %s" % (count[cat], cat, n))

    if a.stats:
        s = read_stats(a.stats)
        events_ = s["vmlib: events"]
        exits = sum(v for k, v in s["vmproc: exits by reason"].items() if k in EXIT_REASONS)
        want = {
            "syscall": events_["guest system calls"],
            "interrupt": events_["interrupts delivered"],
            "exception": sum(s["vmlib: exceptions delivered by vector (others: 0)"].values()),
            "page fault: reflected": events_["page faults: pages reflected"],
            "page fault: to guest": events_["page faults: delivered to guest"],
            "space switch": events_["vCPU moves between space processes (user-only)"],
            "exit": exits,
            "file service": sum(s["file service"].values()),
        }
        for cat, n in want.items():
            if count[cat] != n:
                fail("%d %s events in the trace, %d counted by --stats" % (count[cat], cat, n))
        by_number = s["vmlib: guest system calls by number (others: 0)"]
        if dict(syscalls) != by_number:
            diff = {k: (syscalls.get(k, 0), by_number.get(k, 0)) for k in set(syscalls) | set(by_number)
                    if syscalls.get(k, 0) != by_number.get(k, 0)}
            fail("system calls by name differ from --stats (trace, stats): %r" % diff)
        print("counts equal --stats: " + ", ".join("%s %d" % kv for kv in want.items()))


main()
