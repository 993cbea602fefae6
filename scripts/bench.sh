#!/usr/bin/env bash
# Benchmark of planlint on a generated corpus, against the grep -F floor (issue 6).
#
#   scripts/bench.sh            # build release, make the corpora under .bench/, run all
#   BENCH_MB=20 scripts/bench.sh  # smaller corpus for a quick look
#   BENCH_SKIP_SCALING=1 / BENCH_NO_BUILD=1 / BENCH_RUNS=N (best of N, default 3)
#   BENCH_BIN=path/to/planlint (compare another build; implies BENCH_NO_BUILD)
#   BENCH_RESULTS=file (default .bench/results.md)
#
# Everything it writes goes under .bench/ (git-ignored): corpora, rule folder, reports,
# and the summary in .bench/results.md. Figures and their meaning: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

MB=${BENCH_MB:-50}
RUNS=${BENCH_RUNS:-3}
SEED=${BENCH_SEED:-1}
OUT=.bench
SCRATCH=${BENCH_SCRATCH:-.build-bench}
mkdir -p "$OUT"

# Built as a release is (scripts/build-release.sh: the Swift runtime and Foundation linked
# in, metadata by direct calls), since start-up is part of what is measured.
if [[ -z "${BENCH_NO_BUILD:-}" && -z "${BENCH_BIN:-}" ]]; then
    bash scripts/build-release.sh --scratch-path "$SCRATCH" --product planlint >&2
    bash scripts/build-release.sh --scratch-path "$SCRATCH" --product planlint-bench >&2
fi
BIN=${BENCH_BIN:-$SCRATCH/release/planlint}
[[ -x "$BIN" ]] || { echo "no $BIN: build first" >&2; exit 2; }
if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time for peak RSS" >&2
    apt-get install -y time >/dev/null
fi

corpus() {  # corpus DIR MB SEED: generate once per (MB, seed)
    local dir=$1 mb=$2 seed=$3
    if [[ "$(cat "$dir/.stamp" 2>/dev/null)" != "$mb $seed" ]]; then
        python3 scripts/make-bench-corpus.py --out "$dir" --mb "$mb" --seed "$seed" >&2
        echo "$mb $seed" > "$dir/.stamp"
    fi
}
bytes_of() { find "$1" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s+=$1} END {print s}'; }
files_of() { find "$1" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l; }

# best_of CMD [FILE]: run CMD (a shell string) RUNS times under /usr/bin/time -v; print
# "wall_seconds peak_rss_kb cpu_seconds" of the fastest run (cpu = user + sys, which other
# load on the machine disturbs less than wall time). FILE, when given, is removed before
# each run, outside the timing: a report renamed over the last run's 194 MB one makes ext4
# free the old file and flush the new one in the rename (0.1 s here), which is the file
# system's time, not planlint's; the "replacing" row measures it.
best_of() {
    local cmd=$1 fresh=${2:-} best="" rss="" cpu=""
    for _ in $(seq "$RUNS"); do
        if [[ -n "$fresh" ]]; then rm -f "$fresh"; fi
        /usr/bin/time -v -o "$OUT/time.txt" bash -c "$cmd" || true
        local wall kb used
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$OUT/time.txt")
        kb=$(awk -F': ' '/Maximum resident/ {print $2}' "$OUT/time.txt")
        used=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$OUT/time.txt")
        if [[ -z "$best" ]] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$wall; rss=$kb; cpu=$used; fi
    done
    echo "$best $rss $cpu"
}

corpus "$OUT/corpus" "$MB" "$SEED"
python3 scripts/make-bench-corpus.py --extra-rules "$OUT/extra" --rules 200 --seed "$SEED" >&2
# Pack vs pack + 200 rules: `--rules Rules --rules extra/` as the issue asks; when Rules/ in
# the working tree is ahead of the binary (it fails to load), the bundled pack plus extra/
# through a configuration file, the same rules by another door.
printf 'rules: [extra]\ninclude_bundled: true\n' > "$OUT/extra.planlint.yaml"
if "$BIN" rules --rules Rules > /dev/null 2>&1; then
    PACK_ARGS="--rules Rules"
    EXTRA_ARGS="--rules Rules --rules $OUT/extra"
else
    echo "Rules/ does not load with $BIN; comparing through $OUT/extra.planlint.yaml" >&2
    PACK_ARGS=""
    EXTRA_ARGS="--config $OUT/extra.planlint.yaml"
fi
"$BIN" rules --terms > "$OUT/terms.txt"
"$BIN" rules --terms $EXTRA_ARGS > "$OUT/terms-extra.txt"

BYTES=$(bytes_of "$OUT/corpus")
FILES=$(files_of "$OUT/corpus")
MBYTES=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}')
echo "corpus: $FILES files, $MBYTES MB; terms: $(wc -l < "$OUT/terms.txt") (pack), $(wc -l < "$OUT/terms-extra.txt") (pack + 200 rules)" >&2

