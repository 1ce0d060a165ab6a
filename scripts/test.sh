#!/usr/bin/env bash
# Runs every test: native unit tests (ctest, doctest) and browser tests (playwright-core + Chromium
# against the built web app). Installs what is missing first. Ends with "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn from Debian's node modules
mkdir -p build test-artifacts

finish() {  # passed failed
  echo "unit: ${unit_passed:-0} passed, ${unit_failed:-0} failed; under sanitizers: ${san_passed:-0} passed, ${san_failed:-0} failed;" \
       "fuzz corpora: ${fuzz_passed:-0} passed, ${fuzz_failed:-0} failed; browser: ${browser_passed:-0} passed, ${browser_failed:-0} failed"
  echo "$1 passed, $2 failed"
  [ "$2" -eq 0 ] && [ "$1" -gt 0 ]
  exit $?
}

scripts/bootstrap.sh || { echo "bootstrap failed"; finish 0 1; }

echo "== native build and unit tests"
{ cmake --preset native >build/native-configure.log 2>&1 || { cat build/native-configure.log; false; }; } &&
  cmake --build --preset native || { echo "native build failed"; finish 0 1; }
ctest --preset native 2>&1 | tee build/ctest.log
line=$(grep -E 'tests failed out of [0-9]+' build/ctest.log | tail -1)
unit_failed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
unit_total=$(sed -E 's/.* tests failed out of ([0-9]+).*/\1/' <<<"$line")
[ -n "$line" ] || { unit_failed=1; unit_total=1; }
unit_passed=$((unit_total - unit_failed))

echo "== unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
san_passed=0 san_failed=1
if { cmake --preset sanitize >build/sanitize-configure.log 2>&1 || { cat build/sanitize-configure.log; false; }; } &&
   cmake --build --preset sanitize >build/sanitize-build.log 2>&1; then
  ctest --preset sanitize 2>&1 | tee build/ctest-sanitize.log | grep -E "tests passed|tests failed|\*\*\*|ERROR" || true
  line=$(grep -E 'tests failed out of [0-9]+' build/ctest-sanitize.log | tail -1)
  if [ -n "$line" ]; then
    san_failed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
    san_passed=$(( $(sed -E 's/.* tests failed out of ([0-9]+).*/\1/' <<<"$line") - san_failed ))
  fi
else
  tail -30 build/sanitize-build.log
fi

echo "== fuzz corpora replayed (libFuzzer + ASan + UBSan; the long runs: scripts/fuzz.sh)"
fuzz_passed=0 fuzz_failed=0
if { cmake --preset fuzz >build/fuzz-configure.log 2>&1 || { cat build/fuzz-configure.log; false; }; } &&
   cmake --build --preset fuzz >build/fuzz-build.log 2>&1; then
  for t in export csv link map_asset text; do
    if build/fuzz/tests/fuzz/fuzz_$t -runs=0 "tests/fuzz/corpus/$t" >build/fuzz-replay-$t.log 2>&1; then
      fuzz_passed=$((fuzz_passed + 1)); echo "  fuzz_$t: $(ls "tests/fuzz/corpus/$t" | wc -l) inputs, no finding"
    else
      fuzz_failed=$((fuzz_failed + 1)); echo "  fuzz_$t: FAILED"; tail -20 build/fuzz-replay-$t.log
    fi
  done
else
  fuzz_failed=1; tail -30 build/fuzz-build.log
fi

echo "== web build"
{ cmake --preset web >build/web-configure.log 2>&1 || { cat build/web-configure.log; false; }; } &&
  cmake --build --preset web || { echo "web build failed"; browser_failed=1
                                  finish $((unit_passed + san_passed + fuzz_passed)) $((unit_failed + san_failed + fuzz_failed + 1)); }

echo "== browser tests (screenshots in test-artifacts/)"
node tests/browser/run.mjs 2>&1 | tee build/browser.log
line=$(grep -E '^browser: [0-9]+ passed, [0-9]+ failed' build/browser.log | tail -1)
browser_passed=$(sed -E 's/browser: ([0-9]+) passed.*/\1/' <<<"$line")
browser_failed=$(sed -E 's/.*passed, ([0-9]+) failed.*/\1/' <<<"$line")
[ -n "$line" ] || { browser_passed=0; browser_failed=1; }

finish $((unit_passed + san_passed + fuzz_passed + browser_passed)) $((unit_failed + san_failed + fuzz_failed + browser_failed))
