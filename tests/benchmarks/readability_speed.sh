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

read -r _ n_js secs_js _ < <(taskset -c 0 node "$cache/run.js" "${pages[@]}" | awk '{print $1, $2, $4}')

"$repo/packaging/devenv" exec attache --version >/dev/null 2>&1 || true
start=$(date +%s.%N)
taskset -c 0 "$repo/packaging/devenv" exec attache --jobs 1 clean --format jsonl "${pages[@]}" >/dev/null 2>&1
end=$(date +%s.%N)
secs_c=$(echo "$end - $start" | bc -l)
n_c=${#pages[@]}

printf 'readability 0.6.0 (node %s): %d pages in %.2f s = %.1f pages/s\n' "$(node --version)" "$n_js" "$secs_js" "$(echo "$n_js / $secs_js" | bc -l)"
printf 'attache --jobs 1:             %d pages in %.2f s = %.1f pages/s (process start included)\n' "$n_c" "$secs_c" "$(echo "$n_c / $secs_c" | bc -l)"
printf 'ratio: %.1fx\n' "$(echo "($n_c / $secs_c) / ($n_js / $secs_js)" | bc -l)"

list=()
for _ in $(seq "$repeat"); do list+=("${pages[@]}"); done
out=$("$repo/packaging/devenv" exec python3 -c '
import resource, subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, round(time.monotonic() - t, 2))
' "$repo/build/bin/attache" --jobs 1 clean --format jsonl "${list[@]}")
rss=${out%% *}
wall=${out##* }s
printf 'attache over %d files (%d x %d): peak RSS %s kB, wall %s\n' "${#list[@]}" "$repeat" "$n_c" "${rss:-?}" "${wall:-?}"
