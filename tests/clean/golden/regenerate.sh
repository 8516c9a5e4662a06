#!/usr/bin/env bash
# Rewrites tests/clean/golden/reference/* from the current cleaner, on purpose: run it after a
# change that is meant to alter the output, then review `git diff tests/clean/golden/reference`
# before committing.
#
#   tests/clean/golden/regenerate.sh [BUILD_DIR]     (default: <repo>/build)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../../.." && pwd -P)
build=${1:-$repo/build}
"$repo/packaging/devenv" exec cmake --build "$build" --target golden_test
"$repo/packaging/devenv" exec env ATTACHE_GOLDEN_REGENERATE=1 QT_QPA_PLATFORM=offscreen "$build/bin/golden_test"
git -C "$repo" status --short -- tests/clean/golden/reference