# The floor: one grep -F pass over the same files, output to a file (see docs/performance.md).
read -r GREP_S _ GREP_CPU <<< "$(best_of "grep -F -c -r --include=*.txt --include=*.md -f $OUT/terms.txt $OUT/corpus > $OUT/grep.out")"
read -r GREPX_S _ <<< "$(best_of "grep -F -c -r --include=*.txt --include=*.md -f $OUT/terms-extra.txt $OUT/corpus > $OUT/grep-extra.out")"

# Whole pack over the corpus, JSON report to a file; then the short human report (--quiet:
# the error-level findings only, a quarter of the JSON's size), to see what the report costs.
# planlint-bench --stream gives the engine with no report at all.
read -r LINT_S LINT_KB LINT_CPU <<< "$(best_of "$BIN --format json -o $OUT/report.json $OUT/corpus" "$OUT/report.json")"
read -r REPLACE_S _ REPLACE_CPU <<< "$(best_of "$BIN --format json -o $OUT/report.json $OUT/corpus")"
read -r QUIET_S _ QUIET_CPU <<< "$(best_of "$BIN --quiet --fail-on never $OUT/corpus > $OUT/quiet.txt")"
# The same through the rule folders, then with the 200 generated rules.
read -r PACK_S _ PACK_CPU <<< "$(best_of "$BIN $PACK_ARGS --format json -o $OUT/report-rules.json $OUT/corpus" "$OUT/report-rules.json")"
read -r EXTRA_S EXTRA_KB EXTRA_CPU <<< "$(best_of "$BIN $EXTRA_ARGS --format json -o $OUT/report-extra.json $OUT/corpus" "$OUT/report-extra.json")"
EXTRA_FINDINGS=$(python3 -c "import json,sys; print(sum(len(f['findings']) for f in json.load(open(sys.argv[1]))['files']))" "$OUT/report-extra.json" 2>/dev/null || echo '?')
PACK_FINDINGS=$(python3 -c "import json,sys; print(sum(len(f['findings']) for f in json.load(open(sys.argv[1]))['files']))" "$OUT/report-rules.json" 2>/dev/null || echo '?')

# One ~30 KB plan through standard input, process start included: median of 21 runs.
PLAN=$(find "$OUT/corpus" -name '*.txt' -size +29k -size -31k | sort | head -1)
STDIN_MS=$(for _ in $(seq 21); do
    start=$EPOCHREALTIME
    "$BIN" --format json - < "$PLAN" > "$OUT/stdin.json" || true
    end=$EPOCHREALTIME
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f\n", (b - a) * 1000}'
done | sort -n | sed -n 11p)
read -r _ STDIN_KB <<< "$(best_of "$BIN --format json - < $PLAN > $OUT/stdin.json")"

