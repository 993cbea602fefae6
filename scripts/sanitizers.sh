#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and/or ThreadSanitizer (docs/reliability.md).
#
#   scripts/sanitizers.sh [address|thread|all] [extra `swift test` arguments…]
#
# Each sanitizer builds in its own scratch path (.build-asan, .build-tsan) so the ordinary
# .build is untouched. The CLI tests run the sanitized planlint binary built beside the tests,
# so hostile inputs go through the sanitizer too. A sanitizer report in a child makes it exit
# 86 (address) or 66 (thread) instead of planlint's 0/1/2, which the tests flag. Logs go to
# .build-asan/sanitizer.log and .build-tsan/sanitizer.log.
set -uo pipefail

which=${1:-all}
shift $(( $# > 0 ? 1 : 0 ))
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Swift's crash backtracer fights the sanitizers' signal handling; let them report.
export SWIFT_BACKTRACE=enable=no
# Leak reports are off: the Swift runtime and Foundation keep caches alive to exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:exitcode=86:abort_on_error=0}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0:exitcode=66:second_deadlock_stack=1}

status=0
run() {
    local sanitizer=$1 scratch=$2
    shift 2
    local log="$scratch/sanitizer.log"
    mkdir -p "$scratch"
    echo "== $sanitizer: building (scratch $scratch)"
    if ! nice -n 10 swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" > "$scratch/build.log" 2>&1; then
        tail -n 30 "$scratch/build.log"
        echo "== $sanitizer: build failed"
        status=1
        return
    fi
    echo "== $sanitizer: testing"
    PLANLINT_SANITIZER=$sanitizer nice -n 10 swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "$@" \
        > "$log" 2>&1
    local result=$?
    local reports
    reports=$(grep -c "ERROR: AddressSanitizer\|WARNING: ThreadSanitizer" "$log")
    grep -E "Test run with|tests? passed|tests? failed|Executed [0-9]+ test" "$log" | tail -n 3
    echo "== $sanitizer: swift test exit $result, sanitizer reports: $reports (log $log)"
    if [ "$result" -ne 0 ] || [ "$reports" -ne 0 ]; then status=1; fi
}

case "$which" in
    address) run address .build-asan "$@" ;;
    thread) run thread .build-tsan "$@" ;;
    all) run address .build-asan "$@"; run thread .build-tsan "$@" ;;
    *) echo "usage: scripts/sanitizers.sh [address|thread|all] [swift test arguments…]" >&2; exit 2 ;;
esac
exit $status
