#!/usr/bin/env bash
# Crash test of the annotation store (not a ctest test): adds annotations through the command
# line and kills the writer with SIGKILL at random moments, ITERATIONS times. Then every
# annotation whose id was printed ("shown as saved") must be in the database, and the database
# must pass PRAGMA integrity_check. Prints the counts; exits 1 on any loss or damage.
#
# Run inside the build environment:
#   packaging/devenv exec tests/benchmarks/annotations_crash.sh [ITERATIONS] [ATTACHE_BINARY]
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
iterations=${1:-200}
attache=${2:-$repo/build/bin/attache}
article=$(readlink -m "$repo/../shared/samples/000_e49f2e464c2e54c8.txt")
work=$(mktemp -d)
[ -n "${KEEP_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
db=$work/annotations.sqlite
saved=$work/saved-ids
: > "$saved"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# Quotes are taken from the article at run time: runs of words from its longer lines.
mapfile -t lines < <(awk 'length($0) > 60' "$article")
random_quote() {
    local line=${lines[RANDOM % ${#lines[@]}]}
    local -a words
    read -r -a words <<< "$line"
    local count=$(( 2 + RANDOM % 8 ))
    local first=$(( RANDOM % (${#words[@]} - count + 1) ))
    echo "${words[*]:first:count}"
}

# Started as a simple background command, so that $! is the writer itself, not a subshell.
start_add() { # $1: output file; sets pid
    local quote
    quote=$(random_quote)
    "$attache" annotations --db "$db" add --article "$article" --quote "$quote" \
        --note "crash test note $RANDOM" --tag crash --tag "t$((RANDOM % 5))" > "$1" 2>> "$work/stderr" &
    pid=$!
}

# How long one uninterrupted add takes, so that kills fall before, during and after the commit.
start=$(date +%s%N)
start_add "$work/warmup"
wait "$pid" && cat "$work/warmup" >> "$saved"
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$duration_ms" -gt 0 ] || duration_ms=1

killed=0 finished=0
for ((i = 1; i <= iterations; i++)); do
    out=$work/out.$i
    start_add "$out"
    delay_ms=$(( RANDOM % (duration_ms * 12 / 10 + 1) ))
    sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [ $? -eq 137 ]; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
    # Only complete ids count as "shown as saved".
    grep -s -E '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' "$out" >> "$saved"
done

python3 - "$db" "$saved" "$iterations" "$killed" "$finished" "$duration_ms" "$work/stderr" <<'PY'
import sqlite3, sys
db, saved_path, iterations, killed, finished, duration, stderr_path = sys.argv[1:]
saved = [line.strip() for line in open(saved_path) if line.strip()]
connection = sqlite3.connect(db)
present = {row[0] for row in connection.execute("SELECT id FROM annotations")}
integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
missing = [i for i in saved if i not in present]
stderr = open(stderr_path, errors="replace").read()
recoveries = stderr.count("was damaged")
print(f"annotations_crash: {iterations} runs (one add ~{duration} ms), {killed} killed by SIGKILL, {finished} finished first")
print(f"  ids reported saved:   {len(saved)}")
print(f"  of them present:      {len(saved) - len(missing)}")
print(f"  missing:              {len(missing)}")
print(f"  rows in the database: {len(present)} (committed but killed before printing: {len(present) - len(saved) + len(missing)})")
print(f"  damaged-file recoveries at open: {recoveries}")
print(f"  PRAGMA integrity_check: {integrity}")
sys.exit(0 if not missing and integrity == "ok" and recoveries == 0 else 1)
PY
