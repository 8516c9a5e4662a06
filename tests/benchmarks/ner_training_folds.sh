#!/usr/bin/env bash
# Scores a way of training the entity tagger on its training corpus alone, so that a feature or an
# option is chosen without the evaluation data: the corpus is cut into PARTS contiguous parts (in
# the order of its lines), each part is tagged by a model trained on the others, and the tagger's
# typed relaxed F1 on each part and their mean are printed.
#
#   tests/benchmarks/ner_training_folds.sh [--parts N] CORPUS.jsonl [-- TRAINING OPTIONS…]
#
# The training options are attache-train-ner's (the shipped model's come from its .model.json);
# without them the tool's defaults are used. Example, the Arabic model's:
#
#   tests/benchmarks/ner_training_folds.sh ../shared/train/multi/ar-anercorp.jsonl -- \
#       --epochs 40 --seed 20261201 --hold-out-every 20 --prune 0.05 --outside-margin 4
#
# Only the tagger is scored (attache-train-ner --predict), not the rules after it. A part is left
# out by its ids (--exclude matches prefixes: where one id begins another, as "t/1" and "t/12",
# the longer one's text is left out of training too). Run it where the
# built program runs (inside `packaging/devenv exec` on a Debian 12 host); ATTACHE_BIN_DIR holds
# attache-train-ner (default build/bin). The corpus is read by path, never copied into the project.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../.." && pwd -P)
eval_dir=${ATTACHE_EVAL_DIR:-$(readlink -m "$repo/../shared/eval")}
bin=${ATTACHE_BIN_DIR:-$repo/build/bin}
parts=3
if [ "${1:-}" = --parts ]; then
    parts=$2
    shift 2
fi
corpus=${1:?usage: ner_training_folds.sh [--parts N] CORPUS.jsonl [-- TRAINING OPTIONS…]}
shift
[ "${1:-}" = -- ] && shift
[ -x "$bin/attache-train-ner" ] || { echo "ner_training_folds: no $bin/attache-train-ner (build first)" >&2; exit 2; }
[ -f "$eval_dir/score_nlp.py" ] || { echo "ner_training_folds: no scorer at $eval_dir/score_nlp.py" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Each part's texts into part-K.jsonl, and their ids into part-K.ids (one --exclude each).
python3 - "$corpus" "$parts" "$work" <<'PY'
import json, sys
corpus, parts, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = [line for line in open(corpus, encoding="utf-8") if line.strip()]
for k in range(parts):
    chunk = lines[k * len(lines) // parts:(k + 1) * len(lines) // parts]
    with open(f"{work}/part-{k}.jsonl", "w", encoding="utf-8") as texts, open(f"{work}/part-{k}.ids", "w") as ids:
        for line in chunk:
            texts.write(line)
            ids.write(json.loads(line)["id"] + "\n")
PY

scores=()
for ((k = 0; k < parts; ++k)); do
    excluded=()
    while read -r id; do excluded+=(--exclude "$id"); done <"$work/part-$k.ids"
    "$bin/attache-train-ner" --output "$work/model-$k" "$@" "${excluded[@]}" \
        --predict "$work/part-$k.jsonl:$work/tagged-$k.jsonl" "$corpus" >"$work/train-$k.log" 2>&1 \
        || { cat "$work/train-$k.log" >&2; exit 1; }
    line=$(python3 "$eval_dir/score_nlp.py" "$work/part-$k.jsonl" "$work/tagged-$k.jsonl" --layer entities | tail -n 1)
    echo "part $((k + 1)) of $parts: $line"
    scores+=("$(sed -E 's/^entities typed relaxed F1 ([0-9.]+) .*/\1/' <<<"$line")")
done
python3 -c "import sys; f = [float(x) for x in sys.argv[1:]]; print('mean typed relaxed F1 %.2f' % (sum(f) / len(f)))" "${scores[@]}"
