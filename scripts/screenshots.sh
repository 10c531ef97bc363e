#!/usr/bin/env bash
# Takes a screenshot of every page of the demo company under Xvfb, as a person would see it:
#   scripts/screenshots.sh OUT_DIR [WIDTHxHEIGHT] [light|dark]
# Needs Xvfb, xdotool and ImageMagick (Debian: xvfb xdotool imagemagick) and a built build/.
# Pages are reached with Ctrl+1…Ctrl+9, as the View menu offers them; the settings stay in a
# throwaway folder so the user's own are never touched.
set -euo pipefail
out=${1:?usage: scripts/screenshots.sh OUT_DIR [WIDTHxHEIGHT] [light|dark]}
size=${2:-1600x1000}
palette=${3:-light}
root=$(cd "$(dirname "$0")/.." && pwd)
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null ||
        { echo "screenshots: $tool is missing (apt install xvfb xdotool imagemagick)" >&2; exit 2; }
done
app=$root/build/app/guardrail
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "${app_pid:-}" "${x_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 "${size}x24" >/dev/null 2>&1 &
x_pid=$!
sleep 1
export DISPLAY=$display XDG_CONFIG_HOME=$work/config
mkdir -p "$XDG_CONFIG_HOME/Guardrail"
dark=false
[ "$palette" = dark ] && dark=true
printf '[view]\ndark=%s\n' "$dark" >"$XDG_CONFIG_HOME/Guardrail/Guardrail.conf"

"$app" demo --db "$work/demo.guardrail" >/dev/null 2>&1
"$app" --db "$work/demo.guardrail" >/dev/null 2>&1 &
app_pid=$!
window=""
for _ in $(seq 50); do
    window=$(xdotool search --onlyvisible --name Guardrail 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.2
done
[ -n "$window" ] || { echo "screenshots: the window did not open" >&2; exit 1; }
sleep 2
# A click on the status bar gives the window the keyboard (there is no window manager).
xdotool mousemove --window "$window" 20 20 click 1 2>/dev/null || true
pages=(dashboard journey guardrail winloss ltv sla reviews planner)
for i in "${!pages[@]}"; do
    xdotool key "ctrl+$((i + 1))" 2>/dev/null
    sleep 1.5
    import -window root "$out/${pages[$i]}-$size-$palette.png"
    # Then the rest of a long page, a wheel turn at a time over its middle, until it stops.
    previous="$out/${pages[$i]}-$size-$palette.png"
    for part in 2 3 4; do
        xdotool mousemove --window "$window" $((${size%x*} / 2)) $((${size#*x} / 2)) 2>/dev/null
        xdotool click --repeat 12 --delay 20 5 2>/dev/null
        sleep 0.5
        shot="$out/${pages[$i]}-$size-$palette-$part.png"
        import -window root "$shot"
        if cmp -s "$shot" "$previous"; then
            rm "$shot"
            break
        fi
        previous=$shot
    done
done
echo "screenshots: ${#pages[@]} pages in $out"
