#!/usr/bin/env python3
"""Compare two planlint builds by running them alternately, as docs/performance.md does.

    scripts/ab-compare.py OLD NEW [--corpus DIR] [--plan FILE] [--runs N] [--plan-runs N]

On a shared machine wall time moves by tens of percent within minutes, so two builds timed
one after the other compare the machine's moods, not the builds. Here every measure runs
OLD and NEW in turn (the order flipped on every round), so both see the same load:

  json    planlint --format json -o FILE CORPUS        (wall and CPU seconds)
  quiet   planlint --quiet --fail-on never CORPUS      (wall and CPU seconds)
  stdin   planlint --format json - < PLAN              (wall milliseconds, process included)

Prints the median (and range, or p10/p90 for stdin) of each. Both builds must report the
same thing; the JSON reports are compared byte for byte and a difference is reported.
"""
import filecmp
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def option(args, name, default):
    if name in args:
        at = args.index(name)
        value = args[at + 1]
        del args[at:at + 2]
        return value
    return default


args = sys.argv[1:]
corpus = option(args, "--corpus", os.path.join(root, ".bench/corpus"))
plan = option(args, "--plan", os.path.join(corpus, "plan-00042.txt"))
runs = int(option(args, "--runs", "6"))
plan_runs = int(option(args, "--plan-runs", "100"))
if len(args) != 2:
    sys.exit(__doc__)
builds = {"old": args[0], "new": args[1]}


def timed(command, stdin=None):
    """Wall and CPU seconds of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def alternate(rounds, command_for, stdin=None):
    """Runs each build `rounds` times, flipping the order every round."""
    results = {name: [] for name in builds}
    for round_number in range(rounds):
        order = list(builds.items())
        if round_number % 2:
            order.reverse()
        for name, binary in order:
            results[name].append(timed(command_for(name, binary), stdin))
    return results


with tempfile.TemporaryDirectory() as scratch:
    reports = {name: os.path.join(scratch, name + ".json") for name in builds}

    def json_command(name, binary):
        # Each run writes a new file (removed here, before the timing): renamed over the last
        # run's report, ext4 frees the old one and flushes the new one inside the rename.
        if os.path.exists(reports[name]):
            os.remove(reports[name])
        return [binary, "--format", "json", "-o", reports[name], corpus]

    json_runs = alternate(runs, json_command)
    quiet_runs = alternate(runs, lambda name, binary: [binary, "--quiet", "--fail-on", "never", corpus])
    same = filecmp.cmp(reports["old"], reports["new"], shallow=False)
with open(plan, "rb") as handle:
    plan_bytes = handle.read()
stdin_runs = alternate(plan_runs, lambda name, binary: [binary, "--format", "json", "-"], stdin=plan_bytes)

print(f"corpus {corpus}, {runs} alternated runs; plan {plan}, {plan_runs} runs; load {os.getloadavg()[0]:.2f}")
for label, results in [("json", json_runs), ("quiet", quiet_runs)]:
    for name in builds:
        walls = sorted(wall for wall, _ in results[name])
        cpus = sorted(cpu for _, cpu in results[name])
        print(
            f"{label:6} {name}: wall median {statistics.median(walls):.2f} s ({walls[0]:.2f}-{walls[-1]:.2f}), "
            f"CPU median {statistics.median(cpus):.2f} s ({cpus[0]:.2f}-{cpus[-1]:.2f})"
        )
for name in builds:
    walls = sorted(wall * 1000 for wall, _ in stdin_runs[name])
    tenth = len(walls) // 10
    print(
        f"stdin  {name}: median {statistics.median(walls):.2f} ms, "
        f"p10 {walls[tenth]:.2f} ms, p90 {walls[-1 - tenth]:.2f} ms"
    )
print("JSON reports identical" if same else "JSON REPORTS DIFFER")
sys.exit(0 if same else 1)
