#!/usr/bin/env bash
# Regression floor for the entity layer: typed relaxed F1 and precision per source on the shared
# evaluation data must stay at or above the floors given (a little under what the recognizer
# reaches; raise them when it improves, never lower them to make a change pass).
#
#   nlp_entities_floor.sh ATTACHE_BINARY EVAL_DIR SOURCE:F1:P …
set -euo pipefail
attache=$1 eval_dir=$2
shift 2
# Exit status 77 is ctest's skip (SKIP_RETURN_CODE).
[ -f "$eval_dir/nlp/entities.jsonl" ] || { echo "nlp_entities_floor: skipped: no evaluation data at $eval_dir/nlp/entities.jsonl (the shared evaluation data lives beside the repository in ../shared, not in a clone)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$attache" analyze --input-jsonl "$eval_dir/nlp/entities.jsonl" --output-jsonl "$work/pred.jsonl"
status=0
for floor in "$@"; do
    IFS=: read -r source f1_floor p_floor <<<"$floor"
    summary=$(python3 "$eval_dir/score_nlp.py" "$eval_dir/nlp/entities.jsonl" "$work/pred.jsonl" \
        --layer entities --source "$source" | tail -n 1)
    echo "$source: $summary"
    read -r f1 p < <(sed -E 's/^entities typed relaxed F1 ([0-9.]+) \(P ([0-9.]+).*/\1 \2/' <<<"$summary")
    if ! python3 -c "import sys; sys.exit(0 if $f1 >= $f1_floor and $p >= $p_floor else 1)"; then
        echo "$source: below the floor (F1 $f1 < $f1_floor or P $p < $p_floor)"
        status=1
    fi
done
exit $status
