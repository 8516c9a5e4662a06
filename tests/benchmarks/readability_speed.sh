#!/usr/bin/env bash
# Speed of Attaché's HTML cleaner against Mozilla Readability (jsdom, host node), one core each,
# over the 91 aeb pages; then Attaché's peak RSS over the pages listed REPEAT times.
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

# Timed inside the build environment, so that setting it up is not counted; process start is.
# CPU seconds (user + system) are the fair measure on a shared machine; wall time is shown too.
measure='
import resource, subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(round(time.monotonic() - t, 3), round(r.ru_utime + r.ru_stime, 3), r.ru_maxrss)
'
read -r secs_c cpu_c _ < <("$repo/packaging/devenv" exec python3 -c "$measure" \
    taskset -c 0 "$repo/build/bin/attache" --jobs 1 clean --format jsonl "${pages[@]}")
n_c=${#pages[@]}

rate() { echo "$1 / $2" | bc -l; }
printf 'readability 0.6.0 (node %s): %d pages, %.2f s wall = %.1f pages/s, %.2f s CPU = %.1f pages/CPU-s\n' \
    "$(node --version)" "$n_js" "$secs_js" "$(rate "$n_js" "$secs_js")" "$cpu_js" "$(rate "$n_js" "$cpu_js")"
printf 'attache --jobs 1:              %d pages, %.2f s wall = %.1f pages/s, %.2f s CPU = %.1f pages/CPU-s\n' \
    "$n_c" "$secs_c" "$(rate "$n_c" "$secs_c")" "$cpu_c" "$(rate "$n_c" "$cpu_c")"
printf 'ratio: %.1fx by wall time, %.1fx by CPU time\n' "$(echo "$secs_js / $secs_c" | bc -l)" "$(echo "$cpu_js / $cpu_c" | bc -l)"

list=()
for _ in $(seq "$repeat"); do list+=("${pages[@]}"); done
read -r wall _ rss < <("$repo/packaging/devenv" exec python3 -c "$measure" \
    "$repo/build/bin/attache" --jobs 1 clean --format jsonl "${list[@]}")
printf 'attache over %d files (%d x %d): peak RSS %s kB, wall %s s\n' "${#list[@]}" "$repeat" "$n_c" "${rss:-?}" "${wall:-?}"