# Submitted plans are mostly .docx. The formats corpus holds real Word files of two plans
# (LibreOffice's and pandoc's) beside the same plans as text: 200 copies of each file, linted
# both ways, say what reading the Word package costs over reading its text.
FORMATS=${BENCH_FORMATS:-../shared/corpus/formats}
DOCX_ROW=""
if compgen -G "$FORMATS/*.docx" > /dev/null; then
    rm -rf "$OUT/docx" "$OUT/docx-text"
    mkdir -p "$OUT/docx" "$OUT/docx-text"
    for source in "$FORMATS"/*.docx "$FORMATS"/*.crlf.txt; do
        case "$source" in *.docx) into=$OUT/docx ;; *) into=$OUT/docx-text ;; esac
        name=$(basename "$source")
        for copy in $(seq -w 1 200); do cp "$source" "$into/$copy-$name"; done
    done
    DOCX_FILES=$(find "$OUT/docx" -type f | wc -l)
    read -r DOCX_S _ DOCX_CPU <<< "$(best_of "$BIN --quiet --fail-on never $OUT/docx > $OUT/docx.txt")"
    read -r DTEXT_S _ DTEXT_CPU <<< "$(best_of "$BIN --quiet --fail-on never $OUT/docx-text > $OUT/docx-text.txt")"
    TEXT_FILES=$(find "$OUT/docx-text" -type f | wc -l)
    DOCX_ROW=$(awk -v n="$DOCX_FILES" -v d="$DOCX_S" -v dc="$DOCX_CPU" -v m="$TEXT_FILES" -v t="$DTEXT_S" -v tc="$DTEXT_CPU" 'BEGIN {
        printf "| %d Word files of the formats corpus (--quiet) | %.2f s, %.0f files/s, CPU %.1f ms a file; their plans as %d text files: %.2f s, %.0f files/s, CPU %.1f ms a file |\n", n, d, n/d, dc*1000/n, m, t, m/t, tc*1000/m }')
fi

SCALE=""
if [[ -z "${BENCH_SKIP_SCALING:-}" ]]; then
    corpus "$OUT/corpus2x" "$((MB * 2))" "$((SEED + 1))"
    corpus "$OUT/corpus4x" "$((MB * 4))" "$((SEED + 2))"
    read -r S2 K2 C2 <<< "$(best_of "$BIN --format json -o $OUT/report2x.json $OUT/corpus2x" "$OUT/report2x.json")"
    read -r S4 K4 C4 <<< "$(best_of "$BIN --format json -o $OUT/report4x.json $OUT/corpus4x" "$OUT/report4x.json")"
    B2=$(bytes_of "$OUT/corpus2x")
    B4=$(bytes_of "$OUT/corpus4x")
    SCALE=$(awk -v b1="$BYTES" -v s1="$LINT_S" -v k1="$LINT_KB" -v c1="$LINT_CPU" -v b2="$B2" -v s2="$S2" -v k2="$K2" -v c2="$C2" -v b4="$B4" -v s4="$S4" -v k4="$K4" -v c4="$C4" 'BEGIN {
        printf "| 1x | %.1f MB | %.2f s | %.2f s | %.1f MB/s | %.0f MB |\n", b1/1e6, s1, c1, b1/1e6/s1, k1/1024
        printf "| 2x | %.1f MB | %.2f s | %.2f s | %.1f MB/s | %.0f MB |\n", b2/1e6, s2, c2, b2/1e6/s2, k2/1024
        printf "| 4x | %.1f MB | %.2f s | %.2f s | %.1f MB/s | %.0f MB |\n", b4/1e6, s4, c4, b4/1e6/s4, k4/1024 }')
fi

{
    echo "## Results $(date -u +%Y-%m-%dT%H:%MZ) ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), working tree)"
    echo
    echo "Binary: $BIN. Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'); corpus $FILES files, $MBYTES MB (seed $SEED); best of $RUNS."
    echo
    awk -v b="$BYTES" -v f="$FILES" -v g="$GREP_S" -v gc="$GREP_CPU" -v gx="$GREPX_S" -v l="$LINT_S" -v k="$LINT_KB" -v lc="$LINT_CPU" -v p="$PACK_S" -v pc="$PACK_CPU" -v x="$EXTRA_S" -v xc="$EXTRA_CPU" -v pf="$PACK_FINDINGS" -v xf="$EXTRA_FINDINGS" -v pa="${PACK_ARGS:-(bundled)}" -v xa="$EXTRA_ARGS" -v xk="$EXTRA_KB" -v sm="$STDIN_MS" -v sk="$STDIN_KB" -v q="$QUIET_S" -v qc="$QUIET_CPU" -v r="$REPLACE_S" -v rc="$REPLACE_CPU" 'BEGIN {
        print "| measure | value |"
        print "| --- | --- |"
        printf "| planlint, bundled pack, JSON to a new file | %.2f s, %.1f MB/s, %.0f files/s (CPU %.2f s) |\n", l, b/1e6/l, f/l, lc
        printf "| the same, replacing the last run'"'"'s report | %.2f s, %.1f MB/s (CPU %.2f s) |\n", r, b/1e6/r, rc
        printf "| planlint, bundled pack, errors only (--quiet, human) | %.2f s, %.1f MB/s (CPU %.2f s) |\n", q, b/1e6/q, qc
        printf "| grep -F -c -f TERMS (pack terms), to a file | %.2f s (CPU %.2f s) |\n", g, gc
        printf "| **planlint / grep** | **%.1fx** wall, %.1fx CPU |\n", l/g, lc/(gc > 0 ? gc : 0.01)
        printf "| peak RSS, bundled pack | %.0f MB |\n", k/1024
        printf "| pack: %s | %.2f s (CPU %.2f s), %s findings |\n", pa, p, pc, pf
        printf "| pack + 200 rules: %s | %.2f s (CPU %.2f s, %.2fx the pack), %s findings, peak RSS %.0f MB |\n", xa, x, xc, xc/pc, xf, xk/1024
        printf "| grep with the +200 rules terms | %.2f s |\n", gx
        printf "| one 30 KB plan via stdin, wall (median of 21) | %.1f ms, peak RSS %.0f MB |\n", sm, sk/1024 }'
    if [[ -n "$DOCX_ROW" ]]; then echo "$DOCX_ROW"; fi
    if [[ -n "$SCALE" ]]; then
        echo
        echo "| input | size | wall | CPU | throughput (wall) | peak RSS |"
        echo "| --- | --- | --- | --- | --- | --- |"
        echo "$SCALE"
    fi
} | tee "${BENCH_RESULTS:-$OUT/results.md}"
