#!/usr/bin/env bash
# Times `nianbao parse` on report-like inputs of growing size, to show the
# parser is linear in the input. Prints size, seconds, MB/s and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product nianbao >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=Content/reports/000_efb035f696e87f51.txt
printf "%8s %10s %8s %12s\n" "MB" "seconds" "MB/s" "peak RSS MB"
for mb in ${SIZES:-1 2 5 10 20}; do
  python3 Benchmarks/make-large-report.py "$seed" "$mb" "$work/r.txt"
  actual=$(stat -c %s "$work/r.txt")
  best=""
  rss=0
  for run in 1 2 3; do
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f "%M" -o "$work/rss" .build/release/nianbao parse "$work/r.txt" >/dev/null
      rss=$(cat "$work/rss")
    else
      .build/release/nianbao parse "$work/r.txt" >/dev/null
    fi
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  awk -v b="$actual" -v t="$best" -v r="$rss" 'BEGIN { printf "%8.1f %10.3f %8.2f %12.1f\n", b/1048576, t, b/1048576/t, r/1024 }'
done
