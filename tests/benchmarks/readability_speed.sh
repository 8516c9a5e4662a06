#!/usr/bin/env bash
# Speed of Attaché's HTML cleaner against Mozilla Readability (jsdom, host node), one core each,
# over the 91 aeb pages, both timed the same way (reading, parsing, extracting; not start-up);
# then the whole `attache clean` command, and its peak RSS over the pages listed REPEAT times.
# npm packages go to $ATTACHE_NPM_CACHE (default /var/cache/attache/npm), never into the repo.
set -euo pipefail
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd -P)
eval_dir=${ATTACHE_EVAL_DIR:-$(readlink -m "$repo/../shared/eval")}
cache=${ATTACHE_NPM_CACHE:-/var/cache/attache/npm}
repeat=${REPEAT:-40}
pages=("$eval_dir"/clean/aeb/html/*.html)

mkdir -p "$cache"
cp "$repo/tests/benchmarks/readability-node/package.json" "$repo/tests/benchmarks/readability-node/run.js" "$cache/"
if ! cmp -s "$cache/package.json" "$cache/.installed" 2>/dev/null; then
    (cd "$cache" && npm install --no-audit --no-fund --silent >&2) && cp "$cache/package.json" "$cache/.installed"
fi

read -r n_js secs_js cpu_js < <(taskset -c 0 node "$cache/run.js" "${pages[@]}" | awk '{print $2, $4, $6}')

# Attaché timed as the runner times Readability (clean_speed: file reading, parsing and extracting
# on one thread; start-up excluded), CPU seconds being the fair measure on a shared machine; its
# pass is short, so the median of RUNS passes is taken.
runs=${RUNS:-5}
read -r n_c secs_c cpu_c < <("$repo/packaging/devenv" exec taskset -c 0 "$repo/build/bin/clean_speed" \
    --runs "$runs" "${pages[@]}" | awk 'NR == 1 {print $2, $4, $6}')

# The whole command as a user runs it, for comparison: process start and the JSON output count.
measure='
import resource, subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(round(time.monotonic() - t, 3), round(r.ru_utime + r.ru_stime, 3), r.ru_maxrss)
'
timings=()
for _ in $(seq "$runs"); do
    timings+=("$("$repo/packaging/devenv" exec python3 -c "$measure" \
        taskset -c 0 "$repo/build/bin/attache" --jobs 1 clean --format jsonl "${pages[@]}")")
done
read -r secs_cli cpu_cli < <(printf '%s\n' "${timings[@]}" | sort -k2 -n \
    | awk '{wall[NR] = $1; cpu[NR] = $2} END {m = int((NR + 1) / 2); print wall[m], cpu[m]}')

rate() { echo "$1 / $2" | bc -l; }
printf 'readability 0.6.0 (node %s): %d pages, %.2f s wall = %.1f pages/s, %.2f s CPU = %.1f pages/CPU-s\n' \
    "$(node --version)" "$n_js" "$secs_js" "$(rate "$n_js" "$secs_js")" "$cpu_js" "$(rate "$n_js" "$cpu_js")"
printf 'attache cleaner, one thread:    %d pages, %.2f s wall = %.1f pages/s, %.2f s CPU = %.1f pages/CPU-s (median of %d passes)\n' \
    "$n_c" "$secs_c" "$(rate "$n_c" "$secs_c")" "$cpu_c" "$(rate "$n_c" "$cpu_c")" "$runs"
printf 'ratio: %.1fx by wall time, %.1fx by CPU time\n' "$(echo "$secs_js / $secs_c" | bc -l)" "$(echo "$cpu_js / $cpu_c" | bc -l)"
printf 'attache clean --jobs 1 (process start and JSON output included): %.2f s CPU = %.1f pages/CPU-s, %.1fx Readability\n' \
    "$cpu_cli" "$(rate "$n_c" "$cpu_cli")" "$(echo "$cpu_js / $cpu_cli" | bc -l)"

# Memory stays flat: the peak over the pages once and over them REPEAT times should be alike.
read -r _ _ rss_once < <("$repo/packaging/devenv" exec python3 -c "$measure" \
    "$repo/build/bin/attache" --jobs 1 clean --format jsonl "${pages[@]}")
list=()
for _ in $(seq "$repeat"); do list+=("${pages[@]}"); done
read -r wall _ rss < <("$repo/packaging/devenv" exec python3 -c "$measure" \
    "$repo/build/bin/attache" --jobs 1 clean --format jsonl "${list[@]}")
printf 'attache peak RSS: %s kB over %d files, %s kB over %d files (%d x %d, %s s)\n' \
    "${rss_once:-?}" "$n_c" "${rss:-?}" "${#list[@]}" "$repeat" "$n_c" "${wall:-?}"
