#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a temporary folder, runs the packaged program and
# checks that the package declares every package the program needs.
set -euo pipefail
build_dir=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(find "$work/out" -maxdepth 1 -name 'attache_*.deb' -print -quit)
[ -n "$deb" ] || { echo "no .deb was produced"; cat "$work/cpack.log"; exit 1; }

dpkg-deb -x "$deb" "$work/root"
out=$("$work/root/usr/bin/attache" --version)
[ "$out" = "attache $version" ] || { echo "packaged attache --version printed: $out"; exit 1; }
for file in usr/share/applications/org.attache.Attache.desktop usr/share/metainfo/org.attache.Attache.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.attache.Attache.svg; do
    [ -f "$work/root/$file" ] || { echo "missing from the package: $file"; exit 1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
declares() { tr ',|' '\n\n' <<<"$depends" | awk '{print $1}' | grep -qxF "$1"; }

# Every shared library the program links must come from a declared package…
for lib in $(objdump -p "$work/root/usr/bin/attache" | awk '/NEEDED/ {print $2}'); do
    path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib {print $NF; exit}')
    [ -n "$path" ] || { echo "cannot resolve $lib"; exit 1; }
    owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n1 | cut -d: -f1) || true
    [ -n "$owner" ] || owner=$(dpkg -S "$path" | head -n1 | cut -d: -f1)
    declares "$owner" || { echo "Depends lacks $owner (for $lib)"; exit 1; }
done
# …and so must what Qt loads at run time: the SQLite driver, the SVG icon plugin, country names.
for needed in libqt6sql6-sqlite qt6-svg-plugins iso-codes libkf6syntaxhighlighting6 libqt6widgets6; do
    declares "$needed" || { echo "Depends lacks $needed"; exit 1; }
done
echo "package $(basename "$deb") checked"
