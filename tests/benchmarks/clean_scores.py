#!/usr/bin/env python3
"""Scores Attaché's cleaner on the evaluation sets in ../shared/eval/clean.

Runs `attache clean --format jsonl` over each set, renames ids where the set needs it (the
readability pages are all called source.html: their id is the page folder's name) and prints
the scorer's line for each set, plus title/byline agreement on the readability pages.

By-site folds: every page is given its site (the registrable name of its address's host:
"www.nytimes.com" and "nytimes.com" are one site), and every site a fold, from a hash of its
name, the same in every set. A rule written while looking at pages of one fold is judged by the
scores of the others, on sites it was not written for. The `aeb` and `textcopy` pages take their
address from the truth's `url`; a readability page from its canonical or Open Graph address, else
from its folder's name less a trailing number ("nytimes-2" is "nytimes"). Sites of one publisher
under different names (several newspapers on one template) still fall into different folds.

The `pdf` set is the `aeb` pages printed to PDF by Chromium, scored against the same truth (its
sites and folds are those of `aeb`). For it the cleaner runs pinned to one core (`taskset -c 0`)
under GNU time, and a line "pdf speed: N documents, S CPU-s (user+sys), D documents per
CPU-second" follows its scores.

Usage: clean_scores.py [--attache CMD] [--sets aeb,readability,textcopy,pdf] [--keep DIR]
                       [--folds N] [--worst N]
CMD defaults to the built program run through packaging/devenv. Prints, for each set,
"SET         F1 … P … R … N …", then "SET/foldK   F1 … P … R … N …" for each fold; with
--worst, the N lowest-scoring pages of each set with their precision, recall, site and fold,
to find the kinds of failure (never to tune for a page).
"""
import argparse
import hashlib
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
EVAL = pathlib.Path(os.environ.get("ATTACHE_EVAL_DIR", ROOT.parent / "shared" / "eval"))


# A set is cleaned in seconds; a run that takes minutes is stuck, and says where before it fails.
CLEAN_TIMEOUT = 200


def stuck_threads():
    """Where each thread of every attache process is waiting (from /proc), for the failure message."""
    lines = []
    for proc in pathlib.Path("/proc").glob("[0-9]*"):
        try:
            if not (proc / "exe").resolve().name == "attache":
                continue
            for task in sorted((proc / "task").iterdir()):
                wchan = (task / "wchan").read_text().strip()
                syscall = (task / "syscall").read_text().split()[0]
                state = [l for l in (task / "status").read_text().splitlines() if l.startswith("State")][0]
                lines.append(f"  pid {proc.name} thread {task.name}: {state}, wchan {wchan}, syscall {syscall}")
        except (OSError, IndexError):
            continue
    return "\n".join(lines) or "  (no attache process left)"


def run_cleaner(attache, files, timed=False):
    """The cleaned articles; with timed, also the CPU seconds (user + system) the cleaner took on
    one core, from GNU time (inside the build environment when CMD runs through devenv)."""
    program = attache[-1:]
    if timed:
        program = ["taskset", "-c", "0", "/usr/bin/time", "-f", "cpu-seconds %U %S", "--"] + program + ["--jobs", "1"]
    command = attache[:-1] + program + ["clean", "--format", "jsonl"] + [str(f) for f in files]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT) as process:
        try:
            stdout, stderr = process.communicate(timeout=CLEAN_TIMEOUT)
        except subprocess.TimeoutExpired:
            where = stuck_threads()
            process.kill()
            sys.exit(f"clean_scores: {' '.join(command[:4])} … did not finish in {CLEAN_TIMEOUT} s\n{where}")
    done = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    if done.returncode != 0 and not done.stdout:
        sys.exit(f"clean_scores: {' '.join(command[:4])} … failed:\n{done.stderr[-2000:]}")
    articles = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    if not timed:
        return articles
    times = re.findall(r"^cpu-seconds ([0-9.]+) ([0-9.]+)$", done.stderr, re.M)
    if not times:
        sys.exit(f"clean_scores: no CPU time from GNU time:\n{done.stderr[-2000:]}")
    return articles, float(times[-1][0]) + float(times[-1][1])


def site_of_host(host):
    """The registrable name of a host: "news.example.co.uk" and "www.example.com" give "example"."""
    labels = [label for label in (host or "").lower().split(".") if label]
    if not labels:
        return ""
    # Country domains with a short second level ("co.uk", "com.br") drop one more label.
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else labels[0]


def site_of_url(url):
    return site_of_host(urllib.parse.urlparse(url or "").hostname)


