#!/usr/bin/env bash
# What `cmake --install` lays out, checked as a distribution would: every file in place, the
# desktop entry and the AppStream metainfo through their validators, the manual page through
# groff's warnings, and the manual naming every verb `guardrail --help` lists with the example
# `guardrail VERB --help` prints, as the README's Usage table does. Usage: check-install.sh BUILD_DIR
set -euo pipefail
build=$(readlink -f "$1")
source=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")
prefix=$(mktemp -d "${TMPDIR:-/tmp}/guardrail-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

fail=0
problem() {
  echo "check-install: $*" >&2
  fail=1
}
id=org.guardrail.Guardrail
for f in bin/guardrail share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
  share/mime/packages/$id.xml share/icons/hicolor/scalable/apps/$id.svg \
  share/man/man1/guardrail.1.gz share/doc/guardrail/copyright \
  share/doc/guardrail/changelog.gz; do
  [ -f "$prefix/$f" ] || problem "cmake --install puts no $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png=$prefix/share/icons/hicolor/${size}x$size/apps/$id.png
  if [ ! -f "$png" ]; then
    problem "cmake --install puts no $png"
    continue
  fi
  # A PNG's width and height are the big-endian words at bytes 16 and 20.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${size}x$size" ] || problem "$png is $dims, not ${size}x$size"
done

desktop-file-validate "$prefix/share/applications/$id.desktop" || problem "desktop-file-validate"
appstreamcli validate --no-net --explain "$prefix/share/metainfo/$id.metainfo.xml" ||
  problem "appstreamcli validate"
type=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$prefix/share/mime/packages/$id.xml")
grep -qx "MimeType=$type;" "$prefix/share/applications/$id.desktop" ||
  problem "the desktop entry does not open $type"
grep -qx "Exec=guardrail %f" "$prefix/share/applications/$id.desktop" ||
  problem "the desktop entry does not pass the file to open"
grep -q "<release version=\"$("$prefix/bin/guardrail" --version | cut -d' ' -f2)\"" \
  "$prefix/share/metainfo/$id.metainfo.xml" || problem "the metainfo's release is not --version's"

man_source=$(mktemp)
gzip -dc "$prefix/share/man/man1/guardrail.1.gz" >"$man_source"
warnings=$(groff -man -ww -z "$man_source" 2>&1)
[ -z "$warnings" ] || problem "groff warns about the manual page: $warnings"
# The page as a reader sees it, one line per line, without the layout's extra spaces.
page=$(MANWIDTH=200 man -l "$man_source" 2>/dev/null | sed 's/^ *//; s/  */ /g')
rm -f "$man_source"
verbs=$("$prefix/bin/guardrail" --help | sed -n '/^Verbs/,$p' | awk 'NR > 1 && /^  [a-z]/ {print $1}')
[ "$(wc -w <<<"$verbs")" -ge 11 ] || problem "guardrail --help lists only: $verbs"
for verb in $verbs; do
  grep -qx "$verb" <<<"$page" || problem "the manual page has no section for $verb"
  example=$("$prefix/bin/guardrail" "$verb" --help | sed -n '/^Example:/{n;p}' | sed 's/^ *//')
  if [ -z "$example" ]; then
    problem "guardrail $verb --help prints no example"
    continue
  fi
  grep -qxF "$example" <<<"$page" || problem "the manual page lacks $verb's example: $example"
  grep -qF "| \`$example\` |" "$source/README.md" ||
    problem "the README's Usage table lacks $verb's example: $example"
done
[ "$fail" -eq 0 ] && echo "check-install: $(find "$prefix" -type f | wc -l) files, validators pass, the manual names $(wc -w <<<"$verbs") verbs"
exit "$fail"
