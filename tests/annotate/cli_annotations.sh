#!/bin/sh
# attache annotations add/list/export round trip on a temporary database.
set -eu
attache=$1
article=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
id=$("$attache" annotations --db "$dir/a.sqlite" add --article "$article" \
    --quote "Reopening the Table" --note "A *heading*" --tag diplomacy --tag Canada)
[ -n "$id" ] || { echo "no id printed"; exit 1; }
"$attache" annotations --db "$dir/a.sqlite" list --format jsonl | grep -q "\"id\":\"$id\"" || { echo "id not listed"; exit 1; }
"$attache" annotations --db "$dir/a.sqlite" export --format markdown --article "$article" > "$dir/notes.md"
grep -q '^> Reopening the Table$' "$dir/notes.md" || { echo "quote not exported"; cat "$dir/notes.md"; exit 1; }
grep -q "#Canada #diplomacy \^hl-" "$dir/notes.md" || { echo "tags not exported"; cat "$dir/notes.md"; exit 1; }
"$attache" annotations --db "$dir/a.sqlite" export --format json > "$dir/all.json"
"$attache" annotations --db "$dir/b.sqlite" import "$dir/all.json" | grep -q "1 new annotations" || { echo "import failed"; exit 1; }
"$attache" annotations --db "$dir/b.sqlite" list --format jsonl | grep -q "\"id\":\"$id\"" || { echo "import lost the id"; exit 1; }
if "$attache" annotations --db "$dir/a.sqlite" add --article "$article" --quote "words that are not in the article" 2>/dev/null; then
    echo "a missing quote was accepted"; exit 1
fi
echo ok
