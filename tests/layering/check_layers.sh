#!/bin/sh
# check_layers.sh SOURCE_DIR — fails when a folder of app/ (or ui/) includes a header of a folder it
# may not use. The table is the link structure of app/*/CMakeLists.txt written out once more, so
# that an upward #include fails here even where the static libraries would still link.
set -eu
src=${1:?usage: check_layers.sh SOURCE_DIR}

# folder: the folders it may include (itself always)
allowed() {
    case $1 in
        core)     echo "core" ;;
        ingest)   echo "core" ;;
        clean)    echo "core ingest" ;;
        analyze)  echo "core ingest clean" ;;
        library)  echo "core ingest clean analyze" ;;
        annotate) echo "core ingest clean" ;;
        export)   echo "core ingest clean analyze annotate" ;;
        cli)      echo "core ingest clean analyze library annotate export" ;;
        ui)       echo "core ingest clean analyze library annotate export" ;;
        *)        return 1 ;;
    esac
}

status=0
for dir in "$src"/app/*/ "$src"/ui/; do
    layer=$(basename "$dir")
    if ! may=$(allowed "$layer"); then
        echo "layering: $layer is not in the table of check_layers.sh; add it there and to README.md" >&2
        status=1
        continue
    fi
    # '#include "folder/file.h"' lines; ui/main.cpp is the program, above every layer.
    for file in "$dir"*.h "$dir"*.cpp; do
        [ -e "$file" ] || continue
        [ "$layer/$(basename "$file")" = ui/main.cpp ] && continue
        grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z]*/' "$file" |
        sed 's/^\([0-9]*\):[^"]*"\([a-z]*\)\/.*/\1 \2/' |
        while read -r line used; do
            [ "$used" = "$layer" ] && continue
            case " $may " in
                *" $used "*) ;;
                *) echo "${file#"$src"/}:$line: $layer may not include $used/ (it may use: $may)" ;;
            esac
        done
    done
done > /tmp/check_layers.$$
if [ -s /tmp/check_layers.$$ ]; then
    cat /tmp/check_layers.$$ >&2
    status=1
fi
rm -f /tmp/check_layers.$$
[ $status = 0 ] && echo "layering: ok"
exit $status
