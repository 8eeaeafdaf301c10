#!/usr/bin/env bash
# Converts every producer fixture and every seed's web, Word and PDF version the way a
# publisher's tools would (pandoc to Markdown and plain text, pdftotext in its three reading
# orders), parses each conversion with `nianbao parse` and compares its figures with the
# fixture's expected file (a seed's: its golden report).
#   Benchmarks/conversions.sh            one line per converter: exact / wrong / missing
#   Benchmarks/conversions.sh --list     and every figure that is not exact
# Needs pandoc and poppler-utils (apt-get install pandoc poppler-utils); PANDOC=path picks
# another pandoc (pip install pypandoc_binary brings pandoc 3). The conversions are kept
# in .build/conversions/ (OUT=folder for another) to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product nianbao >/dev/null
F=Tests/NianbaoFormatsTests/Fixtures/producers
OUT=${OUT:-.build/conversions}
rm -rf "$OUT"; mkdir -p "$OUT"
list=""; [ "${1:-}" = --list ] && list=--list
# LibreOffice (apt-get install libreoffice-writer-nogui fonts-noto-cjk) adds its .docx, PDF
# and text exports of the web pages and Word files, read as a user's reports would be.
LIBREOFFICE=""; command -v soffice >/dev/null && [ "${NO_LIBREOFFICE:-}" = "" ] && LIBREOFFICE=1
declare -A exact wrong missing total
convert() { # converter name, source file, output file
  local name=$1 src=$2 dst=$3
  case $name in
    pandoc-*)
      # pandoc reads UTF-8 only: a GB2312 page is converted first, as a user has to.
      if [[ $src != *.docx ]] && grep -qiE 'charset="?(gb2312|gbk|gb18030)' "$src"; then
        iconv -f GB18030 -t UTF-8 "$src" > "$OUT/utf8.html"; src="$OUT/utf8.html"
      fi
      "${PANDOC:-pandoc}" -f "$( [[ $src == *.docx ]] && echo docx || echo html)" -t "${name#pandoc-}" --wrap=none "$src" -o "$dst" 2>/dev/null ;;
    libreoffice-*)
      # LibreOffice, headless: a page or a Word file saved as .docx, PDF or text.
      local filter=${name#libreoffice-} work="$OUT/lo.$$"
      mkdir -p "$work"
      local infilter=(); [[ $src == *.htm* ]] && infilter=(--infilter="HTML (StarWriter)")
      case $filter in
        docx) soffice --headless "${infilter[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$src" >/dev/null 2>&1 ;;
        pdf) soffice --headless "${infilter[@]}" --convert-to pdf:writer_pdf_Export --outdir "$work" "$src" >/dev/null 2>&1 ;;
        txt) soffice --headless "${infilter[@]}" --convert-to 'txt:Text (encoded):UTF8' --outdir "$work" "$src" >/dev/null 2>&1 ;;
      esac
      local made; made=$(ls "$work"/* 2>/dev/null | head -1)
      [ -n "$made" ] && mv "$made" "$dst"; rm -rf "$work"; [ -f "$dst" ] ;;
    pdftotext-raw) pdftotext -raw "$src" "$dst" ;;
    pdftotext-layout) pdftotext -layout "$src" "$dst" ;;
    pdftotext) pdftotext "$src" "$dst" ;;
  esac
}
S=Tests/NianbaoFormatsTests/Fixtures
G=Tests/NianbaoReportsTests/Golden
for src in "$F"/*.html "$F"/*.docx "$F"/*.pdf "$S"/[0-9]*.html "$S"/[0-9]*.docx "$S"/[0-9]*.pdf; do
  stem=$(basename "${src%.*}")
  # Producer fixtures have an expected file; the seeds' Word, web and PDF versions read
  # to their seed's golden report.
  expected="$F/$stem.expected.json"
  # A fixture another program made of a fixture here (`X-libreoffice.pdf` of `X.html`) is
  # compared with the source's figures: its own expected file leaves `null` what the PDF
  # reader cannot settle, which a conversion may well read.
  [ -f "$F/${stem%-libreoffice}.expected.json" ] && expected="$F/${stem%-libreoffice}.expected.json"
  [ -f "$expected" ] || expected=$(ls "$G/${stem:0:3}"_*.json 2>/dev/null | head -1)
  [ -f "$expected" ] || continue
  if [[ $src == *.pdf ]]; then converters="pdftotext-raw pdftotext-layout pdftotext"
  else converters="pandoc-markdown_strict pandoc-gfm pandoc-markdown pandoc-plain"; fi
  if [ -n "$LIBREOFFICE" ] && [[ $src != *.pdf ]]; then
    converters="$converters libreoffice-pdf libreoffice-txt"
    [[ $src == *.docx ]] || converters="$converters libreoffice-docx"
  fi
  for c in $converters; do
    ext=md; [[ $c == pdftotext* || $c == pandoc-plain || $c == libreoffice-txt ]] && ext=txt
    [[ $c == libreoffice-pdf ]] && ext=pdf; [[ $c == libreoffice-docx ]] && ext=docx
    dst="$OUT/$stem.$(basename "${src##*.}").$c.$ext"
    convert "$c" "$src" "$dst" || continue
    .build/release/nianbao parse "$dst" > "$dst.json" 2>/dev/null || true
    read -r e w m t < <(python3 Benchmarks/compare-figures.py "$expected" "$dst.json" | head -1)
    exact[$c]=$(( ${exact[$c]:-0} + e )); wrong[$c]=$(( ${wrong[$c]:-0} + w ))
    missing[$c]=$(( ${missing[$c]:-0} + m )); total[$c]=$(( ${total[$c]:-0} + t ))
    if [ -n "$list" ] && [ "$e" != "$t" ]; then
      echo "$stem.$c: $e exact, $w wrong, $m missing of $t"
      python3 Benchmarks/compare-figures.py "$expected" "$dst.json" --list | tail -n +2 | head -40
    fi
  done
done
printf '%-24s %8s %6s %8s %6s\n' converter exact wrong missing total
for c in pandoc-markdown_strict pandoc-gfm pandoc-markdown pandoc-plain pdftotext-raw pdftotext-layout pdftotext \
         libreoffice-docx libreoffice-pdf libreoffice-txt; do
  [ -n "${total[$c]:-}" ] && printf '%-24s %8s %6s %8s %6s\n' "$c" "${exact[$c]}" "${wrong[$c]}" "${missing[$c]}" "${total[$c]}"
done
