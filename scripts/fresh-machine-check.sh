#!/usr/bin/env bash
# Proves the README on fresh machines, in two throwaway minimal Debian bookworm roots made with
# mmdebstrap:
#  1. the build: git and ca-certificates added (as a user who cloned the project has them), the
#     current commit cloned in, `.ci/run` run there with CI=true (install, build, every test; no
#     ../shared beside it, so the public-data tests are skipped), then `guardrail --help`, `demo`
#     and `brief` with the binary it built, with no display, and the .deb built
#     (scripts/package.sh);
#  2. the package: nothing added; scripts/check-package-install.sh installs the .deb with apt,
#     as a user does, and runs it (--version, demo, brief, the window under Xvfb).
# `fresh-machine-check.sh --deb FILE` runs the second part alone, on that package. The roots are
# removed at the end, pass or fail. Needs root (chroot and mounts); installs mmdebstrap if it is
# missing.
set -euo pipefail
self=$(readlink -f "$0")
if [ "${1:-}" = "--deb" ]; then deb=$(readlink -f "$2"); fi # before the cd: relative to the caller
cd "$(dirname "$self")/.."

if [ "${1:-}" = "--inside" ]; then
  # In a private mount namespace: the mounts below are invisible outside it and vanish with it
  # even if this script is killed; the trap unmounts them on any exit before.
  root=$2
  trap 'umount -R "$root/dev" 2>/dev/null || true; umount "$root/proc" 2>/dev/null || true' EXIT
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    CI=true GUARDRAIL_FRESH_ROOT=1 TERM=dumb DEBIAN_FRONTEND=noninteractive \
    /bin/bash -c "set -euo pipefail; $3"
fi

build_in_root='
  cd /root/guardrail
  bash .ci/run
  guardrail=build/app/guardrail
  "$guardrail" --help >/dev/null
  "$guardrail" demo --db /tmp/demo.guardrail
  "$guardrail" brief --db /tmp/demo.guardrail
  scripts/package.sh build build/deb'

if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-machine-check: needs root (mmdebstrap, chroot and mounts)" >&2
  exit 1
fi
if ! command -v mmdebstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap \
    >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/var/tmp}/guardrail-fresh.XXXXXX")
# --one-file-system: should a mount outlive the namespace, rm stops at it instead of going in.
trap 'rm -rf --one-file-system "$work"' EXIT
started=$SECONDS

if [ "${1:-}" != "--deb" ]; then
  commit=$(git rev-parse HEAD)
  echo "fresh-machine-check: minimal bookworm root in $work/build"
  mmdebstrap --quiet --variant=minbase --include=git,ca-certificates bookworm "$work/build"
  git clone --quiet --no-hardlinks "$PWD" "$work/build/root/guardrail"
  git -C "$work/build/root/guardrail" checkout --quiet --detach "$commit"
  echo "fresh-machine-check: root ready after $((SECONDS - started)) s; commit $commit"
  unshare --mount --propagation private -- "$self" --inside "$work/build" "$build_in_root"
  deb=$(ls "$work"/build/root/guardrail/build/deb/guardrail_*.deb)
  echo "fresh-machine-check: built and tested after $((SECONDS - started)) s"
fi

echo "fresh-machine-check: $(basename "$deb") into a second minimal root, $work/install"
mmdebstrap --quiet --variant=minbase bookworm "$work/install"
cp "$deb" scripts/check-package-install.sh "$work/install/tmp/"
unshare --mount --propagation private -- "$self" --inside "$work/install" \
  "bash /tmp/check-package-install.sh /tmp/$(basename "$deb")"
echo "fresh-machine-check: passed in $((SECONDS - started)) s"
