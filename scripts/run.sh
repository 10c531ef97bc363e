#!/usr/bin/env bash
# Installs the dependencies, builds, and opens Guardrail on the built-in demo company.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
if [ ! -f build/demo.guardrail ]; then build/app/guardrail demo --db build/demo.guardrail; fi
exec build/app/guardrail --db build/demo.guardrail "$@"