ADDRESS = re.compile(r"""<(?:link[^>]+rel=["']?canonical|meta[^>]+property=["']?og:url)[^>]*>""", re.I)
HREF = re.compile(r"""(?:href|content)=["']?(https?://[^"'\s>]+)""", re.I)


def site_of_readability_page(folder):
    html = (folder / "source.html").read_text(encoding="utf-8", errors="replace")
    for tag in ADDRESS.findall(html):
        href = HREF.search(tag)
        if href and site_of_url(href.group(1)):
            return site_of_url(href.group(1))
    return re.sub(r"-\d+$", "", folder.name)


def fold_of(site, folds):
    return int(hashlib.md5(site.encode("utf-8")).hexdigest(), 16) % folds


def score(truth, articles, workdir, name, id_of, sites, folds, worst):
    pred = pathlib.Path(workdir) / f"{name}.jsonl"
    with open(pred, "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps({"id": id_of(article), "text": article.get("text", "")}) + "\n")
    scorer = [sys.executable, str(EVAL / "score_clean.py"), str(truth), str(pred)]
    done = subprocess.run(scorer + ["--per-doc"], capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    print(f"{name:<11}", lines[-1])
    for k in range(folds):
        ids = pathlib.Path(workdir) / f"{name}.fold{k + 1}.ids"
        members = sorted(key for key, site in sites.items() if fold_of(site, folds) == k)
        ids.write_text("".join(f"{key}\n" for key in members), encoding="utf-8")
        done = subprocess.run(scorer + ["--ids", str(ids)], capture_output=True, text=True, check=True)
        print(f"{name + '/fold' + str(k + 1):<11}", done.stdout.strip().splitlines()[-1])
    if worst:
        pages = []
        for line in lines[:-1]:
            key, p, r = line.split("\t")
            p, r = float(p[2:]), float(r[2:])
            pages.append((2 * p * r / (p + r) if p + r else 0.0, p, r, key))
        for f1, p, r, key in sorted(pages)[:worst]:
            site = sites.get(key, "")
            print(f"  worst {name}: F1 {f1:.3f} P {p:.3f} R {r:.3f}  fold{fold_of(site, folds) + 1} {site:<16} {key[:24]}")


def same(a, b):
    norm = lambda s: re.sub(r"\W+", " ", (s or "").lower()).strip()
    return norm(a) == norm(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--attache", default=f"{ROOT}/packaging/devenv exec attache")
    ap.add_argument("--sets", default="aeb,readability,textcopy,pdf")
    ap.add_argument("--keep", help="write the predictions into this folder")
    ap.add_argument("--folds", type=int, default=4, help="by-site folds (default 4)")
    ap.add_argument("--worst", type=int, default=0, help="list the N lowest-scoring pages of each set")
    a = ap.parse_args()
    attache = a.attache.split()
    sets = a.sets.split(",")
    workdir = a.keep or tempfile.mkdtemp(prefix="attache-clean-scores-")
    os.makedirs(workdir, exist_ok=True)
    clean = EVAL / "clean"
    stem = lambda article: pathlib.Path(article["path"]).stem
    folder = lambda article: pathlib.Path(article["path"]).parent.name
    by_url = lambda truth: {key: site_of_url(page.get("url")) for key, page in json.load(open(truth, encoding="utf-8")).items()}
    if "aeb" in sets:
        files = sorted((clean / "aeb" / "html").glob("*.html"))
        truth = clean / "aeb" / "truth.json"
        score(truth, run_cleaner(attache, files), workdir, "aeb", stem, by_url(truth), a.folds, a.worst)
    if "readability" in sets:
        files = sorted((clean / "readability" / "pages").glob("*/source.html"))
        articles = run_cleaner(attache, files)
        sites = {f.parent.name: site_of_readability_page(f.parent) for f in files}
        score(clean / "readability" / "truth.json", articles, workdir, "readability", folder, sites, a.folds, a.worst)
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
        truth = clean / "textcopy" / "truth.json"
        score(truth, run_cleaner(attache, files), workdir, "textcopy", stem, by_url(truth), a.folds, a.worst)
    if "pdf" in sets:
        files = sorted((clean / "pdf" / "pdf").glob("*.pdf"))
        truth = clean / "pdf" / "truth.json"
        articles, seconds = run_cleaner(attache, files, timed=True)
        score(truth, articles, workdir, "pdf", stem, by_url(truth), a.folds, a.worst)
        print(f"pdf speed: {len(files)} documents, {seconds:.2f} CPU-s (user+sys) on one core, "
              f"{len(files) / max(seconds, 1e-9):.1f} documents per CPU-second")


if __name__ == "__main__":
    main()
