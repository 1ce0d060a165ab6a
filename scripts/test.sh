#!/usr/bin/env bash
# Runs every test: native unit tests (ctest, doctest) and browser tests (playwright-core + Chromium
# against the built web app). Installs what is missing first. Ends with "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn from Debian's node modules
mkdir -p build test-artifacts

finish() {  # passed failed
  echo "unit: ${unit_passed:-0} passed, ${unit_failed:-0} failed; browser: ${browser_passed:-0} passed, ${browser_failed:-0} failed"
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

echo "== web build"
{ cmake --preset web >build/web-configure.log 2>&1 || { cat build/web-configure.log; false; }; } &&
  cmake --build --preset web || { echo "web build failed"; browser_failed=1; finish "$unit_passed" $((unit_failed + 1)); }

echo "== browser tests (screenshots in test-artifacts/)"
node tests/browser/run.mjs 2>&1 | tee build/browser.log
line=$(grep -E '^browser: [0-9]+ passed, [0-9]+ failed' build/browser.log | tail -1)
browser_passed=$(sed -E 's/browser: ([0-9]+) passed.*/\1/' <<<"$line")
browser_failed=$(sed -E 's/.*passed, ([0-9]+) failed.*/\1/' <<<"$line")
[ -n "$line" ] || { browser_passed=0; browser_failed=1; }

finish $((unit_passed + browser_passed)) $((unit_failed + browser_failed))
