#!/usr/bin/env bash
# Installs what Guardrail needs to build, run and test, from Debian bookworm's packages only.
# file, desktop-file-utils, appstream, shared-mime-info and man-db: the packaging checks (cpack
# finds the binaries to run dpkg-shlibdeps on with file; the validators; the MIME type; man -l).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential cmake ninja-build ccache pkg-config \
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libgl-dev \
  libsqlite3-dev sqlite3 libicu-dev libzip-dev libqt6sql6-psql libpq-dev postgresql \
  libgtest-dev libgmock-dev googletest libbenchmark-dev \
  xvfb xauth poppler-utils clang-format \
  file desktop-file-utils appstream shared-mime-info man-db \
  qt6-qpa-plugins fonts-dejavu-core >/dev/null
