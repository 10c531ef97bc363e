#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and UBSan, then
#   scripts/fuzz.sh                 runs every target once over its seed corpus (CI does this:
#                                   each seed, and each past finding, must pass);
#   scripts/fuzz.sh --minutes N     fuzzes each target for N minutes, growing a working corpus in
#                                   build-fuzz/corpus/, and prints executions and findings.
# A finding is written as build-fuzz/findings/TARGET/crash-*; add it to tests/fuzz/corpus/TARGET
# once fixed, so it stays fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
minutes=0
if [ "${1:-}" = "--minutes" ]; then minutes=${2:?--minutes needs a number}; shift 2; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(Csv CsvRoundTrip Date Amount Mapping)

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    clang libclang-rt-14-dev >/dev/null
fi
dir=build-fuzz
sanitizers=address,undefined
CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGUARDRAIL_BUILD_TESTS=OFF -DGUARDRAIL_BUILD_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,$sanitizers -fno-sanitize-recover=all" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=$sanitizers" >/dev/null
cmake --build "$dir" --target fuzz

export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/$t
  if [ "$minutes" = 0 ]; then
    mapfile -t files < <(find "$seeds" -type f | sort)
    "$dir/tests/fuzz/fuzz_$t" "${files[@]}" 2>"$dir/fuzz_$t.log" ||
      { tail -40 "$dir/fuzz_$t.log"; echo "fuzz: $t failed on a seed" >&2; exit 1; }
    echo "fuzz: $t: ${#files[@]} seeds pass"
  else
    work=$dir/corpus/$t findings=$dir/findings/$t
    mkdir -p "$work" "$findings"
    log=$dir/fuzz_$t.log
    "$dir/tests/fuzz/fuzz_$t" "$work" "$seeds" -max_total_time=$((minutes * 60)) \
      -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$findings/" \
      -print_final_stats=1 2>"$log" || true
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    found=$(find "$findings" -type f | wc -l)
    echo "fuzz: $t: $runs executions in $minutes min, corpus $(ls "$work" | wc -l), findings $found"
  fi
done
