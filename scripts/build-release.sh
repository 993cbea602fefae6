#!/usr/bin/env bash
# Builds planlint as it is installed and measured: release, the Swift runtime and Foundation
# linked in, and type metadata reached by direct calls instead of mangled names.
#
#   scripts/build-release.sh                       # .build/release/planlint
#   scripts/build-release.sh --scratch-path DIR --product planlint-bench
#
# --static-swift-stdlib: the binary runs without a Swift toolchain, and a process starts in
#   about 5 ms instead of 9 (no shared Foundation to load and relocate).
# -disable-concrete-type-metadata-mangled-name-accessors (a compiler frontend flag): code
#   that needs the metadata of a type such as [TermSet: CompiledTermSet] calls its accessor
#   directly, where by default it hands the runtime a mangled name to demangle, and the
#   runtime then scans every conformance record of the static binary (about 5,800) for the
#   key's Hashable. Each such type cost ~350 k instructions the first time; with the
#   argument parser's own, a one-plan run drops from 80.6 M to 72.4 M instructions, about
#   1.5 ms (docs/performance.md). It changes how code reaches metadata, not what it does;
#   .ci/run lints the Examples and the seeds with this build and with the debug build and
#   compares the reports.
set -euo pipefail
cd "$(dirname "$0")/.."
exec swift build -c release --static-swift-stdlib \
    -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors "$@"
