#!/usr/bin/env bash
# Renders the icon's PNG sizes from packaging/icons/org.guardrail.Guardrail.svg with rsvg-convert
# (librsvg2-bin). The PNGs are committed, so a build needs no SVG renderer: run this after
# changing the SVG, and commit what it writes.
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${size}x$size/apps"
  rsvg-convert -w "$size" -h "$size" org.guardrail.Guardrail.svg \
    -o "hicolor/${size}x$size/apps/org.guardrail.Guardrail.png"
done
echo "render-icons: 9 sizes written under packaging/icons/hicolor"
