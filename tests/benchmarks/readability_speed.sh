#!/usr/bin/env bash
# Speed of Attaché's HTML cleaner against Mozilla Readability (jsdom, host node), over the 91 aeb
# pages, both sides measured alike: whole processes, pinned to one core (taskset -c 0), timed by
# CPU seconds (GNU time's %U + %S: on a busy machine wall time measures the other jobs), over
# several passes of the pages named on one command line so that start-up is amortised.
#
#   whole command:  attache --jobs 1 clean --format jsonl  (PASSES passes, default 10)
#                   against node clean.js, Readability writing JSON lines  (JS_PASSES, default 3)
#   cleaner alone:  build/bin/clean_speed (reading, parsing, extracting on one thread; median of
#                   RUNS passes) against run.js (the same, in node; JS_PASSES passes); start-up
#                   excluded on both sides
#
# Every measurement is taken REPEATS times (default 2) and each is printed; the ratios use the
# lowest CPU time of each side (noise only ever adds time). The whole command is the one that
# counts: it is what a user runs.
# npm packages go to $ATTACHE_NPM_CACHE (default /var/cache/attache/npm), never into the repo.
set -euo pipefail
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd -P)
eval_dir=${ATTACHE_EVAL_DIR:-$(readlink -m "$repo/../shared/eval")}
cache=${ATTACHE_NPM_CACHE:-/var/cache/attache/npm}
passes=${PASSES:-10}
js_passes=${JS_PASSES:-3}
repeats=${REPEATS:-2}
runs=${RUNS:-5}
devenv="$repo/packaging/devenv"
attache="$repo/build/bin/attache"
pages=("$eval_dir"/clean/aeb/html/*.html)
n=${#pages[@]}

mkdir -p "$cache"
cp "$repo"/tests/benchmarks/readability-node/{package.json,run.js,clean.js} "$cache/"
if ! cmp -s "$cache/package.json" "$cache/.installed" 2>/dev/null; then
    (cd "$cache" && npm install --no-audit --no-fund --silent >&2) && cp "$cache/package.json" "$cache/.installed"
fi

# GNU time from the host, copied where the build root sees it too (/tmp keeps its path inside), so
# that attache is timed inside the build root without devenv's own start-up.
work=$(mktemp -d /tmp/attache-readability-speed.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp /usr/bin/time "$work/time"

repeat_list() { local i; for ((i = 0; i < $1; ++i)); do printf '%s\n' "${pages[@]}"; done; }
mapfile -t js_list < <(repeat_list "$js_passes")
mapfile -t c_list < <(repeat_list "$passes")

# Prints "CPU-seconds peak-RSS-kB" of the command, run whole, pinned to core 0.
timed() { "$work/time" -f '%U %S %M' -o "$work/t" taskset -c 0 "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
          awk '{printf "%.2f %d\n", $1 + $2, $3}' "$work/t"; }
export -f timed
min() { sort -n | head -1; }

echo "pages: $n aeb pages, $(du -cb "${pages[@]}" | tail -1 | cut -f1 | awk '{printf "%.1f MB", $1 / 1e6}') a pass; node $(node --version), readability 0.6.0"
echo "--- whole command, one core, CPU seconds (GNU time %U+%S), $repeats measurements each"
js_cpu=()
c_cpu=()
for ((r = 1; r <= repeats; ++r)); do
    read -r cpu rss < <(cd "$cache" && timed node clean.js "${js_list[@]}")
    js_cpu+=("$cpu")
    printf 'node clean.js, %d passes (%d pages):   %6.2f s CPU = %5.1f pages/CPU-s, peak RSS %d MB\n' \
        "$js_passes" "${#js_list[@]}" "$cpu" "$(echo "${#js_list[@]} / $cpu" | bc -l)" $((rss / 1024))
    read -r cpu rss < <("$devenv" exec bash -c "$(declare -f timed); work=$work; timed \"\$@\"" timed \
        "$attache" --jobs 1 clean --format jsonl "${c_list[@]}")
    c_cpu+=("$cpu")
    printf 'attache clean --jobs 1 --format jsonl, %d passes (%d pages): %6.2f s CPU = %5.1f pages/CPU-s, peak RSS %d MB\n' \
        "$passes" "${#c_list[@]}" "$cpu" "$(echo "${#c_list[@]} / $cpu" | bc -l)" $((rss / 1024))
done
js_best=$(printf '%s\n' "${js_cpu[@]}" | min)
c_best=$(printf '%s\n' "${c_cpu[@]}" | min)
js_rate=$(echo "${#js_list[@]} / $js_best" | bc -l)
c_rate=$(echo "${#c_list[@]} / $c_best" | bc -l)
printf 'WHOLE COMMAND RATIO: %.1fx (attache %.1f pages/CPU-s, Readability %.1f pages/CPU-s; goal >= 50x)\n' \
    "$(echo "$c_rate / $js_rate" | bc -l)" "$c_rate" "$js_rate"

echo "--- cleaner alone, one core, thread/process CPU seconds, start-up excluded"
js_cpu=()
c_cpu=()
for ((r = 1; r <= repeats; ++r)); do
    read -r js_n js_cpu_one < <(cd "$cache" && taskset -c 0 node run.js "${js_list[@]}" | awk '{print $2, $6}')
    js_cpu+=("$js_cpu_one")
    printf 'readability run.js: %d pages, %6.2f s CPU = %5.1f pages/CPU-s\n' "$js_n" "$js_cpu_one" "$(echo "$js_n / $js_cpu_one" | bc -l)"
    read -r c_n c_cpu_one < <("$devenv" exec taskset -c 0 "$repo/build/bin/clean_speed" --runs "$runs" "${pages[@]}" \
        | awk 'NR == 1 {print $2, $6}')
    c_cpu+=("$c_cpu_one")
    printf 'attache clean_speed: %d pages, %6.2f s CPU = %5.1f pages/CPU-s (median of %d passes)\n' \
        "$c_n" "$c_cpu_one" "$(echo "$c_n / $c_cpu_one" | bc -l)" "$runs"
done
js_rate=$(echo "$js_n / $(printf '%s\n' "${js_cpu[@]}" | min)" | bc -l)
c_rate=$(echo "$c_n / $(printf '%s\n' "${c_cpu[@]}" | min)" | bc -l)
printf 'CLEANER-ALONE RATIO: %.1fx (attache %.1f pages/CPU-s, Readability %.1f pages/CPU-s)\n' \
    "$(echo "$c_rate / $js_rate" | bc -l)" "$c_rate" "$js_rate"
