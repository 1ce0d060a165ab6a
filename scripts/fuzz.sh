#!/usr/bin/env bash
# Fuzzes every parser of outside bytes with libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer
# (Debian's clang 14; `cmake --preset fuzz`). Not part of the test command, which only replays the
# committed corpora; this is the long run.
#   scripts/fuzz.sh [seconds per target] [target...]   targets: export csv link map_asset text
#   scripts/fuzz.sh --merge                              fold what the runs found into tests/fuzz/corpus
# Prints, per target, the executions of this run and of all runs so far (build/fuzz/executions),
# and the findings (crash files in build/fuzz/findings/<target>/: each becomes a regression test
# by copying it into tests/fuzz/corpus/<target>/ once fixed).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
all=(export csv link map_asset text)
scripts/bootstrap.sh >/dev/null || exit 1
{ cmake --preset fuzz >build/fuzz-configure.log 2>&1 || { cat build/fuzz-configure.log; exit 1; }; } &&
  cmake --build --preset fuzz >build/fuzz-build.log 2>&1 || { tail -30 build/fuzz-build.log; exit 1; }
bin=build/fuzz/tests/fuzz
dict() { case $1 in export|csv) echo "-dict=tests/fuzz/json.dict";; link) echo "-dict=tests/fuzz/link.dict";; esac; }
# Longest input per target: long enough for every structure the parser knows, short enough for
# thousands of executions a second (the map reader on the whole 277 KB asset manages 500/s).
max_len() { case $1 in export) echo 4096;; csv) echo 512;; map_asset) echo 8192;; *) echo 1024;; esac; }

if [ "${1:-}" = "--merge" ]; then
  for t in "${all[@]}"; do
    [ -d "build/fuzz/work/$t" ] || continue
    "$bin/fuzz_$t" -merge=1 "tests/fuzz/corpus/$t" "build/fuzz/work/$t" >/dev/null 2>&1
    echo "$t: $(ls "tests/fuzz/corpus/$t" | wc -l) corpus files"
  done
  exit 0
fi

seconds=${1:-60}
shift || true
[ $# -gt 0 ] && targets=("$@") || targets=("${all[@]}")
totals=build/fuzz/executions
touch "$totals"
status=0
for t in "${targets[@]}"; do
  work=build/fuzz/work/$t findings=build/fuzz/findings/$t
  mkdir -p "$work" "$findings"
  log=build/fuzz/$t.log
  # Only `work` is written to; the committed corpus and the extra seeds are read.
  "$bin/fuzz_$t" "$work" "tests/fuzz/corpus/$t" $(dict "$t") -max_total_time="$seconds" \
    -artifact_prefix="$findings/" -print_final_stats=1 -rss_limit_mb=2048 -max_len="$(max_len "$t")" >"$log" 2>&1
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  runs=${runs:-0}
  before=$(awk -v t="$t" '$1 == t { print $2 }' "$totals"); before=${before:-0}
  total=$((before + runs))
  { grep -v "^$t " "$totals"; echo "$t $total"; } > "$totals.tmp" && mv "$totals.tmp" "$totals"
  found=$(find "$findings" -type f | wc -l)
  [ "$found" -gt 0 ] && status=1
  printf '%-10s %12s executions this run, %14s in all runs, %d findings\n' "$t" "$runs" "$total" "$found"
done
exit $status
