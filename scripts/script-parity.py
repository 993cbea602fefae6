#!/usr/bin/env python3
"""Does a plan read the same in traditional script? Converts simplified plans with OpenCC
(as download sites and Hong Kong or Taiwan offices do), lints the originals and each
conversion, and prints every finding or reading (kind, profile, year) that differs.

    pip install opencc                       # the converter; planlint itself does not need it
    python3 scripts/script-parity.py PLANS_DIR [--bin .build/debug/planlint] [--configs s2t s2hk s2tw]

The rules are written in simplified characters and the reader simplifies traditional text
character by character (Sources/PlanlintDocument/HanSimplification.swift). A converter that
writes a variant ICU does not map (諮詢 for 咨询, 衞生 for 卫生) or a phrase of its own makes a
rule miss; this is how such gaps were found. Exit status 1 when anything differs.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

from parity_difference import tally


def lint(binary, folder):
    out = subprocess.run([binary, "--format", "json", "--fail-on", "never", folder],
                         capture_output=True, text=True, check=True).stdout
    files = {}
    for report in json.loads(out)["files"]:
        name = os.path.relpath(report["path"], folder)
        findings = collections.Counter((f["rule"], f.get("kind"), f["line"]) for f in report["findings"])
        reading = {key: report.get(key) for key in ("kind", "profile", "year")}
        files[name] = (findings, reading)
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plans", help="folder of simplified .txt or .md plans")
    parser.add_argument("--bin", default=".build/debug/planlint")
    parser.add_argument("--configs", nargs="+", default=["s2t", "s2hk", "s2tw"],
                        help="OpenCC configurations (s2twp also rewrites Taiwan's vocabulary)")
    args = parser.parse_args()
    try:
        import opencc
    except ImportError:
        sys.exit("needs OpenCC's Python package: pip install opencc")

    sources = [os.path.join(root, name) for root, _, names in os.walk(args.plans)
               for name in names if name.endswith((".txt", ".md"))]
    differing = 0
    with tempfile.TemporaryDirectory() as scratch:
        original = os.path.join(scratch, "original")
        for config in ["original"] + args.configs:
            convert = None if config == "original" else opencc.OpenCC(config).convert
            for path in sources:
                target = os.path.join(scratch, config, os.path.relpath(path, args.plans))
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(path, encoding="utf-8", errors="replace") as source:
                    text = source.read()
                with open(target, "w", encoding="utf-8") as out:
                    out.write(convert(text) if convert else text)
        baseline = lint(args.bin, original)
        for config in args.configs:
            converted = lint(args.bin, os.path.join(scratch, config))
            lost = gained = changed = 0
            for name, (findings, reading) in sorted(baseline.items()):
                other, other_reading = converted.get(name, (collections.Counter(), {}))
                counts = tally(config, name, (reading, findings), (other_reading, other))
                changed, lost, gained = changed + counts[0], lost + counts[1], gained + counts[2]
            print(f"{config}: {len(baseline)} plans, {changed} read differently, {lost} findings lost, {gained} gained")
            differing += changed + lost + gained
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
