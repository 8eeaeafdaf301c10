#!/usr/bin/env python3
"""Writes a minimal Hugo site holding the same reports as a nianbao content folder.

Usage:  python3 Benchmarks/hugo-site.py CONTENT HUGO_DIR

CONTENT is a nianbao content folder (CONTENT/reports/…), e.g. one written by
make-corpus.py. HUGO_DIR gets config.toml, three layouts (home, list, single) and one
Markdown page per report under content/reports/: front matter title and date from the
report's agency and year, body = the report's text, one paragraph per line (for a web
page, the text of its elements; tables as tab-separated rows). Build it with
`hugo --source HUGO_DIR --destination OUT`.

Agency and year come from, in that order: the corpus.tsv that make-corpus.py writes
next to CONTENT; the report's front matter (`agency = "…"`, `year = …`); the title of a
web page or the first line of a text naming "<agency><year>年…报告".

Python 3 standard library only.
"""

import csv
import html
import os
import re
import sys
import time

CONFIG = """baseURL = "/"
title = "政府信息公开工作年度报告（Hugo 对照）"
languageCode = "zh-cn"
hasCJKLanguage = true
disableKinds = ["RSS", "sitemap", "taxonomy", "term"]
"""

SINGLE = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title></head>
<body>
<p><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></p>
<h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2006-01-02" }}</p>
{{ .Content }}
</body>
</html>
"""

LIST = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title></head>
<body>
<p><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></p>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</body>
</html>
"""

INDEX = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body>
<h1>{{ .Site.Title }}</h1>
{{ .Content }}
<p>{{ len .Site.RegularPages }} 份报告</p>
<ul>
{{ range .Site.RegularPages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</body>
</html>
"""

BLOCK_TAGS = ("p|div|h[1-6]|tr|br|li|table|tbody|thead|section|article|header|footer|nav|ul|ol|form|"
              "blockquote|dd|dt|dl|center")
DROP = re.compile(r"<!--.*?-->|<(script|style|head)\b.*?</\1\s*>", re.S | re.I)
BLOCK = re.compile(r"</?(?:" + BLOCK_TAGS + r")\b[^>]*>", re.I)
CELL = re.compile(r"<t[dh]\b[^>]*>", re.I)
TAG = re.compile(r"<[^>]*>")
TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)


def text_of_html(page):
    """(title, lines) of a web page: a line per block element, table cells behind tabs.
    Regular expressions, not a parser: this only feeds Hugo some text."""
    m = TITLE_TAG.search(page)
    title = html.unescape(TAG.sub("", m.group(1))).strip() if m else ""
    page = DROP.sub("", page)
    page = page.replace("\r", " ").replace("\n", " ")
    page = BLOCK.sub("\n", page)
    page = CELL.sub("\t", page)
    page = TAG.sub("", page)
    return title, html.unescape(page).replace("\xa0", " ").split("\n")


def decode_text(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def decode_html(data):
    head = data[:4096].decode("ascii", errors="replace").lower()
    m = re.search(r"charset\s*=\s*[\"']?([a-z0-9_-]+)", head)
    charset = m.group(1) if m else None
    if charset in ("gb2312", "gbk", "gb18030"):
        return data.decode("gb18030", errors="replace")
    if charset and charset not in ("utf-8", "utf8"):
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            pass
    return decode_text(data)


FRONT_KEY = re.compile(r'^\s*(agency|year)\s*=\s*"?([^"#]*?)"?\s*(?:#.*)?$')


def split_front_matter(text):
    """({key: value}, text without the block)."""
    lines = text.split("\n")
    first = next((i for i, l in enumerate(lines) if l.strip()), None)
    if first is None or lines[first].strip() != "+++":
        return {}, text
    for end in range(first + 1, min(len(lines), first + 41)):
        if lines[end].strip() == "+++":
            matter = {}
            for line in lines[first + 1:end]:
                m = FRONT_KEY.match(line)
                if m:
                    matter[m.group(1)] = m.group(2).strip()
            return matter, "\n".join(lines[end + 1:])
    return {}, text


TITLE = re.compile(r"([\u4e00-\u9fff（）()]{2,40}?)\s*((?:19|20)\d\d)\s*年度?\s*(?:政府信息公开|政务公开)")


def guess_agency_year(*texts):
    for text in texts:
        m = TITLE.search(text or "")
        if m:
            agency = re.sub(r"^(?:现公布|特向社会公布|公布|关于)", "", m.group(1))
            return agency, int(m.group(2))
    return None, None


def toml_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def markdown_paragraph(line):
    """One line of report text as a Markdown paragraph: no HTML, no shortcodes."""
    line = line.strip()
    line = line.replace("{{", "{ {").replace("<", "&lt;")
    return line


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: hugo-site.py CONTENT HUGO_DIR")
    content, out = sys.argv[1], sys.argv[2]
    start = time.time()
    reports = os.path.join(content, "reports")
    manifest = {}
    tsv = os.path.join(os.path.dirname(os.path.abspath(content)), "corpus.tsv")
    if os.path.exists(tsv):
        with open(tsv, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                manifest[row["path"]] = (row["agency"], int(row["year"]))

    os.makedirs(os.path.join(out, "layouts", "_default"), exist_ok=True)
    pages = os.path.join(out, "content", "reports")
    os.makedirs(pages, exist_ok=True)
    for path, text in (("config.toml", CONFIG), ("layouts/_default/single.html", SINGLE),
                       ("layouts/_default/list.html", LIST), ("layouts/index.html", INDEX),
                       ("content/_index.md", "+++\ntitle = \"首页\"\n+++\n\n各级行政机关的政府信息公开工作年度报告。\n"),
                       ("content/reports/_index.md", "+++\ntitle = \"全部报告\"\n+++\n")):
        with open(os.path.join(out, path), "w", encoding="utf-8") as f:
            f.write(text)

    count = 0
    for folder, dirs, files in os.walk(reports):
        dirs.sort()
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = os.path.join(folder, name)
            rel = os.path.relpath(full, reports)
            with open(full, "rb") as f:
                data = f.read()
            title_hint = ""
            if name.lower().endswith((".html", ".htm")):
                title_hint, lines = text_of_html(decode_html(data))
                matter = {}
            elif name.lower().endswith(".txt"):
                matter, text = split_front_matter(decode_text(data).replace("\r\n", "\n").replace("\r", "\n"))
                lines = text.split("\n")
            else:
                continue  # Word and PDF: not in this benchmark
            paragraphs = [markdown_paragraph(l) for l in lines if l.strip()]
            if rel in manifest:
                agency, year = manifest[rel]
            elif "agency" in matter and matter.get("year", "").isdigit():
                agency, year = matter["agency"], int(matter["year"])
            else:
                agency, year = guess_agency_year(title_hint, *paragraphs[:5])
                if agency is None:
                    agency, year = os.path.splitext(rel)[0], 2000
            title = f"{agency}{year}年政府信息公开工作年度报告"
            page = re.sub(r"[^A-Za-z0-9_-]+", "-", os.path.splitext(rel)[0]).strip("-") + ".md"
            with open(os.path.join(pages, page), "w", encoding="utf-8") as f:
                f.write(f"+++\ntitle = {toml_string(title)}\ndate = {year}-12-31\n+++\n\n")
                f.write("\n\n".join(paragraphs))
                f.write("\n")
            count += 1
    print(f"{count} pages in {pages} ({time.time() - start:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
