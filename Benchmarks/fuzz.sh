#!/usr/bin/env bash
# Fuzzes the report readers and parser (text, HTML, Word, PDF) with libFuzzer and
# AddressSanitizer.
#
#   Benchmarks/fuzz.sh [seconds]      (default 600)
#
# Builds the NianbaoFuzz target with -sanitize=fuzzer,address in its own build
# folder, starts from Tests/FuzzCorpus and the reports in Content/reports, and
# keeps the growing corpus in .build/fuzz/corpus between runs. A crash or a hang
# (over 10 s for one input) stops the run and is saved as .build/fuzz/crash-* or
# timeout-*; replay one with `swift run NianbaoFuzz <file>`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
swift build -c release --product NianbaoFuzz --scratch-path .build/fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DNIANBAO_FUZZ 2>&1 | grep -v "Cannot export local symbol" | tail -1
mkdir -p .build/fuzz/corpus
cp -n Tests/FuzzCorpus/* Content/reports/*.txt .build/fuzz/corpus/ 2>/dev/null || true
cd .build/fuzz
./release/NianbaoFuzz corpus -dict=../../Benchmarks/fuzz.dict -max_total_time="$seconds" \
  -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 2>&1 \
  | grep -E "^#[0-9]+.*(pulse|DONE)|^stat::|ERROR|SUMMARY|Done|Test unit written" || true
