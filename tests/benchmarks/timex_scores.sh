#!/usr/bin/env bash
# Scores the temporal tagger on the shared evaluation set (TempEval-3 platinum and MEANTIME), one
# line per source: relaxed F1, strict F1, value F1 (TempEval-3 style), as score_nlp.py prints them.
#
#   tests/benchmarks/timex_scores.sh [ATTACHE_BINARY]
#
# Default binary: build/bin/attache. Run it inside the build environment, e.g.
#   packaging/devenv exec tests/benchmarks/timex_scores.sh
# With --check SOURCE:RELAXED:VALUE … it also fails when a source scores under the given floors
# (the ctest regression test uses this).
set -euo pipefail

repo=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd -P)
attache="$repo/build/bin/attache"
checks=()
while [ $# -gt 0 ]; do
    case "$1" in
        --check) checks+=("$2"); shift 2 ;;
        *) attache=$1; shift ;;
    esac
done
eval_dir=${ATTACHE_EVAL_DIR:-$(readlink -m "$repo/../shared/eval")}
gold="$eval_dir/nlp/temporal.jsonl"
# Exit status 77 is ctest's skip (SKIP_RETURN_CODE).
[ -r "$gold" ] || { echo "timex_scores: skipped: no evaluation data at $gold (the shared evaluation data lives beside the repository in ../shared, not in a clone)"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s.%N)
"$attache" analyze --input-jsonl "$gold" --output-jsonl "$work/pred.jsonl"
finished=$(date +%s.%N)
python3 - "$gold" "$started" "$finished" <<'PY'
import json, sys
documents = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
seconds = float(sys.argv[3]) - float(sys.argv[2])
characters = sum(len(d["text"]) for d in documents)
print(f"analysed {len(documents)} documents ({characters} characters) in {seconds:.2f} s, whole analyser, including start-up")
PY

status=0
for source in te3 meantime; do
    summary=$(python3 "$eval_dir/score_nlp.py" "$gold" "$work/pred.jsonl" --layer timex --source "$source" | tail -1)
    echo "$source: $summary"
    relaxed=$(sed -E 's/.*relaxed F1 ([0-9.]+).*/\1/' <<<"$summary")
    value=$(sed -E 's/.*value F1 ([0-9.]+).*/\1/' <<<"$summary")
    for check in "${checks[@]}"; do
        IFS=: read -r check_source min_relaxed min_value <<<"$check"
        [ "$check_source" = "$source" ] || continue
        if ! python3 -c "import sys; sys.exit(0 if $relaxed >= $min_relaxed and $value >= $min_value else 1)"; then
            echo "$source: below the floor (relaxed F1 $relaxed < $min_relaxed or value F1 $value < $min_value)" >&2
            status=1
        fi
    done
done

# Robustness: one absurd 1 MB article made of dates, clock times, huge years and long words.
if [ ${#checks[@]} -eq 0 ]; then
    python3 - "$work/absurd.jsonl" <<'PY'
import json, random, sys
random.seed(7)
pieces = ["On March 5, 2020 the minister said", "in the year 30000", "last Tuesday", "every 3 weeks", "2019",
          "at 14:00 GMT", "the 1990s", "Q3", "yesterday morning", "99999 years", "March", "May", "x" * 50, ". ", "\n"]
text = " ".join(random.choice(pieces) for _ in range(75000))
open(sys.argv[1], "w").write(json.dumps({"id": "absurd", "text": text, "dct": "2025-03-05"}) + "\n")
PY
    started=$(date +%s.%N)
    "$attache" analyze --input-jsonl "$work/absurd.jsonl" --output-jsonl "$work/absurd-out.jsonl"
    finished=$(date +%s.%N)
    python3 - "$work/absurd.jsonl" "$work/absurd-out.jsonl" "$started" "$finished" <<'PY'
import json, sys
size = len(json.loads(open(sys.argv[1]).readline())["text"])
out = json.loads(open(sys.argv[2]).readline())
print(f"absurd article: {size} characters, {len(out['timex'])} expressions, {len(out['events'])} events"
      f" in {float(sys.argv[4]) - float(sys.argv[3]):.2f} s")
PY
fi
exit $status
