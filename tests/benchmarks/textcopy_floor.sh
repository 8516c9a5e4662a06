#!/usr/bin/env bash
# Cleans every text copy of the evaluation set (by path, never copied) and scores it with the
# shared scorer; prints the scorer's "F1 … P … R … N …" line. With FLOOR, fails when F1 < FLOOR.
#
#   tests/benchmarks/textcopy_floor.sh ATTACHE_BINARY [FLOOR]
set -euo pipefail

attache=${1:?usage: textcopy_floor.sh ATTACHE_BINARY [FLOOR]}
floor=${2:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
shared=${ATTACHE_SHARED_DIR:-$(readlink -m "$here/../../../shared")}
set_dir=$shared/eval/clean/textcopy
# Exit status 77 is ctest's skip (SKIP_RETURN_CODE).
[ -d "$set_dir/text" ] || { echo "textcopy_floor: skipped: no evaluation set at $set_dir (the shared evaluation data lives beside the repository in ../shared, not in a clone)"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
QT_QPA_PLATFORM=offscreen "$attache" clean --format jsonl "$set_dir/text" > "$work/pred.jsonl"
python3 "$shared/eval/score_clean.py" "$set_dir/truth.json" "$work/pred.jsonl" | tee "$work/score.txt" | tail -n 1
if [ -n "$floor" ]; then
    f1=$(awk '/^F1 / {print $2}' "$work/score.txt" | tail -n 1)
    if ! awk -v f="$f1" -v floor="$floor" 'BEGIN { exit !(f >= floor) }'; then
        echo "textcopy_floor: F1 $f1 is under the floor $floor" >&2
        exit 1
    fi
    echo "textcopy_floor: F1 $f1 >= floor $floor"
fi
