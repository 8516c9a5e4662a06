#!/bin/sh
# Each problem with a file is reported on one line, not once by the logger and again by the
# command: an empty file and a JSON export with a bad item, cleaned by `attache clean`.
set -eu
attache=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
: >"$dir/empty.txt"
printf '[{"title": "Envoys return", "text": "Both envoys will return to their posts this month."}, 42]\n' >"$dir/export.json"
"$attache" clean "$dir/empty.txt" "$dir/export.json" >/dev/null 2>"$dir/err" || true
cat "$dir/err"
status=0
for message in "the file is empty" "$dir/export.json"; do
    count=$(grep -c -F "$message" "$dir/err" || true)
    if [ "$count" -ne 1 ]; then
        echo "messages_once: '$message' printed $count times, expected once"
        status=1
    fi
done
[ $status = 0 ] && echo "messages_once: ok"
exit $status
