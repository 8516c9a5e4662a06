#!/bin/sh
# check_translations.sh LUPDATE SOURCE_DIR
# Fails when a catalogue in resources/translations has a message left unfinished, or lacks a string
# the sources pass to tr() (lupdate, run on a copy, would add it unfinished), or when a translation
# drops a placeholder (%1, %n) of its source.
set -eu
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/resources/translations/attache_*.ts "$work/"
cd "$source_dir"
# The same sources and options as qt_add_translations in ui/CMakeLists.txt.
sources="ui app/core app/analyze app/library app/annotate app/export"
# shellcheck disable=SC2086
"$lupdate" -silent $sources -I app -I ui -no-obsolete -locations none -ts "$work/attache_fr.ts"
# shellcheck disable=SC2086
"$lupdate" -silent $sources -I app -I ui -pluralonly -no-obsolete -locations none -ts "$work/attache_en.ts"
python3 - "$work" <<'PY'
import glob, re, sys, xml.etree.ElementTree as ET
problems = []
for path in sorted(glob.glob(sys.argv[1] + '/attache_*.ts')):
    name = path.rsplit('/', 1)[1]
    count = 0
    for context in ET.parse(path).getroot().iter('context'):
        where = context.find('name').text
        for message in context.iter('message'):
            count += 1
            source = message.find('source').text or ''
            translation = message.find('translation')
            kind = translation.get('type')
            if kind in ('unfinished', 'vanished', 'obsolete'):
                problems.append(f'{name}: {where}: "{source}" is {kind}')
                continue
            forms = [f.text or '' for f in translation.iter('numerusform')] if message.get('numerus') == 'yes' \
                else [translation.text or '']
            wanted = set(re.findall(r'%(?:\d|n)', source))
            for form in forms:
                if not form.strip():
                    problems.append(f'{name}: {where}: "{source}" has an empty translation')
                elif not wanted <= set(re.findall(r'%(?:\d|n)', form)):
                    problems.append(f'{name}: {where}: "{form}" drops a placeholder of "{source}"')
    if count == 0:
        problems.append(f'{name}: no messages')
for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print('translations: ok')
PY
