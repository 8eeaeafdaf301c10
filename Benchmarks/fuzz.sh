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
# Seeds of every format: text, the real web pages, the HTML and Word fixtures, and the
# Markdown and pdftotext conversions (PDFs are cut at -max_len, which fuzzes the
# damaged-PDF paths).
cp -n Tests/FuzzCorpus/* Content/reports/* Tests/NianbaoReportsTests/Fixtures/pingtan-dumps/*.txt \
  Tests/NianbaoFormatsTests/Fixtures/*.html Tests/NianbaoFormatsTests/Fixtures/*.docx \
  Tests/NianbaoFormatsTests/Fixtures/producers/*.html Tests/NianbaoFormatsTests/Fixtures/producers/*.docx \
  Tests/NianbaoFormatsTests/Fixtures/producers/*.md Tests/NianbaoFormatsTests/Fixtures/producers/*.txt \
  .build/fuzz/corpus/ 2>/dev/null || true
cd .build/fuzz
LSAN_OPTIONS=suppressions=../../Benchmarks/lsan.supp ./release/NianbaoFuzz corpus -dict=../../Benchmarks/fuzz.dict -max_total_time="$seconds" \
  -max_len=${MAX_LEN:-262144} -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 2>&1 \
  | grep -E "^#[0-9]+.*(pulse|DONE)|^stat::|ERROR|SUMMARY|Done|Test unit written" || true
