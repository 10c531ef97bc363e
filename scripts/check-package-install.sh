#!/usr/bin/env bash
# Installs a Guardrail .deb with apt on this (fresh) Debian machine and checks it as a user
# would: `guardrail --version` agrees with the package, `demo` and `brief` work from /usr/bin,
# the menu entry, icon, manual and file type are in place, and the window opens under Xvfb.
# Xvfb is installed after the package, so it cannot supply a library the package forgot.
# Run as root; scripts/fresh-machine-check.sh runs it in a fresh root. Usage: check-package-install.sh FILE.deb
set -euo pipefail
say() { echo "check-package-install: $*"; }

# The window as the menu entry starts it (Exec=guardrail %f), found by its title; run under
# xvfb-run by the last line below, as `check-package-install.sh --window FILE`.
if [ "${1:-}" = "--window" ]; then
  log=$(mktemp)
  guardrail "$2" 2>"$log" &
  pid=$!
  for _ in $(seq 60); do
    # The main window's own title: a message box is titled "Guardrail" too, and every Qt window
    # of the process carries the class ("guardrail" "Guardrail").
    # (In a UTF-8 locale: under C, xwininfo cannot print the dash and drops the title.)
    title=$(LC_ALL=C.UTF-8 xwininfo -root -tree | grep -o '"Advanced Solutions — Guardrail"' |
      head -1 || true)
    if [ -n "$title" ]; then
      # Still there once the figures are computed and the page drawn: not a window that crashed.
      sleep 3
      if kill -0 "$pid" 2>/dev/null; then
        say "the window is up under Xvfb, and still after 3 s: $title"
        kill "$pid"
        exit 0
      fi
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  say "no window \"Advanced Solutions — Guardrail\" that stayed up, within 30 s"
  cat "$log"
  kill "$pid" 2>/dev/null || true
  exit 1
fi

deb=$(readlink -f "$1")
export DEBIAN_FRONTEND=noninteractive

apt-get update -qq
log=$(mktemp)
apt-get install -y -qq "$deb" >"$log" 2>&1 || {
  cat "$log"
  exit 1
}
say "installed $(dpkg-query -W -f '${Package} ${Version}' guardrail) with $(grep -c '^Setting up' "$log") packages in all"

version=$(dpkg-query -W -f '${Version}' guardrail)
[ "$(guardrail --version)" = "Guardrail $version" ] || {
  say "guardrail --version prints \"$(guardrail --version)\", the package is $version"
  exit 1
}
demo=$(mktemp -d)/demo.guardrail
guardrail demo --db "$demo"
guardrail brief --db "$demo" >/dev/null
say "guardrail --version, demo and brief work"

for f in /usr/share/applications/org.guardrail.Guardrail.desktop \
  /usr/share/icons/hicolor/48x48/apps/org.guardrail.Guardrail.png \
  /usr/share/icons/hicolor/scalable/apps/org.guardrail.Guardrail.svg \
  /usr/share/metainfo/org.guardrail.Guardrail.metainfo.xml \
  /usr/share/man/man1/guardrail.1.gz \
  /usr/share/mime/application/x-guardrail.xml; do
  [ -f "$f" ] || {
    say "no $f after the install"
    exit 1
  }
done
say "menu entry, icons, metainfo, manual and the file type (registered by shared-mime-info) in place"

# As a file manager sees it (GLib's gio, what GNOME's Files asks): a Guardrail file renamed
# without its extension is known by its content, and the type opens in Guardrail. A desktop
# has desktop-file-utils, whose cache of which entry opens which type GLib reads; installing it
# here builds that cache over every entry, ours included, as its trigger does on a desktop.
apt-get install -y -qq --no-install-recommends libglib2.0-bin desktop-file-utils xvfb xauth \
  x11-utils >/dev/null 2>&1
renamed=$(mktemp -d)/acme-copy
cp "$demo" "$renamed"
type=$(gio info -a standard::content-type "$renamed" | sed -n 's/ *standard::content-type: //p')
[ "$type" = application/x-guardrail ] || {
  say "gio reads a renamed Guardrail file as \"$type\""
  exit 1
}
handlers=$(gio mime application/x-guardrail)
grep -qF 'org.guardrail.Guardrail.desktop' <<<"$handlers" || {
  say "no application opens application/x-guardrail: $handlers"
  exit 1
}
say "a renamed Guardrail file reads as $type, and that type opens in org.guardrail.Guardrail.desktop"

xvfb-run -a bash "$(readlink -f "$0")" --window "$demo"
