#!/usr/bin/env python3
"""Write a deterministic benchmark corpus of plan-sized files.

Paragraphs come from ../shared/corpus/seeds/*.txt and Examples/*.txt|*.md (read at run
time, never copied into the repository). Each output file gets a title line, then runs of
consecutive paragraphs (so headings keep their bodies) drawn from random sources, until it
reaches a random size between --min-kb and --max-kb. Same seed, same bytes.

    scripts/make-bench-corpus.py --out .bench/corpus --mb 50 --seed 1
    scripts/make-bench-corpus.py --extra-rules .bench/extra --rules 200 --seed 1

Prints "files bytes" on the last line. With --extra-rules it writes a rule folder of N
generated rules instead (half forbid, half require), each with its own distinct literal
terms drawn from the same sources (for the rule-count scaling benchmark; see write_rules).
"""
import argparse
import glob
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

UNITS = ["市总工会", "区教育局工会", "县人民医院工会", "街道社区工会", "某某公司工会", "第一中学工会",
         "市邮政局工会", "机关工会委员会", "开发区企业工会", "市交通局工会"]


def sources(shared):
    paths = sorted(glob.glob(os.path.join(shared, "corpus", "seeds", "*.txt")))
    paths += sorted(glob.glob(os.path.join(ROOT, "Examples", "*.txt")))
    paths += sorted(glob.glob(os.path.join(ROOT, "Examples", "*.md")))
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            text = handle.read().lstrip("\ufeff")
        paragraphs = [line.rstrip() for line in text.splitlines() if line.strip()]
        # A seed with no line breaks: cut it at sentence ends so it can be recombined.
        split = []
        for paragraph in paragraphs:
            if len(paragraph) > 600:
                pieces = paragraph.split("。")
                chunk = ""
                for piece in pieces:
                    if not piece:
                        continue
                    chunk += piece + "。"
                    if len(chunk) > 200:
                        split.append(chunk)
                        chunk = ""
                if chunk:
                    split.append(chunk)
            else:
                split.append(paragraph)
        if split:
            docs.append((path, split))
    return docs


HAN = re.compile(r"[\u4e00-\u9fff]+")


def write_rules(docs, rng, folder, count):
    """N rules with distinct literal terms, shaped like real ones: forbid rules look for
    4-character phrases that never occur in the sources (boilerplate that a clean plan does
    not have, so they cost scanning, not findings); require rules name 2-character words
    among the commonest of the sources (a real plan mentions what is required), so most
    files satisfy them. The benchmark then measures what more rules cost the engine, not
    what 3x the findings cost the reporter."""
    text = "\n".join(p for _, paragraphs in docs for p in paragraphs)
    runs = HAN.findall(text)
    bigrams = {}
    for run in runs:
        for i in range(len(run) - 1):
            bigrams[run[i:i + 2]] = bigrams.get(run[i:i + 2], 0) + 1
    common = sorted(bigrams, key=lambda b: (-bigrams[b], b))
    chars = sorted({c for run in runs for c in run})
    seen = set()

    def rare():
        while True:
            candidate = "".join(rng.choice(chars) for _ in range(4))
            if candidate not in seen and candidate not in text:
                seen.add(candidate)
                return candidate

    def frequent():
        for candidate in common:
            if candidate not in seen:
                seen.add(candidate)
                return candidate
        raise SystemExit("not enough distinct common words for %d rules" % count)

    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".yaml"):
            os.remove(os.path.join(folder, name))
    out = ["rules:"]
    for index in range(count):
        forbid = index % 2 == 0
        terms = [rare() for _ in range(3)] if forbid else [frequent() for _ in range(3)]
        quoted = ", ".join('"%s"' % t for t in terms)
        out += [
            "  - id: bench.rule%03d" % index,
            "    title: 基准规则%d" % index,
            "    title_en: Benchmark rule %d" % index,
            "    kind: %s" % ("forbid" if forbid else "require"),
            "    severity: info",
            "    match: [%s]" % quoted,
            "    message: 基准规则%d（「{match}」）。" % index if forbid else "    message: 基准规则%d：缺少相关内容。" % index,
            "    message_en: \"Benchmark rule %d.\"" % index,
            "    basis: 性能基准生成的规则",
        ]
    with open(os.path.join(folder, "bench-extra.yaml"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")
    print(count, "rules", len(seen), "terms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra-rules", help="write a folder of generated rules here instead of a corpus")
    parser.add_argument("--rules", type=int, default=200, help="how many rules --extra-rules writes")
    parser.add_argument("--out", help="output folder (created; old .txt/.md in it are removed)")
    parser.add_argument("--mb", type=float, default=50.0, help="total size in MB (10^6 bytes)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-kb", type=int, default=8)
    parser.add_argument("--max-kb", type=int, default=40)
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"),
                        help="the shared folder holding corpus/seeds (default: ../shared)")
    args = parser.parse_args()

    docs = sources(args.shared)
    if not docs:
        sys.exit("no source paragraphs found under %s and Examples/" % args.shared)
    rng = random.Random(args.seed)
    if args.extra_rules:
        write_rules(docs, rng, args.extra_rules, args.rules)
        return
    if not args.out:
        sys.exit("give --out (corpus) or --extra-rules (rule folder)")
    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):
        if name.endswith((".txt", ".md")):
            os.remove(os.path.join(args.out, name))

    target = int(args.mb * 1_000_000)
    total = 0
    count = 0
    while total < target:
        size = rng.randint(args.min_kb * 1024, args.max_kb * 1024)
        year = rng.randint(2019, 2027)
        unit = rng.choice(UNITS)
        lines = ["%s%d年工作计划" % (unit, year), ""]
        used = len(lines[0].encode("utf-8")) + 2
        taken = set()  # (source, paragraph): no paragraph twice in one file
        attempts = 0
        while used < size and attempts < 10000:
            attempts += 1
            source = rng.randrange(len(docs))
            paragraphs = docs[source][1]
            start = rng.randrange(len(paragraphs))
            run = rng.randint(3, 25)
            full = False
            for offset, paragraph in enumerate(paragraphs[start:start + run]):
                if (source, start + offset) in taken:
                    break
                cost = len(paragraph.encode("utf-8")) + 1
                if used + cost > size and used >= args.min_kb * 1024:
                    full = True
                    break
                taken.add((source, start + offset))
                lines.append(paragraph)
                used += cost
            if full:
                break
        data = ("\n".join(lines) + "\n").encode("utf-8")
        # Cut to the size drawn, on a line end, never below min-kb.
        if len(data) > args.max_kb * 1024:
            cut = data.rfind(b"\n", 0, args.max_kb * 1024)
            data = data[:cut + 1]
        ext = ".md" if count % 10 == 9 else ".txt"
        name = "plan-%05d%s" % (count, ext)
        with open(os.path.join(args.out, name), "wb") as handle:
            handle.write(data)
        total += len(data)
        count += 1
    print(count, total)


if __name__ == "__main__":
    main()
