#!/usr/bin/env bash
# The release binary (scripts/build-release.sh: optimised, static runtime, metadata by direct
# calls) must report what the debug build the tests run reports: the engine relies on
# unchecked exclusivity and unsafe buffers, which only optimised code exercises as shipped.
# Lints the Examples, the shared seed corpus when it is beside the repository, and the test
# fixtures' documents with both, and compares the JSON reports byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${RELEASE_CHECK_SCRATCH:-.build-release}
bash scripts/build-release.sh --scratch-path "$SCRATCH" --product planlint >&2
swift build --product planlint >&2
inputs=(Examples Tests/Fixtures/documents)
[[ -d ../shared/corpus ]] && inputs+=(../shared/corpus)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The fixtures hold unreadable documents on purpose, so both exit 1; the statuses must agree.
debug=0 release=0
"$(swift build --show-bin-path)/planlint" --format json --fail-on never "${inputs[@]}" > "$out/debug.json" 2>/dev/null || debug=$?
"$SCRATCH/release/planlint" --format json --fail-on never "${inputs[@]}" > "$out/release.json" 2>/dev/null || release=$?
if [[ $debug != "$release" ]]; then
    echo "release-check: exit status $release, the debug build's $debug" >&2
    exit 1
fi
if ! cmp -s "$out/debug.json" "$out/release.json"; then
    echo "release-check: the release build reports differently from the debug build" >&2
    diff <(python3 -m json.tool "$out/debug.json") <(python3 -m json.tool "$out/release.json") | head -40 >&2
    exit 1
fi
echo "release-check: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["files"]))' "$out/release.json") files, identical reports (exit $release)"
