#!/usr/bin/env bash
# What each rule file of a pack costs to lint a folder, in instructions (valgrind's
# callgrind), which unlike times do not move with the host's load: the figure to compare
# before and after changing a rule.
#
#   scripts/rule-costs.sh FOLDER [RULES_DIR]     # default RULES_DIR: Rules/
#
# For each rule file, lints FOLDER with that file and the vocabularies alone
# (`planlint-bench --no-bundled --stream`) and counts the instructions spent linting files
# (`LintRunner.lint`: reading, the automaton pass, the checks and their findings; not
# loading or compiling the pack, which a process does once). The cost of a rule file is
# that count less the count with the vocabularies alone. Prints a Markdown table, dearest
# first. A 100-file sample of the benchmark corpus takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

FOLDER=${1:?usage: scripts/rule-costs.sh FOLDER [RULES_DIR]}
RULES=${2:-Rules}
SCRATCH=${BENCH_SCRATCH:-.build-bench}
command -v valgrind >/dev/null || { echo "rule-costs: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
    bash scripts/build-release.sh --scratch-path "$SCRATCH" --product planlint-bench >&2
fi
BENCH=$SCRATCH/release/planlint-bench
[[ -x "$BENCH" ]] || { echo "rule-costs: no $BENCH: build first" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LINT_SYMBOL='$s14PlanlintEngine10LintRunnerV4lintyAA10FileReportVAA14InputCollectorV4ItemOF'

instructions() {  # instructions DIR: callgrind's count inside LintRunner.lint
    local count
    count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect="$LINT_SYMBOL" \
        "$BENCH" --no-bundled --rules "$1" --stream "$FOLDER" 2>&1 | awk '/Collected/ {print $NF}')
    [[ -n "$count" && "$count" != 0 ]] || { echo "rule-costs: no count for $1 (symbol renamed?)" >&2; exit 2; }
    echo "$count"
}

vocabularies=$(find "$RULES" -maxdepth 1 -name 'vocabularies.yaml')
mkdir -p "$WORK/base"
[[ -n "$vocabularies" ]] && cp "$vocabularies" "$WORK/base/"
BASE=$(instructions "$WORK/base")

echo "| rule file | rules | instructions (M) | share of all rules |"
echo "| --- | --- | --- | --- |"
find "$RULES" -mindepth 2 -name '*.yaml' | sort | while read -r file; do
    name=${file#"$RULES"/}
    dir="$WORK/${name//\//-}"
    mkdir -p "$dir"
    cp "$file" "$dir/"
    [[ -n "$vocabularies" ]] && cp "$vocabularies" "$dir/"
    echo "$name $(grep -c '^  - id:' "$file") $(( $(instructions "$dir") - BASE ))"
done | sort -k3 -nr | awk -v base="$BASE" '
    { name[NR] = $1; rules[NR] = $2; cost[NR] = $3; total += $3 }
    END {
        for (i = 1; i <= NR; i++)
            printf "| %s | %d | %.1f | %.1f %% |\n", name[i], rules[i], cost[i] / 1e6, 100 * cost[i] / total
        printf "| reading and scanning, no rule | | %.1f | |\n", base / 1e6
    }'
