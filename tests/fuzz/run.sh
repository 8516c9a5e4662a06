#!/usr/bin/env bash
# Builds the libFuzzer targets in a separate clang build (ASan + UBSan + fuzzer coverage on the
# core library too) and runs each for SECONDS on a copy of the seed corpus.
#
#   tests/fuzz/run.sh [SECONDS]      (default 60; ATTACHE_FUZZ_BUILD_DIR, default <repo>/build-fuzz)
#
# Crashes, leaks and sanitizer reports stop the run with a non-zero exit; the reproducer is left
# in the build dir under fuzz-artifacts/ (run the target on that file to see the report again).
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../.." && pwd -P)
build=${ATTACHE_FUZZ_BUILD_DIR:-$repo/build-fuzz}

# Outside the build environment (a Debian 12 host, say), run again inside it.
if ! command -v clang++ >/dev/null || ! pkg-config --exists md4c 2>/dev/null; then
    exec "$repo/packaging/devenv" exec env ATTACHE_FUZZ_BUILD_DIR="$build" "$here/run.sh" "$seconds"
fi

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DATTACHE_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target attache_fuzzers --parallel 2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
status=0
for format in plaintext html markdown feed json jsonlines pdf email mbox mhtml; do
    corpus=$build/fuzz-corpus/$format
    mkdir -p "$corpus"
    cp -n "$here"/corpus/* "$corpus"/ 2>/dev/null || true
    echo "fuzz_clean_$format: ${seconds}s"
    if ! "$build/bin/fuzz_clean_$format" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$format-" "$corpus" \
        >"$build/fuzz-$format.log" 2>&1; then
        echo "fuzz_clean_$format FAILED, see $build/fuzz-$format.log:" >&2
        grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$build/fuzz-$format.log" | head -n 20 >&2
        status=1
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$build/fuzz-$format.log" | tr '\n' ' '
    grep -oE "cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*" "$build/fuzz-$format.log" | tail -n 1
done
exit $status
