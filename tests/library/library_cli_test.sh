#!/bin/sh
# The library verbs as a script uses them: add, list, search, set, on a temporary library.
# Usage: library_cli_test.sh ATTACHE
set -eu
attache=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/articles/sub"
cat > "$work/articles/one.txt" <<'TXT'
Ministers meet on fisheries

The two ministers met in Ottawa on Tuesday to discuss fisheries and the quota for the coming season.
Officials said the talks were constructive and would continue next month in the capital.
TXT
cat > "$work/articles/sub/two.md" <<'TXT'
# Envoy visits the capital

The special envoy arrived on Monday for talks on visas for students and researchers.
A joint statement is expected at the end of the visit, according to the embassy.
TXT
db="$work/library.sqlite"

out=$("$attache" library --db "$db" add "$work/articles" 2>/dev/null)
echo "$out" | grep -q "files processed: 2" || { echo "add: $out"; exit 1; }
echo "$out" | grep -q "skipped: 0" || { echo "add: $out"; exit 1; }

[ "$("$attache" library --db "$db" list --view inbox --format jsonl | wc -l)" -eq 2 ] || { echo "list inbox"; exit 1; }
"$attache" library --db "$db" search fisheries --format jsonl | grep -q '"path":"[^"]*one.txt"' || { echo "search"; exit 1; }
[ -z "$("$attache" library --db "$db" search '"quota for the coming" -fisheries')" ] || { echo "negated search"; exit 1; }

"$attache" library --db "$db" set archive "$work/articles/one.txt" >/dev/null
"$attache" library --db "$db" set priority=2 "$work/articles/sub/two.md" >/dev/null
[ "$("$attache" library --db "$db" list --view inbox --format jsonl | wc -l)" -eq 1 ] || { echo "inbox after archive"; exit 1; }
"$attache" library --db "$db" list --view archive --format jsonl | grep -q 'one.txt' || { echo "archive view"; exit 1; }
"$attache" library --db "$db" search priority:2 --format jsonl | grep -q '"priority":2' || { echo "priority"; exit 1; }

# Unknown article and unknown verb fail with a message.
if "$attache" library --db "$db" set star 9999 2>/dev/null; then echo "unknown article accepted"; exit 1; fi
if "$attache" library --db "$db" frobnicate 2>/dev/null; then echo "unknown verb accepted"; exit 1; fi
echo "library CLI: ok"
