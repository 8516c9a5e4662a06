#!/usr/bin/env bash
# packaging/devenv keeps the user's own home (issue 15). Runs where ctest runs: inside the Debian 13
# root (where devenv then runs natively) or on a native host.
#
#   devenv_home.sh REPO BUILD_DIR
#
# 1. `devenv exec attache clean` reads a file under a temporary HOME outside the repository and
#    outside /tmp, and the library index and annotation store of `devenv exec attache library|
#    annotations` are created under that HOME, not in a folder of devenv's.
# 2. The binds devenv makes for a command in the root: the home, the folder of an absolute path
#    given on the command line, nothing for system paths or paths that do not exist.
# 3. Data an older devenv wrote inside a root moves to the home once, with a message; an existing
#    folder in the home is never overwritten.
set -euo pipefail
repo=$1 build_dir=$2
devenv=$repo/packaging/devenv
failures=0
fail() { echo "devenv_home: FAIL: $*"; failures=$((failures + 1)); }

# /var/tmp: outside the repository and outside /tmp, which devenv always shows in the root.
home=$(mktemp -d /var/tmp/attache-home.XXXXXX)
elsewhere=$(mktemp -d /var/tmp/attache-elsewhere.XXXXXX)
trap 'rm -rf "$home" "$elsewhere"' EXIT
mkdir -p "$home/news"
cat >"$home/news/envoys.txt" <<'TEXT'
Envoys Return to Their Posts

Both governments said on Monday that their envoys would return to their posts before the end of the month, ending a pause of almost a year in their diplomatic relations.

The foreign ministries will also reopen their consular sections, which had handled only emergencies since the envoys were recalled last spring.
TEXT

in_home() {
    env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME -u ATTACHE_FORCE_DEVROOT \
        -u ATTACHE_DEVROOT HOME="$home" ATTACHE_BUILD_DIR="$build_dir" QT_QPA_PLATFORM=offscreen "$@"
}

# 1. The user's file is readable, the user's data lands in the user's home.
cd "$home"
out=$(in_home "$devenv" exec attache clean "$home/news/envoys.txt" 2>&1) || fail "attache clean failed: $out"
grep -q "Envoys Return to Their Posts" <<<"$out" || fail "the article under HOME was not read: $out"
in_home "$devenv" exec attache library add "$home/news" >/dev/null 2>&1 || fail "attache library add failed"
[ -f "$home/.local/share/Attache/attache/library.sqlite" ] || fail "the library index is not under HOME"
in_home "$devenv" exec attache annotations add --article news/envoys.txt --quote "consular sections" >/dev/null \
    || fail "attache annotations add (a path relative to the current folder under HOME) failed"
[ -f "$home/.local/share/Attache/attache/annotations.sqlite" ] || fail "the annotation store is not under HOME"

# 2. The binds for a command run in the root.
mkdir -p "$elsewhere/news"
: >"$elsewhere/news/a.txt"
plan=$(cd "$home" && in_home "$devenv" __bind-plan attache clean "$elsewhere/news/a.txt" "$home/news/envoys.txt" \
    /etc/hostname /nonexistent/attache.txt --screenshot="$elsewhere/shots/new.png")
grep -qx "$home" <<<"$plan" || fail "the home is not bound: $plan"
grep -qx "$elsewhere/news" <<<"$plan" || fail "the folder of a file on the command line is not bound: $plan"
grep -qx "$elsewhere" <<<"$plan" || fail "the existing folder of a new output file is not bound: $plan"
grep -q -e '^/etc' -e '^/nonexistent' -e '^/$' <<<"$plan" && fail "a system or missing path is bound: $plan"
[ "$(grep -c -x "$home" <<<"$plan")" = 1 ] || fail "the home is bound twice: $plan"
grep -q "^$home/" <<<"$plan" && fail "a path under the home is bound again: $plan"

# 3. Moving data out of an older root.
fake=$elsewhere/devroot
mkdir -p "$fake/root/.local/share/Attache/attache" "$fake/root/.config/Attache"
echo notes >"$fake/root/.local/share/Attache/attache/annotations.sqlite"
echo settings >"$fake/root/.config/Attache/attache.conf"
rm -rf "$home/.local/share/Attache"
message=$(in_home env ATTACHE_DEVROOT="$fake" "$devenv" __migrate 2>&1)
[ "$(cat "$home/.local/share/Attache/attache/annotations.sqlite" 2>/dev/null)" = notes ] || fail "annotations not moved to the home"
[ "$(cat "$home/.config/Attache/attache.conf" 2>/dev/null)" = settings ] || fail "settings not moved to the home"
[ ! -e "$fake/root/.local/share/Attache" ] || fail "the root still holds the moved data"
grep -q "moved Attaché's data from the build root" <<<"$message" || fail "no message about the move: $message"
again=$(in_home env ATTACHE_DEVROOT="$fake" "$devenv" __migrate 2>&1)
[ -z "$again" ] || fail "a second run says something: $again"
mkdir -p "$fake/root/.local/share/Attache/attache"
echo other >"$fake/root/.local/share/Attache/attache/annotations.sqlite"
message=$(in_home env ATTACHE_DEVROOT="$fake" "$devenv" __migrate 2>&1)
[ "$(cat "$home/.local/share/Attache/attache/annotations.sqlite")" = notes ] || fail "existing data in the home was overwritten"
ls "$home/.local/share/" | grep -q '^Attache.from-devroot-' || fail "the root's other copy was not kept beside: $message"

[ $failures = 0 ] && echo "devenv_home: ok"
exit $((failures > 0))
