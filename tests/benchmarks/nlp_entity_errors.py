#!/usr/bin/env python3
"""Lists the entity layer's errors on the shared evaluation data, by kind, for error analysis.

  tests/benchmarks/nlp_entity_errors.py PRED.jsonl SOURCE [fp] [te] [fn]

PRED.jsonl comes from `attache analyze --input-jsonl ../shared/eval/nlp/entities.jsonl
--output-jsonl PRED.jsonl`. Matching follows score_nlp.py (relaxed: any overlap, greatest overlap
first). Prints counts, then the requested lists: fp (predictions matching no named gold mention,
with any gold annotation of another kind they overlap), te (type errors: prediction type, gold
type, both surfaces) and fn (gold mentions no prediction overlaps), each with context.
The data is read by path (ATTACHE_EVAL_DIR or ../shared/eval) and never copied.
"""
import json, os, sys

MAP = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    eval_dir = os.environ.get("ATTACHE_EVAL_DIR", os.path.normpath(os.path.join(here, "../../../shared/eval")))
    gold = {}
    for line in open(os.path.join(eval_dir, "nlp/entities.jsonl"), encoding="utf-8"):
        o = json.loads(line)
        gold[o["id"]] = o
    pred = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            pred[o["id"]] = o
    source, wanted = sys.argv[2], set(sys.argv[3:])
    fps, fns, type_errors = [], [], []
    for did, g in gold.items():
        if not did.startswith(source) or "entities" not in g.get("layers", ["entities"]):
            continue
        t = g["text"]
        ga = [x for x in g["entities"] if x["type"] in ("PER", "ORG", "LOC") and x.get("named", True)]
        pa = [dict(x, type=MAP[x["type"]]) for x in pred.get(did, {}).get("entities", []) if x.get("type") in MAP]
        used, pairs = set(), {}
        for i, x in enumerate(ga):
            best = None
            for j, p in enumerate(pa):
                if j not in used and p["start"] < x["end"] and x["start"] < p["end"]:
                    ov = min(p["end"], x["end"]) - max(p["start"], x["start"])
                    if best is None or ov > best[0]:
                        best = (ov, j)
            if best:
                used.add(best[1])
                pairs[best[1]] = i
            else:
                fns.append((did, x["type"], t[x["start"]:x["end"]], t[max(0, x["start"] - 40):x["end"] + 40]))
        for j, p in enumerate(pa):
            context = t[max(0, p["start"] - 50):p["end"] + 50]
            surface = t[p["start"]:p["end"]]
            if j in pairs:
                x = ga[pairs[j]]
                if x["type"] != p["type"]:
                    type_errors.append((did, p["type"], x["type"], surface, t[x["start"]:x["end"]], context))
            else:
                other = [(y["type"], t[y["start"]:y["end"]]) for y in g["entities"]
                         if y["start"] < p["end"] and p["start"] < y["end"]]
                fps.append((did, p["type"], surface, other, context))
    print(f"false positives {len(fps)}, type errors {len(type_errors)}, false negatives {len(fns)}")
    flat = lambda s: s.replace("\n", " ")
    if "fp" in wanted:
        for did, typ, surface, other, context in fps:
            print(f"FP {did[-12:]} {typ} {surface!r} overlaps {other} | {flat(context)}")
    if "te" in wanted:
        for did, typ, gold_type, surface, gold_surface, context in type_errors:
            print(f"TE {did[-12:]} {typ} gold {gold_type} {surface!r} {gold_surface!r} | {flat(context)}")
    if "fn" in wanted:
        for did, typ, surface, context in fns:
            print(f"FN {did[-12:]} {typ} {surface!r} | {flat(context)}")


if __name__ == "__main__":
    main()
