#!/bin/sh
# Renders the README and metainfo screenshot: the bundled samples in the middle of a morning's
# triage (some read, starred, prioritised, filed for later or archived), the Canada–India article
# open with its entities and timeline. Offscreen; run inside the build root:
#   packaging/devenv exec packaging/screenshots/take.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
attache=$(cd "$build" && pwd)/bin/attache
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/library.sqlite
export QT_QPA_PLATFORM=offscreen

"$attache" library --db "$db" add "$here/../../resources/samples" >/dev/null
id_of() { # the library id of the entry whose title starts with $1
    "$attache" library --db "$db" list --view all --format jsonl |
        python3 -c 'import json, sys; print(next(json.loads(l)["id"] for l in sys.stdin if json.loads(l)["title"].startswith(sys.argv[1])))' "$1"
}
set_state() { "$attache" library --db "$db" set "$1" "$(id_of "$2")" >/dev/null; }

set_state read "Brazil hosts"
set_state archive "Brazil hosts"
set_state read "ASEAN admits"
set_state star "ASEAN admits"
set_state priority=1 "ASEAN admits"
set_state read "Kenya-led"
set_state later "Kenya-led"
set_state priority=2 "Philippines and Japan"
set_state read "Pacific Islands"
set_state priority=1 "Canada and India"
set_state star "WTO members"

"$attache" --library "$db" --screenshot "$here/attache.png" --select 3 --color-scheme light
"$attache" --library "$db" --screenshot "$here/attache-dark.png" --select 3 --color-scheme dark
