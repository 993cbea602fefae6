#!/usr/bin/env bash
# Builds and runs one libFuzzer target (docs/reliability.md).
#
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags…]
#   TARGET: yaml | rules | text | lint | docx | json      (or "build" to only build all six)
#
# The targets live in Fuzz/ and are declared in Package.swift only when PLANLINT_FUZZ is set,
# so a plain `swift build`/`swift test` never sees them. They are built in release mode with
# -sanitize=fuzzer,address in their own scratch path (.build-fuzz). Seeds are copied at run time
# from the fixtures and ../shared/corpus into .build-fuzz/work/TARGET (git-ignored); nothing
# of the corpus is committed. Crashes land in .build-fuzz/work/TARGET/artifacts/.
set -euo pipefail

usage() { echo "usage: scripts/fuzz.sh yaml|rules|text|lint|docx|json|build SECONDS [libFuzzer flags…]" >&2; exit 2; }
target=${1:-}; [ -n "$target" ] || usage
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scratch="$root/.build-fuzz"
shared="$root/../shared/corpus"

# The build-time rule embedder (a plugin tool, for targets linking the bundled pack) is built
# with the sanitizers too; its leaks at exit would fail the build step.
build() {
    ASAN_OPTIONS=detect_leaks=0 PLANLINT_FUZZ=1 nice -n 10 swift build -c release --scratch-path "$scratch" --product "fuzz-$1" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -g -Xswiftc -use-ld=lld
}

if [ "$target" = build ]; then
    for t in yaml rules text lint docx json; do build "$t"; done
    exit 0
fi
case "$target" in yaml|rules|text|lint|docx|json) ;; *) usage ;; esac

build "$target"
binary="$scratch/release/fuzz-$target"
work="$scratch/work/$target"
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
rm -f "$work/seeds"/*

# Seeds, copied fresh each run.
seed() { for f in "$@"; do [ -f "$f" ] && cp "$f" "$work/seeds/$(echo "$f" | tr '/' '_')" || true; done; }
shopt -s nullglob globstar
case "$target" in
    yaml|rules)
        seed Rules/**/*.yaml Tests/Fixtures/rules/**/*.yaml Tests/Fixtures/rules/**/*.yml \
            Tests/Fixtures/bad-input/rules/**/*.yaml Tests/Fixtures/bad-input/rules/**/*.yml \
            Tests/Fixtures/bad-input/config/**/*.yaml Examples/**/.planlint.yaml
        ;;
    text|lint)
        seed Tests/Fixtures/documents/*.txt Tests/Fixtures/documents/*.md Examples/**/*.txt Examples/**/*.md \
            Tests/Fixtures/bad-input/documents/*.txt Tests/Fixtures/bad-input/documents/*.md \
            "$shared"/seeds/*.txt "$shared"/formats/*.txt
        ;;
    docx)
        seed Tests/Fixtures/documents/*.docx Examples/**/*.docx Tests/Fixtures/bad-input/documents/*.docx \
            "$shared"/formats/*.docx
        # The XML parts alone too: the target wraps non-zip input as word/document.xml.
        python3 - "$work/seeds" <<'PY'
import sys, zipfile, pathlib
out = pathlib.Path(sys.argv[1])
for path in list(out.glob("*.docx")):
    try:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith(".xml") and z.getinfo(name).file_size < 1_000_000:
                    (out / (path.name + "." + name.replace("/", "_"))).write_bytes(z.read(name))
    except Exception:
        pass
PY
        ;;
    json)
        # Messages as editors send them, written by the tests' own client.
        python3 - "$work/seeds" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
text = "一、指导思想\n\t3月召开职代会，\"职工\"代表 😀\\ \u2028"
messages = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": "file:///w", "capabilities": {}}},
    {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///w/a.md", "languageId": "markdown", "version": 1, "text": text}}},
    {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///w/a.md", "version": 2}, "contentChanges": [{"text": text * 3}]}},
    [{"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}],
    {"numbers": [0, -1, 2.5, 1e3, -0.25e-2, 9223372036854775807, 1.7976931348623157e308]},
]
for index, message in enumerate(messages):
    (out / f"message-{index}.json").write_text(json.dumps(message, ensure_ascii=index % 2 == 0), encoding="utf-8")
PY
        ;;
esac
echo "fuzz-$target: $(ls "$work/seeds" | wc -l) seeds, $(ls "$work/corpus" | wc -l) corpus entries, ${seconds}s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
# Swift's own crash backtracer trips ASan; let libFuzzer report the trap instead.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
set +e
nice -n 10 "$binary" "$work/corpus" "$work/seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$@" 2>&1 | tee "$work/last-run.log" | grep -v '^#[0-9]*.*\(NEW\|REDUCE\|pulse\)' 
status=${PIPESTATUS[0]}
set -e
echo "fuzz-$target: exit $status; log $work/last-run.log; artifacts: $(ls "$work/artifacts" | wc -l)"
exit "$status"
