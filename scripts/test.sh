#!/usr/bin/env bash
# Installs the dependencies, builds with warnings as errors, and runs every test (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across clones in other folders (CI builds a fresh clone each time).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
scripts/install-deps.sh
# Formatting is part of the build: every C++ file as .clang-format says.
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGUARDRAIL_WERROR=ON
cmake --build build
# Beside a throwaway PostgreSQL server, so the postgresql.* tests run the store, import, metrics
# and editing tests on that backend too (without the server package they skip, saying so).
QT_QPA_PLATFORM=offscreen scripts/with-postgres.sh ctest --test-dir build --output-on-failure \
  --output-junit ctest-results.xml
