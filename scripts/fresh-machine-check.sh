#!/usr/bin/env bash
# Proves the README on a fresh machine. Builds a throwaway minimal Debian bookworm root with
# mmdebstrap (git and ca-certificates added, as a user who cloned the project has them), clones
# the current commit into it, runs `.ci/run` there with CI=true (install, build, every test; no
# ../shared beside it, so the public-data tests are skipped), then `guardrail --help`, `demo` and
# `brief` with the binary it built, with no display. The root is removed at the end, pass or
# fail. Needs root (chroot and mounts); installs mmdebstrap if it is missing.
set -euo pipefail
self=$(readlink -f "$0")
cd "$(dirname "$self")/.."

if [ "${1:-}" = "--inside" ]; then
  # Second stage, in a private mount namespace: the mounts below are invisible outside it and
  # vanish with it even if this script is killed; the trap unmounts them on any exit before.
  root=$2
  trap 'umount -R "$root/dev" 2>/dev/null || true; umount "$root/proc" 2>/dev/null || true' EXIT
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    CI=true GUARDRAIL_FRESH_ROOT=1 TERM=dumb /bin/bash -c '
      set -euo pipefail
      cd /root/guardrail
      bash .ci/run
      guardrail=build/app/guardrail
      "$guardrail" --help >/dev/null
      "$guardrail" demo --db /tmp/demo.guardrail
      "$guardrail" brief --db /tmp/demo.guardrail'
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-machine-check: needs root (mmdebstrap, chroot and mounts)" >&2
  exit 1
fi
if ! command -v mmdebstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap \
    >/dev/null
fi

commit=$(git rev-parse HEAD)
work=$(mktemp -d "${TMPDIR:-/var/tmp}/guardrail-fresh.XXXXXX")
# --one-file-system: should a mount outlive the namespace, rm stops at it instead of going in.
trap 'rm -rf --one-file-system "$work"' EXIT
started=$SECONDS

echo "fresh-machine-check: minimal bookworm root in $work/root"
mmdebstrap --quiet --variant=minbase --include=git,ca-certificates bookworm "$work/root"
git clone --quiet --no-hardlinks "$PWD" "$work/root/root/guardrail"
git -C "$work/root/root/guardrail" checkout --quiet --detach "$commit"
echo "fresh-machine-check: root ready after $((SECONDS - started)) s; commit $commit"

unshare --mount --propagation private -- "$self" --inside "$work/root"
echo "fresh-machine-check: passed in $((SECONDS - started)) s"
