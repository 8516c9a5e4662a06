#!/bin/sh
# Regenerates the expected Markdown (*.md) from the inputs (*.json) on purpose, after a deliberate
# change of the export format. Review the diff before committing it.
set -eu
repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo"
packaging/devenv exec cmake --build build --target notesmarkdown_test
ATTACHE_REGENERATE_GOLDEN=1 packaging/devenv exec build/bin/notesmarkdown_test golden
git -C "$repo" status --short tests/annotate/golden
