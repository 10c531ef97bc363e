#!/usr/bin/env bash
# Builds the Debian package from a built tree with CPack and checks what is in it with dpkg-deb:
# every file `cmake --install` puts in place, a version equal to the project's, and dependencies
# that dpkg-shlibdeps found (the Qt libraries the binary links) plus the two plugins Qt loads at
# run time. Usage: scripts/package.sh [BUILD_DIR [OUT_DIR]]; prints the .deb's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(readlink -f "${1:-build}")
out=$(readlink -m "${2:-$build/deb}")
mkdir -p "$out"
# A staging tree left by an earlier run would be packaged too.
rm -rf "$out/_CPack_Packages" "$out"/guardrail_*.deb
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
  cat "$out/cpack.log" >&2
  echo "package: cpack failed" >&2
  exit 1
}
deb=$(ls "$out"/guardrail_"$version"_*.deb)

fail=0
check() { # what, then the command that must succeed
  local what=$1
  shift
  if ! "$@"; then
    echo "package: $deb: $what" >&2
    fail=1
  fi
}
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/guardrail \
  ./usr/share/applications/org.guardrail.Guardrail.desktop \
  ./usr/share/metainfo/org.guardrail.Guardrail.metainfo.xml \
  ./usr/share/mime/packages/org.guardrail.Guardrail.xml \
  ./usr/share/icons/hicolor/scalable/apps/org.guardrail.Guardrail.svg \
  ./usr/share/icons/hicolor/48x48/apps/org.guardrail.Guardrail.png \
  ./usr/share/icons/hicolor/256x256/apps/org.guardrail.Guardrail.png \
  ./usr/share/man/man1/guardrail.1.gz \
  ./usr/share/doc/guardrail/copyright \
  ./usr/share/doc/guardrail/changelog.gz; do
  check "holds no $path" grep -qxF "$path" <<<"$contents"
done
check "holds files outside /usr" test -z "$(grep -v '^\./usr/' <<<"$contents" | grep -v '^\./$')"

field() { dpkg-deb --field "$deb" "$1"; }
check "version $(field Version), not $version" test "$(field Version)" = "$version"
depends=$(field Depends)
# One line per dependency, as "name (>= version)" or "name".
listed=$(tr ',' '\n' <<<"$depends" | sed 's/^ *//')
# dpkg-shlibdeps writes "libqt6core6 (>= 6.4.0)": names with a version prove it ran.
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6sql6 libsqlite3-0 \
  libc6 libstdc++6; do
  check "Depends lacks $package with a version: $depends" \
    awk -v p="$package" '$1 == p && $2 == "(>=" { found = 1 } END { exit !found }' <<<"$listed"
done
# libpq5's symbols file gives dpkg-shlibdeps no version to write: named is enough.
check "Depends lacks libpq5: $depends" awk '$1 == "libpq5" { found = 1 } END { exit !found }' \
  <<<"$listed"
for plugin in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins; do
  check "Depends lacks the plugin package $plugin" grep -qxF "$plugin" <<<"$listed"
done
check "Depends names a -dev package: $depends" test -z "$(grep -E '^[^ ]+-dev( |$)' <<<"$listed")"
# The binary is stripped: debug info would make it several times larger.
binary=$(mktemp)
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/guardrail >"$binary"
check "the binary carries debug info: not stripped" \
  test -z "$(readelf -S "$binary" | grep -F .debug_info)"
rm -f "$binary"

if [ "$fail" -ne 0 ]; then exit 1; fi
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes; Depends: $depends"
echo "$deb"
