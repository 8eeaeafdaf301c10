#!/usr/bin/env bash
# Random producer variants: N web pages of a report with consistent random figures and
# random producer traits (blank zeros, reordered columns and groups, merged or flattened
# labels, <p> per label line, digits in <span>s, split tables, narrow label columns), each
# converted with LibreOffice (PDF, .docx, text), pandoc (markdown, gfm, plain; pandoc 3 too
# when PANDOC3 names it) and pdftotext (-layout, -raw of LibreOffice's PDF), every file
# parsed and every figure counted exact / wrong / null against its true figures.
#   Benchmarks/producer-variants.sh [N] [SEED]     (default 20 variants, seed 1)
# Needs libreoffice-writer-nogui, fonts-noto-cjk, pandoc, poppler-utils. Output and the
# variants are kept in .build/variants/ to reproduce any wrong figure.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product nianbao >/dev/null
out=.build/variants/s${2:-1}
rm -rf "$out"; mkdir -p "$out"
python3 Benchmarks/variants/make-variants.py "${1:-20}" "${2:-1}" "$out"
bash Benchmarks/variants/convert.sh "$out"
python3 Benchmarks/variants/check.py "$out" | tee "$out/result.txt" | grep -v "^WRONG" | grep .
echo "every wrong figure: $out/result.txt"
