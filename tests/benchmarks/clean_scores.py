#!/usr/bin/env python3
"""Scores Attaché's cleaner on the evaluation sets in ../shared/eval/clean.

Runs `attache clean --format jsonl` over each set, renames ids where the set needs it (the
readability pages are all called source.html: their id is the page folder's name) and prints
the scorer's line for each set, plus title/byline agreement on the readability pages.

Usage: clean_scores.py [--attache CMD] [--sets aeb,readability,textcopy] [--keep DIR]
CMD defaults to the built program run through packaging/devenv.
"""
import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
EVAL = pathlib.Path(os.environ.get("ATTACHE_EVAL_DIR", ROOT.parent / "shared" / "eval"))


def run_cleaner(attache, files):
    command = attache + ["clean", "--format", "jsonl"] + [str(f) for f in files]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0 and not done.stdout:
        sys.exit(f"clean_scores: {' '.join(command[:4])} … failed:\n{done.stderr[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def score(truth, articles, workdir, name, id_of):
    pred = pathlib.Path(workdir) / f"{name}.jsonl"
    with open(pred, "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps({"id": id_of(article), "text": article.get("text", "")}) + "\n")
    done = subprocess.run([sys.executable, str(EVAL / "score_clean.py"), str(truth), str(pred)],
                          capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def same(a, b):
    norm = lambda s: re.sub(r"\W+", " ", (s or "").lower()).strip()
    return norm(a) == norm(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--attache", default=f"{ROOT}/packaging/devenv exec attache")
    ap.add_argument("--sets", default="aeb,readability,textcopy")
    ap.add_argument("--keep", help="write the predictions into this folder")
    a = ap.parse_args()
    attache = a.attache.split()
    sets = a.sets.split(",")
    workdir = a.keep or tempfile.mkdtemp(prefix="attache-clean-scores-")
    os.makedirs(workdir, exist_ok=True)
    clean = EVAL / "clean"
    stem = lambda article: pathlib.Path(article["path"]).stem
    folder = lambda article: pathlib.Path(article["path"]).parent.name
    if "aeb" in sets:
        files = sorted((clean / "aeb" / "html").glob("*.html"))
        print("aeb        ", score(clean / "aeb" / "truth.json", run_cleaner(attache, files), workdir, "aeb", stem))
    if "readability" in sets:
        files = sorted((clean / "readability" / "pages").glob("*/source.html"))
        articles = run_cleaner(attache, files)
        print("readability", score(clean / "readability" / "truth.json", articles, workdir, "readability", folder))
        titles = bylines = bylineCases = dates = dateCases = 0
        for article in articles:
            meta = json.load(open(pathlib.Path(article["path"]).parent / "expected-metadata.json", encoding="utf-8"))
            titles += same(article.get("title"), meta.get("title"))
            if meta.get("byline"):
                bylineCases += 1
                bylines += same(article.get("byline"), meta.get("byline"))
            if meta.get("publishedTime"):
                dateCases += 1
                dates += (article.get("published") or "")[:10] == meta["publishedTime"][:10]
        print(f"readability metadata: title {titles}/{len(articles)} byline {bylines}/{bylineCases} "
              f"date {dates}/{dateCases}")
    if "textcopy" in sets:
        files = sorted((clean / "textcopy" / "text").glob("*.txt"))
        print("textcopy   ", score(clean / "textcopy" / "truth.json", run_cleaner(attache, files), workdir, "textcopy", stem))


if __name__ == "__main__":
    main()
