#!/usr/bin/env bash
# A plain git pre-commit hook: lints the staged version of every added, copied, modified or
# renamed plan (.txt, .md, .docx) and stops the commit when planlint fails (findings at or
# above --fail-on, or an unreadable file). Install from the repository root:
#
#   ln -s ../../scripts/git-pre-commit-hook.sh .git/hooks/pre-commit
#
# Environment: PLANLINT (the command, default planlint), PLANLINT_ARGS (extra arguments,
# e.g. "--fail-on warning --quiet"), PLANLINT_FILES (extended regex of paths to lint, matched
# without regard to case: 计划.DOCX from Windows is a plan too).
# Skip once with `git commit --no-verify`.
set -uo pipefail

planlint=${PLANLINT:-planlint}
pattern=${PLANLINT_FILES:-'\.(txt|text|md|markdown|docx)$'}
shopt -s nocasematch
read -r -a extra <<<"${PLANLINT_ARGS:-}"

if ! command -v "$planlint" >/dev/null 2>&1; then
    echo "pre-commit: '$planlint' not found; install planlint or set PLANLINT (skip with git commit --no-verify)" >&2
    exit 1
fi

# .planlint.yaml is found from the working directory, which git sets to the top level.
cd "$(git rev-parse --show-toplevel)" || exit 1

status=0
while IFS= read -r -d '' file; do
    [[ $file =~ $pattern ]] || continue
    # The staged content, not the working tree: what is linted is what gets committed.
    # --stdin-filename=NAME, so a name starting with '-' is not taken for an option.
    if ! git show ":$file" | "$planlint" "${extra[@]}" --stdin-filename="$file" -; then
        status=1
    fi
done < <(git diff --cached --name-only --diff-filter=ACMR -z)

if [[ $status -ne 0 ]]; then
    echo "pre-commit: planlint found problems in staged plans (fix them, or commit with --no-verify)" >&2
fi
exit $status
