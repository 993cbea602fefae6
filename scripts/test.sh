#!/usr/bin/env bash
# Every test: the Swift test suites, then each bundled rule's own pass/fail examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
swift build --build-tests
swift test --skip-build
swift run planlint test --strict Rules/
