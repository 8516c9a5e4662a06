#!/usr/bin/env bash
# Scores Attaché's entity and temporal-expression layers on the shared evaluation data.
#
#   tests/benchmarks/nlp_scores.sh [ATTACHE_BINARY]
#
# Runs `attache analyze --input-jsonl` on ../shared/eval/nlp/{entities,temporal}.jsonl and prints
# the scorer's summary for entities (re3d, meantime) and timex (te3, meantime). Run it where the
# built program runs (inside `packaging/devenv exec` on a Debian 12 host). The data is read by path
# and never copied; predictions go to a temporary directory.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../.." && pwd -P)
eval_dir=${ATTACHE_EVAL_DIR:-$(readlink -m "$repo/../shared/eval")}
attache=${1:-${ATTACHE_BINARY:-$repo/build/bin/attache}}
[ -x "$attache" ] || attache=$(command -v attache || true)
[ -n "$attache" ] && [ -x "$attache" ] || { echo "nlp_scores: no attache binary (build first or pass its path)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$attache" analyze --input-jsonl "$eval_dir/nlp/entities.jsonl" --output-jsonl "$work/entities.pred.jsonl"
"$attache" analyze --input-jsonl "$eval_dir/nlp/temporal.jsonl" --output-jsonl "$work/temporal.pred.jsonl"

for source in re3d meantime; do
    printf 'entities %-9s ' "$source"
    python3 "$eval_dir/score_nlp.py" "$eval_dir/nlp/entities.jsonl" "$work/entities.pred.jsonl" \
        --layer entities --source "$source" | tail -n 1
done
for source in te3 meantime; do
    printf 'timex    %-9s ' "$source"
    python3 "$eval_dir/score_nlp.py" "$eval_dir/nlp/temporal.jsonl" "$work/temporal.pred.jsonl" \
        --layer timex --source "$source" | tail -n 1
done
