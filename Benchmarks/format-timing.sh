#!/usr/bin/env bash
# Times `nianbao parse` on one report in each format (text, HTML, Word, PDF), with
# hyperfine when it is installed (apt-get install hyperfine), else a plain loop.
# The times include starting the process (about 10 ms).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product nianbao >/dev/null
F=Tests/NianbaoFormatsTests/Fixtures
files=(
  "Content/reports/000_efb035f696e87f51.txt"
  "Content/reports/pingtan-2024.html"
  "$F/000_efb035f696e87f51.html"
  "$F/002-word-gb2312.html"
  "$F/000_efb035f696e87f51.docx"
  "$F/000_efb035f696e87f51.pdf"
  "$F/000-page-break.pdf"
)
if command -v hyperfine >/dev/null; then
  args=()
  for f in "${files[@]}"; do args+=("-n" "$(basename "$f") ($(du -k "$f" | cut -f1) KB)" ".build/release/nianbao parse $f"); done
  hyperfine -N --warmup 3 --runs "${RUNS:-30}" --style basic "${args[@]}" 2>&1 | grep -E "^Benchmark|Time \(mean"
else
  for f in "${files[@]}"; do
    start=$(date +%s.%N)
    for _ in $(seq 10); do .build/release/nianbao parse "$f" >/dev/null; done
    end=$(date +%s.%N)
    echo "$(basename "$f"): $(echo "($end - $start) / 10" | bc -l | cut -c1-6) s"
  done
fi
