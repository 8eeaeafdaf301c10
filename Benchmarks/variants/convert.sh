#!/bin/bash
# convert.sh DIR: converts every DIR/*.html with LibreOffice, pandoc (and pandoc 3 at $PANDOC3), pdftotext into DIR/conv/
D=$1; C=$D/conv; mkdir -p $C/lo-pdf $C/lo-docx $C/lo-txt
P3=${PANDOC3:-}
PROF="-env:UserInstallation=file://$(cd "$D" && pwd)/lo-profile"
( soffice $PROF --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir $C/lo-pdf $D/*.html >/dev/null 2>&1
  soffice $PROF --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir $C/lo-docx $D/*.html >/dev/null 2>&1
  soffice $PROF --headless --infilter="HTML (StarWriter)" --convert-to 'txt:Text (encoded):UTF8' --outdir $C/lo-txt $D/*.html >/dev/null 2>&1 ) &
for f in $D/*.html; do
  b=$(basename $f .html)
  for v in p2:/usr/bin/pandoc p3:$P3; do
    tag=${v%%:*}; exe=${v#*:}; [ -x "$exe" ] || continue
    mkdir -p $C/$tag-markdown $C/$tag-gfm $C/$tag-plain
    echo "$exe -f html -t markdown --wrap=none $f -o $C/$tag-markdown/$b.md"
    echo "$exe -f html -t gfm --wrap=none $f -o $C/$tag-gfm/$b.md"
    echo "$exe -f html -t plain --wrap=none $f -o $C/$tag-plain/$b.txt"
  done
done | xargs -P 4 -I{} sh -c '{}'
wait
mkdir -p $C/pdftotext-layout $C/pdftotext-raw
for p in $C/lo-pdf/*.pdf; do b=$(basename $p .pdf); pdftotext -layout $p $C/pdftotext-layout/$b.txt; pdftotext -raw $p $C/pdftotext-raw/$b.txt; done
