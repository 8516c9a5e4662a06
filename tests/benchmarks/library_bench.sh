#!/bin/sh
# Library benchmark: generates a synthetic library (10 000 articles, ~50 MB, mixed formats) and
# measures through the command line: cold indexing (time, articles/s), re-opening the indexed
# library (time to list the Inbox), search (median of 50 queries) and peak RSS; then in the real
# main window (offscreen, bin/library_window_bench): re-opening until the list and the first
# article are shown, `j` to the next article fully shown (median and p99 of 500 presses), search
# in process (median of 50 queries) and peak RSS with the library open.
# Goals: indexing >= 300 articles/s on 2 cores, re-open <= 1 s, next article <= 16 ms median and
# <= 50 ms p99, search <= 50 ms, RSS <= 400 MB.
#
# Run inside the build root:  packaging/devenv exec tests/benchmarks/library_bench.sh [BUILD_DIR]
# Environment: ARTICLES (default 10000), JOBS (default 2), WORK (default /tmp/attache-library-bench).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
attache=$(cd "$build" && pwd)/bin/attache
articles=${ARTICLES:-10000}
jobs=${JOBS:-2}
work=${WORK:-/tmp/attache-library-bench}

if [ ! -x "$attache" ]; then
    echo "library_bench: $attache not found; build first" >&2
    exit 1
fi
if [ ! -f "$work/library-$articles/.complete" ]; then
    rm -rf "$work/library-$articles"
    python3 "$here/library_generate.py" "$work/library-$articles" --articles "$articles"
    touch "$work/library-$articles/.complete"
fi

python3 - "$attache" "$work/library-$articles" "$work/bench.sqlite" "$jobs" <<'PY'
import os, resource, statistics, subprocess, sys, time

attache, library, db, jobs = sys.argv[1:5]
for suffix in ("", "-wal", "-shm", ".folders"):
    try:
        os.remove(db + suffix)
    except FileNotFoundError:
        pass
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

def run(*args):
    start = time.perf_counter()
    done = subprocess.run([attache, "--jobs", jobs, "library", "--db", db, *args], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"library_bench: {' '.join(args)} failed:\n{done.stderr}")
    return elapsed, done.stdout

size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(library) for f in fs)
files = sum(len([f for f in fs if not f.startswith(".")]) for _, _, fs in os.walk(library))
print(f"library: {library}: {files} files, {size / 1e6:.1f} MB, jobs {jobs}")

elapsed, summary = run("add", library)
indexing_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
counts = dict(line.split(": ", 1) for line in summary.splitlines() if ": " in line and not line.startswith("  "))
stored = int(counts["articles in library"].split()[0])
print(summary.strip())
print(f"cold indexing: {elapsed:.2f} s, {stored / elapsed:.0f} articles/s, {files / elapsed:.0f} files/s "
      f"(goal >= 300 articles/s)")

elapsed, _ = run("add", library)
print(f"re-index unchanged: {elapsed:.2f} s")

reopen = []
for _ in range(5):
    elapsed, out = run("list", "--view", "inbox", "--format", "jsonl")
    reopen.append(elapsed)
print(f"re-open and list the inbox ({len(out.splitlines())} entries): median {statistics.median(reopen) * 1000:.0f} ms "
      f"(goal <= 1000 ms)")

queries = ["tariffs", "\"free trade agreement\"", "canola -China", "rare earth", "visa students",
           "in:inbox is:unread", "source:reuters", "published:2025-03", "published:2025-01-01..2025-02-15 climate",
           "Ottawa Beijing", "ambassador summoned", "-\"joint statement\" talks", "semiconductor*", "priority:none grain",
           "Norway fishing", "\"prisoner exchange\"", "entity:\"Canada\"", "country:CN", "Kenya aid", "nuclear inspections"]
baseline = []
for _ in range(10):
    elapsed, _ = run("search", "zzzunmatched")
    baseline.append(elapsed)
print(f"process start + open + empty search: median {statistics.median(baseline) * 1000:.1f} ms")
times = []
full = []
hits = {}
for i in range(50):
    query = queries[i % len(queries)]
    elapsed, out = run("search", query, "--format", "jsonl", "--limit", "50")
    times.append(elapsed)
    elapsed, out = run("search", query, "--format", "jsonl")
    full.append(elapsed)
    hits[query] = len(out.splitlines())
print(f"search, first 50 results with snippets: median {statistics.median(times) * 1000:.1f} ms, "
      f"max {max(times) * 1000:.1f} ms over 50 queries (goal <= 50 ms; includes starting the process)")
print(f"search, all results with snippets: median {statistics.median(full) * 1000:.1f} ms, max {max(full) * 1000:.1f} ms")
print("hits: " + ", ".join(f"{q!r}={n}" for q, n in list(hits.items())[:8]) + ", …")
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"peak RSS: {peak:.0f} MB (indexing {indexing_rss:.0f} MB) (goal <= 400 MB)")
PY

echo "--- the main window (offscreen) over the same index"
QT_QPA_PLATFORM=offscreen "$(dirname "$attache")/library_window_bench" "$work/bench.sqlite" "${PRESSES:-500}" 2>/dev/null
