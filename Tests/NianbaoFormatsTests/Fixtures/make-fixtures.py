#!/usr/bin/env python3
"""Writes the HTML, Word and PDF fixtures of NianbaoFormatsTests from the five seed reports.

Each fixture is one of the seed reports in Content/reports/ with the narrative text kept
as it is and the bodies of parts 二, 三 and 四 replaced by the official 2021 tables
(国办公开办函〔2021〕30号), filled from the seed's golden JSON in
Tests/NianbaoReportsTests/Golden/. A reader of any of these files must therefore give the
numbers of that golden JSON.

Usage:  python3 make-fixtures.py            (all fixtures)
        python3 make-fixtures.py --html-only (skip LibreOffice)

Python 3 standard library only; the Word and PDF files need LibreOffice Writer
(`soffice`, e.g. Debian's libreoffice-writer-nogui). See README.md.
"""

import hashlib
import html
from html.parser import HTMLParser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
REPORTS = os.path.join(ROOT, "Content", "reports")
GOLDEN = os.path.join(ROOT, "Tests", "NianbaoReportsTests", "Golden")

SEEDS = [
    "000_efb035f696e87f51",
    "001_69cc43620935c919",
    "002_9d017863089d3b5a",
    "003_38a0cde88c4c746e",
    "004_b87e4db93de93761",
]

NUMERALS = "一二三四五六"
# A word each part title holds.
PART_KEYWORDS = {1: "总体情况", 2: "主动公开", 3: "收到和处理", 4: "行政复议", 5: "存在的主要问题", 6: "其他需要报告"}
TABLE_PARTS = (2, 3, 4)

SOFFICE_PROFILE = "file:///tmp/lo-profile"
# Written into the .docx and PDF files instead of the time of conversion, so that running
# the script again gives the same bytes.
FIXED_TIME = (2025, 1, 1, 0, 0, 0)
SOFFICE_TIMEOUT = "120"


# ---------------------------------------------------------------------------
# Reading a seed


def clean(line):
    """A text line without Markdown heading and bold markers or surrounding space."""
    text = line.strip()
    text = re.sub(r"^#+\s*", "", text)
    text = text.replace("**", "")
    return text.strip()


def heading_title(line, part):
    """The part title if `line` is the heading of `part` (numbered or not), else None."""
    if line[:1] in "\t":  # table cells in the seeds start with a tab
        return None
    text = clean(line)
    match = re.match(r"^(?:([一二三四五六])\s*、\s*)?(.+)$", text)
    if not match:
        return None
    numeral, title = match.groups()
    if numeral and numeral != NUMERALS[part - 1]:
        return None
    if PART_KEYWORDS[part] not in title or len(title) > 30 or title[:1] in "（(":
        return None
    if not (title.endswith("情况") or title.endswith("事项")):
        return None
    return title


def split_glued_headings(lines):
    """Puts a part heading that text extraction glued to the end of a paragraph on a line
    of its own: 000 has "…提供了有力保障。二、主动公开政府信息情况"."""
    out = []
    for line in lines:
        m = re.match(r"^(.+。)\s*([二三四五六]、[^。]{2,30}(?:情况|事项))\s*$", line)
        if m and any(k in m.group(2) for k in PART_KEYWORDS.values()):
            out += [m.group(1), m.group(2)]
        else:
            out.append(line)
    return out


def narrative(lines):
    """Non-empty narrative lines, cleaned. An image marker (`[image: x.png]`) and the
    OCR text after it, up to the next run of two or more blank lines, are dropped:
    they are not report text (the golden JSON drops them too)."""
    out = []
    skipping = False
    blanks = 0
    for line in lines:
        text = clean(line)
        if skipping:
            if text:
                blanks = 0
                continue
            blanks += 1
            if blanks >= 2:
                skipping = False
            continue
        if text.startswith("[image:"):
            skipping = True
            blanks = 0
            continue
        if text:
            out.append(text)
    return out


def load_seed(stem):
    with open(os.path.join(REPORTS, stem + ".txt"), encoding="utf-8") as f:
        lines = split_glued_headings(f.read().split("\n"))
    with open(os.path.join(GOLDEN, stem + ".json"), encoding="utf-8") as f:
        # Numbers stay the strings the JSON spells, so 12.5 prints as 12.5 and 0 as 0.
        golden = json.load(f, parse_float=str, parse_int=str)

    # Part headings, searched in order.
    heads = {}  # part -> (index of the heading line, index where its body starts, title)
    start = 0
    for part in range(1, 7):
        found = None
        for i in range(start, len(lines)):
            title = heading_title(lines[i], part)
            if title:
                found = (i, i + 1, title)
                break
        if found is None:
            raise SystemExit(f"{stem}: no heading for part {NUMERALS[part - 1]}")
        heads[part] = found
        start = found[1]

    first = heads[1][0]
    front = lines[:first]
    # The title: the leading short lines, joined (003 splits its title over two lines
    # with a blank line between); the rest is preamble.
    i = 0
    title_parts = []
    while i < len(front) and len(clean(front[i])) <= 40:
        if clean(front[i]):
            title_parts.append(clean(front[i]))
        i += 1
    title = "".join(title_parts) or None
    preamble = narrative(front[i:])

    parts = []
    for part in range(1, 7):
        body_start = heads[part][1]
        if part < 6:
            body_end = heads[part + 1][0]
        else:
            body_end = len(lines)
        numbered = heads[part][2]
        parts.append({
            "number": part,
            "heading": NUMERALS[part - 1] + "、" + numbered,
            "lines": [] if part in TABLE_PARTS else narrative(lines[body_start:body_end]),
        })
    return {"stem": stem, "title": title, "preamble": preamble, "parts": parts, "golden": golden}


# ---------------------------------------------------------------------------
# The three tables as grids of cells


class Cell:
    def __init__(self, text, rowspan=1, colspan=1, kind="label"):
        self.text = text
        self.rowspan = rowspan
        self.colspan = colspan
        self.kind = kind  # "head", "label", "num" or "blank"


def table2(g, merged=True):
    """表二. `merged=False` writes the short rows as four cells with blanks, as many
    Word documents do, instead of spanning the value over three columns."""
    a = g["activeDisclosure"]

    def single(label, value):
        if merged:
            return [Cell(label), Cell(value, colspan=3, kind="num")]
        return [Cell(label), Cell(value, kind="num"), Cell("", kind="blank"), Cell("", kind="blank")]

    def head(text):
        if merged:
            return [Cell("信息内容", kind="head"), Cell(text, colspan=3, kind="head")]
        return [Cell("信息内容", kind="head"), Cell(text, kind="head"), Cell("", kind="blank"), Cell("", kind="blank")]

    rows = [
        [Cell("第二十条第（一）项", colspan=4, kind="head")],
        [Cell("信息内容", kind="head"), Cell("本年制发件数", kind="head"), Cell("本年废止件数", kind="head"),
         Cell("现行有效件数", kind="head")],
    ]
    for label, key in (("规章", "rules"), ("行政规范性文件", "normativeDocuments")):
        item = a[key]
        rows.append([Cell(label)] + [Cell(item[k], kind="num") for k in ("issued", "repealed", "inForce")])
    rows += [
        [Cell("第二十条第（五）项", colspan=4, kind="head")],
        head("本年处理决定数量"),
        single("行政许可", a["licensing"]),
        [Cell("第二十条第（六）项", colspan=4, kind="head")],
        head("本年处理决定数量"),
        single("行政处罚", a["penalties"]),
        single("行政强制", a["coercion"]),
        [Cell("第二十条第（八）项", colspan=4, kind="head")],
        head("本年收费金额（单位：万元）"),
        single("行政事业性收费", a["fees"]),
    ]
    return rows


APPLICANTS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
OUTCOME_GROUPS = [
    ("（三）不予公开", "withheld", [
        ("1.属于国家秘密", "stateSecret"),
        ("2.其他法律行政法规禁止公开", "legallyProhibited"),
        ("3.危及“三安全一稳定”", "securityStability"),
        ("4.保护第三方合法权益", "thirdPartyRights"),
        ("5.属于三类内部事务信息", "internalAffairs"),
        ("6.属于四类过程性信息", "processInformation"),
        ("7.属于行政执法案卷", "enforcementFiles"),
        ("8.属于行政查询事项", "queryMatters"),
    ]),
    ("（四）无法提供", "unavailable", [
        ("1.本机关不掌握相关政府信息", "notHeld"),
        ("2.没有现成信息需要另行制作", "needsCreation"),
        ("3.补正后申请内容仍不明确", "stillUnclear"),
    ]),
    ("（五）不予处理", "notProcessed", [
        ("1.信访举报投诉类申请", "petitions"),
        ("2.重复申请", "duplicate"),
        ("3.要求提供公开出版物", "publications"),
        ("4.无正当理由大量反复申请", "excessive"),
        ("5.要求行政机关确认或重新出具已获取信息", "confirmation"),
    ]),
    ("（六）其他处理", "otherOutcomes", [
        ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "noCorrection"),
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "unpaidFees"),
        ("3.其他", "other"),
    ]),
]
OUTCOME_ROWS = 2 + sum(len(items) for _, _, items in OUTCOME_GROUPS) + 1  # 22


def table3(g):
    r = g["applications"]["rows"]

    def nums(values):
        return [Cell(v, kind="num") for v in values]

    rows = [
        [Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3, kind="head"),
         Cell("申请人情况", colspan=7, kind="head")],
        [Cell("自然人", rowspan=2, kind="head"), Cell("法人或其他组织", colspan=5, kind="head"),
         Cell("总计", rowspan=2, kind="head")],
        [Cell(name, kind="head") for name in APPLICANTS],
        [Cell("一、本年新收政府信息公开申请数量", colspan=3)] + nums(r["newRequests"]),
        [Cell("二、上年结转政府信息公开申请数量", colspan=3)] + nums(r["carriedOver"]),
        [Cell("三、本年度办理结果", rowspan=OUTCOME_ROWS), Cell("（一）予以公开", colspan=2)] + nums(r["disclosed"]),
        [Cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2)] + nums(r["partiallyDisclosed"]),
    ]
    for group, key, items in OUTCOME_GROUPS:
        for n, (label, sub) in enumerate(items):
            row = [Cell(group, rowspan=len(items))] if n == 0 else []
            rows.append(row + [Cell(label)] + nums(r[key][sub]))
    rows.append([Cell("（七）总计", colspan=2)] + nums(r["totalProcessed"]))
    rows.append([Cell("四、结转下年度继续办理", colspan=3)] + nums(r["carriedForward"]))
    return rows


RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
RESULT_KEYS = ["upheld", "corrected", "other", "pending", "total"]


def table4(g):
    rl = g["reviewAndLitigation"]
    values = [rl[group][k] for group in ("administrativeReview", "litigationDirect", "litigationAfterReview")
              for k in RESULT_KEYS]
    return [
        [Cell("行政复议", colspan=5, kind="head"), Cell("行政诉讼", colspan=10, kind="head")],
        [Cell(t, rowspan=2, kind="head") for t in RESULTS]
        + [Cell("未经复议直接起诉", colspan=5, kind="head"), Cell("复议后起诉", colspan=5, kind="head")],
        [Cell(t, kind="head") for t in RESULTS * 2],
        [Cell(v, kind="num") for v in values],
    ]


def tables_for(seed, table2_merged=True):
    g = seed["golden"]
    return {2: table2(g, merged=table2_merged), 3: table3(g), 4: table4(g)}


def check_grid(rows, columns):
    """Every row of the grid must fill exactly `columns` columns."""
    taken = {}
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while c in taken.get(r, set()):
                c += 1
            for rr in range(r, r + cell.rowspan):
                for cc in range(c, c + cell.colspan):
                    taken.setdefault(rr, set()).add(cc)
            c += cell.colspan
    for r in range(len(rows)):
        if taken.get(r) != set(range(columns)):
            raise SystemExit(f"table grid row {r} covers {sorted(taken.get(r, []))}, not {columns} columns")


# ---------------------------------------------------------------------------
# Plain HTML


def esc(text):
    return html.escape(text, quote=False)


def attrs(cell):
    out = ""
    if cell.rowspan > 1:
        out += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        out += f' colspan="{cell.colspan}"'
    return out


def plain_table(rows, widths=None, cellpadding=4, font_size=None, head_rows=0):
    """A table as a plain HTML grid. `widths`: percentage widths of the grid columns,
    written on the cells as hints (LibreOffice's HTML import mostly ignores them; the
    .docx is given the exact widths afterwards, see `set_docx_table_widths`).
    `head_rows`: how many leading rows go in <thead> (LibreOffice repeats them on each page)."""
    out = [f'<table border="1" cellpadding="{cellpadding}" cellspacing="0" width="100%"'
           ' style="border-collapse:collapse">']
    taken = {}
    for r, row in enumerate(rows):
        if head_rows and r == 0:
            out.append("<thead>")
        if head_rows and r == head_rows:
            out.append("</thead>\n<tbody>")
        cells = []
        c = 0
        for cell in row:
            while c in taken.get(r, set()):
                c += 1
            for rr in range(r, r + cell.rowspan):
                for cc in range(c, c + cell.colspan):
                    taken.setdefault(rr, set()).add(cc)
            width = f' width="{sum(widths[c:c + cell.colspan])}%"' if widths else ""
            align = "" if cell.kind == "label" else ' align="center"'
            style = f' style="font-size:{font_size}"' if font_size else ""
            text = esc(cell.text) if cell.text else "&nbsp;"
            cells.append(f"<td{attrs(cell)}{width}{align}{style}>{text}</td>")
            c += cell.colspan
        out.append("<tr>" + "".join(cells) + "</tr>")
    if head_rows:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


# Grid column widths (percent of the text width) and cell font of the standard fixtures.
STANDARD_LAYOUT = {
    2: {"widths": [34, 22, 22, 22], "font_size": "10.5pt"},
    3: {"widths": [7, 9, 30] + [8, 8, 8, 8, 7, 7, 8], "font_size": "10.5pt"},
    4: {"widths": [7] * 10 + [6] * 5, "font_size": "10.5pt"},
}


def layout_with(changes):
    """STANDARD_LAYOUT with some tables' options replaced or added."""
    return {n: dict(STANDARD_LAYOUT[n], **changes.get(n, {})) for n in TABLE_PARTS}


def docx_widths(layout):
    """Column widths for `set_docx_table_widths`: the .docx holds tables 二, 三, 四 as its
    first, second and third table."""
    return {TABLE_PARTS.index(n): layout[n]["widths"] for n in TABLE_PARTS}


def plain_html(seed, layout=STANDARD_LAYOUT, before_part=None):
    """The standard fixture: <h1> title, <p> lines, <h2> part headings, plain tables.
    `before_part`: extra HTML put before the heading of the given parts."""
    tables = tables_for(seed)
    title = seed["title"]
    body = []
    if title:
        body.append(f"<h1>{esc(title)}</h1>")
    body += [f"<p>{esc(t)}</p>" for t in seed["preamble"]]
    for part in seed["parts"]:
        if before_part and part["number"] in before_part:
            body.append(before_part[part["number"]])
        body.append(f"<h2>{esc(part['heading'])}</h2>")
        if part["number"] in TABLE_PARTS:
            body.append(plain_table(tables[part["number"]], **layout[part["number"]]))
        else:
            body += [f"<p>{esc(t)}</p>" for t in part["lines"]]
    # 000 has no title line; its <title> is then the seed's name, which names no report.
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title or seed['stem'])}</title>\n"
        "<style>\nbody { font-family: 'Noto Serif CJK SC', serif; }\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------
# 002-word-gb2312.html: Microsoft Word "Save as Web Page"

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>Administrator</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Pages>6</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;}}
 @font-face
	{{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;}}
 @font-face
	{{font-family:仿宋_GB2312;
	mso-font-charset:134;
	mso-generic-font-family:modern;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}}
 /* Page Definitions */
 @page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""

WORD_BODY_SPAN = ("<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"
                  "宋体;mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>")
WORD_CELL_SPAN = ("<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\";"
                  "mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:宋体;mso-font-kerning:0pt'>")
WORD_NUM_SPAN = ("<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif;"
                 "mso-fareast-font-family:宋体;mso-font-kerning:0pt'>")


def word_paragraph(text, indent=True):
    style = "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"
    if not indent:
        style = "line-height:28.0pt;mso-line-height-rule:exactly"
    # Word writes runs of digits and Latin letters as their own spans.
    pieces = re.split(r"([0-9A-Za-z.:/\-]+)", text)
    spans = []
    for piece in pieces:
        if not piece:
            continue
        if re.fullmatch(r"[0-9A-Za-z.:/\-]+", piece):
            spans.append("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;"
                         "mso-hansi-font-family:宋体;color:black;mso-font-kerning:0pt'>" + esc(piece) + "</span>")
        else:
            spans.append(WORD_BODY_SPAN + esc(piece) + "</span>")
    return (f"<p class=MsoNormal style='{style}'>" + "".join(spans)
            + "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p></o:p></span></p>")


def word_heading(text):
    return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
            "mso-line-height-rule:exactly;mso-outline-level:1'><b><span style='font-size:16.0pt;font-family:黑体;"
            "mso-hansi-font-family:宋体;mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>"
            + esc(text) + "<span lang=EN-US><o:p></o:p></span></span></b></p>")


def word_title(text):
    # "东昌府区人民政府办公室 2024 年 政府信息公开工作年度报告": the year in a Latin span.
    parts = re.split(r"(\s*\d+\s*)", text)
    spans = []
    for piece in parts:
        if not piece:
            continue
        if piece.strip().isdigit():
            spans.append("<span lang=EN-US style='font-size:22.0pt;font-family:方正小标宋简体;"
                         "mso-hansi-font-family:宋体;color:black'>" + esc(piece) + "</span>")
        else:
            spans.append("<span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体;"
                         "mso-bidi-font-family:宋体;color:black'>" + esc(piece) + "</span>")
    return ("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;"
            "mso-line-height-rule:exactly'>" + "".join(spans)
            + "<span lang=EN-US style='font-size:22.0pt'><o:p></o:p></span></p>")


# How some cells of 002 are split in the Word variant: cell text -> inner HTML of the cell.
P_CENTER = "<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>"
P_LEFT = "<p class=MsoNormal align=left style='text-align:left;mso-pagination:widow-orphan'>"
WORD_SPLITS = {
    # label over two paragraphs
    "三、本年度办理结果": P_CENTER + WORD_CELL_SPAN + "三、本年度<o:p></o:p></span></p>\n  "
    + P_CENTER + WORD_CELL_SPAN + "办理结果<o:p></o:p></span></p>",
    # label over two spans
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": P_LEFT + WORD_CELL_SPAN + "（二）部分公开</span>"
    + WORD_CELL_SPAN + "（区分处理的，只计这一情形，不计其他情形）<o:p></o:p></span></p>",
    # a <font> inside a span, and a Latin span for the digit
    "3.危及“三安全一稳定”": P_LEFT + WORD_NUM_SPAN + "3.</span>" + WORD_CELL_SPAN
    + "危及<font face=宋体>“三安全一稳定”</font><o:p></o:p></span></p>",
    # header split over two lines of the narrow column
    "社会公益组织": P_CENTER + WORD_CELL_SPAN + "社会公<o:p></o:p></span></p>\n  "
    + P_CENTER + WORD_CELL_SPAN + "益组织<o:p></o:p></span></p>",
    "法律服务机构": P_CENTER + WORD_CELL_SPAN + "法律服<o:p></o:p></span></p>\n  "
    + P_CENTER + WORD_CELL_SPAN + "务机构<o:p></o:p></span></p>",
    # label over three spans with a <font>
    "（三）不予公开": P_CENTER + WORD_CELL_SPAN + "（三）</span><span lang=EN-US style='font-size:10.5pt'>"
    + "</span><font face=宋体>" + WORD_CELL_SPAN + "不予</span></font>" + WORD_CELL_SPAN + "公开<o:p></o:p></span></p>",
}


def word_cell_inner(cell, split_number):
    if cell.kind == "blank":
        return "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>"
    if cell.text in WORD_SPLITS:
        return WORD_SPLITS[cell.text]
    if cell.kind == "num":
        if split_number:
            # the digits of one number in two spans, as Word writes after an edit
            t = cell.text
            return (P_CENTER + WORD_NUM_SPAN + esc(t[:1]) + "</span>" + WORD_NUM_SPAN + esc(t[1:])
                    + "<o:p></o:p></span></p>")
        return P_CENTER + WORD_NUM_SPAN + esc(cell.text) + "<o:p></o:p></span></p>"
    p = P_CENTER if cell.kind == "head" else P_LEFT
    return p + WORD_CELL_SPAN + esc(cell.text) + "<o:p></o:p></span></p>"


def word_table(rows, widths_pt, split_at=None):
    """A Word-style table. `widths_pt`: widths of the grid columns in points.
    `split_at`: (row, cell index) of the number whose digits go in two spans."""
    out = ["<div align=center>",
           "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width={} style='width:{}pt;"
           "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
           "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>".format(int(sum(widths_pt) * 4 / 3), sum(widths_pt))]
    taken = {}
    for r, row in enumerate(rows):
        yfti = f"mso-yfti-irow:{r}" + (";mso-yfti-firstrow:yes" if r == 0 else "") \
            + (";mso-yfti-lastrow:yes" if r == len(rows) - 1 else "")
        out.append(f" <tr style='{yfti};height:20.0pt'>")
        c = 0
        for i, cell in enumerate(row):
            while c in taken.get(r, set()):
                c += 1
            for rr in range(r, r + cell.rowspan):
                for cc in range(c, c + cell.colspan):
                    taken.setdefault(rr, set()).add(cc)
            w = sum(widths_pt[c:c + cell.colspan])
            span = ""
            if cell.rowspan > 1:
                span += f" rowspan={cell.rowspan}"
            if cell.colspan > 1:
                span += f" colspan={cell.colspan}"
            inner = word_cell_inner(cell, split_at == (r, i))
            out.append(f"  <td width={int(w * 4 / 3)}{span} style='width:{w}pt;border:solid windowtext 1.0pt;"
                       "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:20.0pt'>\n  "
                       + inner + "\n  </td>")
            c += cell.colspan
        out.append(" </tr>")
    out.append("</table>")
    out.append("</div>")
    out.append(f"<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    return "\n".join(out)


def word_html(seed):
    tables = tables_for(seed, table2_merged=False)
    # the number whose digits go in two spans: the total of 本年新收 (41 in 002), or else
    # the first number in table 三 with two or more digits
    split_at = None
    new_requests = tables[3][3]
    if len(new_requests[-1].text) >= 2:
        split_at = (3, len(new_requests) - 1)
    for r, row in enumerate(tables[3]):
        if split_at or r < 3:
            continue
        for i, cell in enumerate(row):
            if cell.kind == "num" and len(cell.text) >= 2:
                split_at = (r, i)
                break
    widths = {2: [140, 100, 100, 100], 3: [40, 60, 150] + [36] * 7, 4: [29] * 15}
    body = []
    if seed["title"]:
        body.append(word_title(seed["title"]))
        body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    body += [word_paragraph(t) for t in seed["preamble"]]
    for part in seed["parts"]:
        body.append(word_heading(part["heading"]))
        if part["number"] in TABLE_PARTS:
            body.append(word_table(tables[part["number"]], widths[part["number"]],
                                   split_at if part["number"] == 3 else None))
        else:
            body += [word_paragraph(t) for t in part["lines"]]
    text = WORD_HEAD.format(title=esc(seed["title"] or "")) + "\n\n".join(body) + "\n\n</div>\n\n</body>\n\n</html>\n"
    return text.replace("\n", "\r\n")


# ---------------------------------------------------------------------------
# 003-site-frame.html: the report inside a government site's page


def site_html(seed):
    title = seed["title"]
    tables = tables_for(seed)
    content = []
    content += [f'<p style="text-indent:2em;">{esc(t)}</p>' for t in seed["preamble"]]
    for part in seed["parts"]:
        content.append(f'<p style="text-indent:2em;"><b>{esc(part["heading"])}</b></p>')
        if part["number"] in TABLE_PARTS:
            content.append(plain_table(tables[part["number"]]))
        else:
            content += [f'<p style="text-indent:2em;">{esc(t)}</p>' for t in part["lines"]]
    content_html = "\n".join(content)
    others = [
        "冠县人民政府2023年政府信息公开工作年度报告",
        "冠县人民政府2022年政府信息公开工作年度报告",
        "冠县人民政府2021年政府信息公开工作年度报告",
        "2023年政府信息公开工作年度报告",
        "冠县人民政府办公室2024年政府信息公开工作年度报告",
    ]
    sidebar = "\n".join(f'      <li><a href="/art/2024/1/{20 + i}/art_{1000 + i}.html" title="{esc(t)}">{esc(t)}</a></li>'
                        for i, t in enumerate(others))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="冠县人民政府">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{esc(title)}">
<title>{esc(title)}_政府信息公开年报_冠县人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="冠县人民政府"><span>冠县人民政府</span></a></div>
  <div class="top-links"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
  <nav class="main-nav">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/zwgk/">政务公开</a></li>
      <li><a href="/zwgk/ndbg/">政府信息公开年报</a></li>
      <li><a href="/zwfw/">政务服务</a></li>
      <li><a href="/hdjl/">互动交流</a></li>
      <li><a href="/zjgx/">走进冠县</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form>
</header>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="container">
  <div class="sidebar">
    <div class="side-head">政府信息公开年报</div>
    <ul class="side-list">
{sidebar}
    </ul>
  </div>
  <div class="main">
    <div class="article">
      <h1 class="article-title">{esc(title)}</h1>
      <div class="article-info">
        <span>发布时间：2025-01-20 16:05</span>
        <span>信息来源：冠县人民政府办公室</span>
        <span>浏览次数：<em id="views">1203</em></span>
        <span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>
      </div>
      <div class="article-content" id="zoom">
{content_html}
      </div>
      <div class="share">分享到：<a href="#" class="wechat">微信</a> <a href="#" class="weibo">微博</a> <a href="#" class="qzone">QQ空间</a></div>
      <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    </div>
  </div>
</div>
<footer class="site-footer">
  <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
  <p>主办单位：冠县人民政府办公室　承办单位：冠县大数据中心</p>
  <p>ICP备案：鲁ICP备05012345号-1　鲁公网安备 37152502000123号　网站标识码：3715250001</p>
  <p>联系电话：0635-5237226　地址：山东省聊城市冠县红旗北路109号</p>
</footer>
<script src="/js/share.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 004-fragment.html: what a CMS editor stores


def fragment_html(seed):
    tables = tables_for(seed)
    out = []
    if seed["title"]:
        out.append(f'<p style="text-align: center;"><strong><span style="font-size: 22px;">{esc(seed["title"])}'
                   "</span></strong></p>")
    out += [f'<p style="text-indent: 2em;">{esc(t)}</p>' for t in seed["preamble"]]
    for part in seed["parts"]:
        out.append(f'<p style="text-indent: 2em;"><strong>{esc(part["heading"])}</strong></p>')
        if part["number"] in TABLE_PARTS:
            t = plain_table(tables[part["number"]], cellpadding=0)
            t = t.replace('<table border="1" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse">',
                          '<table border="1" cellspacing="0" cellpadding="0" width="600" '
                          'style="border-collapse: collapse; margin: 0 auto;"><tbody>')
            t = t.replace("</table>", "</tbody></table>")
            out.append(t)
        else:
            out += [f'<p style="text-indent: 2em;">{esc(t)}</p>' for t in part["lines"]]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# PDF variants: (HTML, layout) for LibreOffice


def page_break_variant(seed):
    """000: part 二 starts a new page and table 三 follows table 二 in 12 pt with roomy
    cells, so table 三 cannot fit in the rest of that page and runs on to the next. Its
    three header rows are a <thead>, which LibreOffice repeats on the new page."""
    layout = layout_with({3: {"font_size": "12pt", "cellpadding": 7, "head_rows": 3}})
    brk = '<p style="page-break-before: always; margin: 0"></p>'
    return plain_html(seed, layout, before_part={2: brk}), layout


def wrapped_labels_variant(seed):
    """001: table 三's three label columns narrow (5 %, 6 %, 11 % of the width), so its
    long labels wrap over several lines inside their cells."""
    layout = layout_with({3: {"widths": [5, 6, 11] + [11] * 6 + [12]}})
    return plain_html(seed, layout), layout


def split_headers_variant(seed):
    """003: table 三's seven number columns narrow (6 % each) in 12 pt, so the applicant
    headers (自然人, 商业企业, 社会公益组织, 法律服务机构…) break over two or three lines."""
    layout = layout_with({3: {"widths": [10, 14, 34] + [6] * 7, "font_size": "12pt"}})
    return plain_html(seed, layout), layout


# ---------------------------------------------------------------------------
# LibreOffice


def soffice(args, cwd):
    cmd = ["timeout", SOFFICE_TIMEOUT, "soffice", f"-env:UserInstallation={SOFFICE_PROFILE}", "--headless"] + args
    result = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        raise SystemExit(f"soffice failed ({result.returncode}): {' '.join(cmd)}\n{result.stdout}")
    return result.stdout


def set_docx_table_widths(path, widths):
    """Gives the tables of a .docx exact column widths. `widths`: table index (0-based, in
    document order) -> percentages of the text width per grid column. LibreOffice's HTML
    import sizes columns by itself; this rewrites `w:tblGrid` and every cell's `w:tcW`
    (a cell spanning columns, `w:gridSpan`, gets their sum) so the PDF shows the layout
    the fixture wants. The tables are fixed-layout, so Word and LibreOffice both keep it."""
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % FIXED_TIME
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "word/document.xml":
                data = _set_widths(data.decode("utf-8"), widths).encode("utf-8")
            elif info.filename == "docProps/core.xml":
                data = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z", stamp, data.decode("utf-8")).encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.external_attr = info.external_attr
            z.writestr(fixed, data, compress_type=zipfile.ZIP_DEFLATED)


def normalise_pdf(path):
    """Replaces the conversion time, the file /ID and LibreOffice's /DocChecksum of a PDF
    with fixed values of the same length (so the cross-reference offsets stay right):
    the creation time becomes FIXED_TIME, the ID and checksum a digest of the rest."""
    with open(path, "rb") as f:
        data = f.read()
    stamp = ("%04d%02d%02d%02d%02d%02d" % FIXED_TIME).encode()
    data = re.sub(rb"/(CreationDate|ModDate)\(D:\d{14}", lambda m: b"/" + m.group(1) + b"(D:" + stamp, data)
    rest = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]|/DocChecksum /[0-9A-F]{32}", b"", data)
    digest = hashlib.md5(rest).hexdigest().upper().encode()
    data = re.sub(rb"(/ID \[ <)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}(> \])",
                  lambda m: m.group(1) + digest + m.group(2) + digest + m.group(3), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest, data)
    with open(path, "wb") as f:
        f.write(data)


def _set_widths(xml, widths):
    size = re.search(r'<w:pgSz w:w="(\d+)"', xml)
    margins = re.search(r'<w:pgMar w:left="(\d+)" w:right="(\d+)"', xml)
    text_width = int(size.group(1)) - int(margins.group(1)) - int(margins.group(2))
    tables = list(re.finditer(r"<w:tbl>.*?</w:tbl>", xml, re.S))
    if len(tables) != len(TABLE_PARTS):
        raise SystemExit(f"expected {len(TABLE_PARTS)} tables in the .docx, found {len(tables)}")
    pieces = []
    last = 0
    for index, match in enumerate(tables):
        table = match.group(0)
        if index in widths:
            percents = widths[index]
            cols = [text_width * p // 100 for p in percents]
            cols[-1] += text_width - sum(cols)
            grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{c}"/>' for c in cols) + "</w:tblGrid>"
            table = re.sub(r"<w:tblGrid>.*?</w:tblGrid>", grid, table, count=1, flags=re.S)

            def row(m):
                column = 0

                def cell(c):
                    nonlocal column
                    span = re.search(r'<w:gridSpan w:val="(\d+)"/>', c.group(0))
                    span = int(span.group(1)) if span else 1
                    w = sum(cols[column:column + span])
                    column += span
                    return re.sub(r'<w:tcW w:w="\d+" w:type="dxa"/>', f'<w:tcW w:w="{w}" w:type="dxa"/>',
                                  c.group(0), count=1)

                text = re.sub(r"<w:tc>.*?</w:tc>", cell, m.group(0), flags=re.S)
                if column != len(cols):
                    raise SystemExit(f"a row of table {index + 1} covers {column} of {len(cols)} columns")
                return text

            table = re.sub(r"<w:tr>.*?</w:tr>", row, table, flags=re.S)
        pieces.append(xml[last:match.start()])
        pieces.append(table)
        last = match.end()
    pieces.append(xml[last:])
    return "".join(pieces)


def convert(html_path, outputs, work, widths):
    """From `html_path` write `outputs` (kind -> destination path; kinds: docx, pdf,
    lohtml). The HTML is opened as a Writer document (filter "HTML (StarWriter)", not
    Writer/Web) and saved as .docx; its tables get `widths`; the PDF and LibreOffice's
    own HTML are then made from that .docx, so all of them show the same tables."""
    base = os.path.splitext(os.path.basename(html_path))[0]
    src = os.path.join(work, base + ".html")
    if os.path.abspath(html_path) != os.path.abspath(src):
        shutil.copyfile(html_path, src)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, src], work)
    docx = os.path.join(work, base + ".docx")
    set_docx_table_widths(docx, widths)
    if "pdf" in outputs:
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", work, docx], work)
        normalise_pdf(os.path.join(work, base + ".pdf"))
        shutil.copyfile(os.path.join(work, base + ".pdf"), outputs["pdf"])
    if "lohtml" in outputs:
        lo_dir = os.path.join(work, "lo")
        os.makedirs(lo_dir, exist_ok=True)
        soffice(["--convert-to", "html:HTML (StarWriter)", "--outdir", lo_dir, docx], work)
        shutil.copyfile(os.path.join(lo_dir, base + ".html"), outputs["lohtml"])
    if "docx" in outputs:
        shutil.copyfile(docx, outputs["docx"])


# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# Checking what was written: every number cell of every table, read back from the file,
# must be the golden JSON's value in the same grid position.


class _GridParser(HTMLParser):
    """Tables of an HTML page as {(row, column): text}, honouring rowspan and colspan."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables = []
        self._stack = []  # open tables: [grid, row index, taken, column, cell text or None]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self._stack.append({"grid": {}, "row": -1, "taken": {}, "col": 0, "cell": None})
        elif not self._stack:
            return
        elif tag == "tr":
            t = self._stack[-1]
            t["row"] += 1
            t["col"] = 0
        elif tag in ("td", "th"):
            t = self._stack[-1]
            r = t["row"]
            while t["col"] in t["taken"].get(r, set()):
                t["col"] += 1
            rs = int(a.get("rowspan") or 1)
            cs = int(a.get("colspan") or 1)
            for rr in range(r, r + rs):
                for cc in range(t["col"], t["col"] + cs):
                    t["taken"].setdefault(rr, set()).add(cc)
            t["cell"] = (r, t["col"], [])
            t["col"] += cs

    def handle_endtag(self, tag):
        if not self._stack:
            return
        t = self._stack[-1]
        if tag in ("td", "th") and t["cell"]:
            r, c, parts = t["cell"]
            t["grid"][(r, c)] = " ".join("".join(parts).replace("\xa0", " ").split())
            t["cell"] = None
        elif tag == "table":
            self.tables.append(self._stack.pop()["grid"])

    def handle_data(self, data):
        if self._stack and self._stack[-1]["cell"]:
            self._stack[-1]["cell"][2].append(data)


def html_grids(path, encoding="utf-8"):
    with open(path, encoding=encoding) as f:
        parser = _GridParser()
        parser.feed(f.read())
    return parser.tables


def docx_grids(path):
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    grids = []
    for tbl in root.iter(w + "tbl"):
        grid = {}
        for r, tr in enumerate(tbl.findall(w + "tr")):
            c = 0
            for tc in tr.findall(w + "tc"):
                span = tc.find(f"{w}tcPr/{w}gridSpan")
                text = "\n".join("".join(t.text or "" for t in p.iter(w + "t")) for p in tc.findall(w + "p"))
                if tc.find(f"{w}tcPr/{w}vMerge") is None or tc.find(f"{w}tcPr/{w}vMerge").get(w + "val") == "restart":
                    grid[(r, c)] = " ".join(text.split())
                c += int(span.get(w + "val")) if span is not None else 1
        grids.append(grid)
    return grids


def expected_numbers(rows):
    """{(row, column): text} of the number cells of a table model."""
    out = {}
    taken = {}
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while c in taken.get(r, set()):
                c += 1
            for rr in range(r, r + cell.rowspan):
                for cc in range(c, c + cell.colspan):
                    taken.setdefault(rr, set()).add(cc)
            if cell.kind == "num":
                out[(r, c)] = cell.text
            c += cell.colspan
    return out


def check_file(name, grids, seed, table2_merged=True):
    tables = tables_for(seed, table2_merged=table2_merged)
    if len(grids) != 3:
        raise SystemExit(f"{name}: {len(grids)} tables, expected 3")
    count = 0
    for grid, part in zip(grids, TABLE_PARTS):
        for pos, value in expected_numbers(tables[part]).items():
            got = grid.get(pos)
            if got != value:
                raise SystemExit(f"{name}: table {NUMERALS[part - 1]} cell {pos}: {got!r}, expected {value!r}")
            count += 1
    return count


def write(name, text, encoding="utf-8"):
    path = os.path.join(HERE, name)
    with open(path, "wb") as f:
        f.write(text.encode(encoding))
    return path


def check_pdf(name, seed):
    """The PDF's text (pdftotext, when installed) holds the title and the numbers of 表二."""
    if shutil.which("pdftotext") is None:
        return
    text = subprocess.run(["pdftotext", "-layout", os.path.join(HERE, name), "-"],
                          stdout=subprocess.PIPE, text=True, check=True).stdout
    text = "".join(text.split())  # pdftotext puts spaces where the font changes
    a = seed["golden"]["activeDisclosure"]
    wanted = [a["licensing"], a["penalties"], a["fees"], "申请人情况", "行政复议", "结转下年度"]
    if seed["title"]:
        wanted.append(seed["title"][:8])
    for item in wanted:
        if item not in text:
            raise SystemExit(f"{name}: pdftotext output lacks {item!r}")


def main():
    html_only = "--html-only" in sys.argv[1:]
    seeds = {stem: load_seed(stem) for stem in SEEDS}
    for seed in seeds.values():
        t = tables_for(seed)
        check_grid(t[2], 4)
        check_grid(t[3], 10)
        check_grid(t[4], 15)
        check_grid(tables_for(seed, table2_merged=False)[2], 4)

    plain = {stem: write(stem + ".html", plain_html(seed)) for stem, seed in seeds.items()}
    write("002-word-gb2312.html", word_html(seeds["002_9d017863089d3b5a"]), encoding="gbk")
    write("003-site-frame.html", site_html(seeds["003_38a0cde88c4c746e"]))
    write("004-fragment.html", fragment_html(seeds["004_b87e4db93de93761"]))

    checked = 0
    for stem in SEEDS:
        checked += check_file(stem + ".html", html_grids(plain[stem]), seeds[stem])
    checked += check_file("002-word-gb2312.html", html_grids(os.path.join(HERE, "002-word-gb2312.html"), "gbk"),
                          seeds["002_9d017863089d3b5a"], table2_merged=False)
    checked += check_file("003-site-frame.html", html_grids(os.path.join(HERE, "003-site-frame.html")),
                          seeds["003_38a0cde88c4c746e"])
    checked += check_file("004-fragment.html", html_grids(os.path.join(HERE, "004-fragment.html")),
                          seeds["004_b87e4db93de93761"])

    variants = {
        "000-page-break": (page_break_variant, "000_efb035f696e87f51"),
        "001-wrapped-labels": (wrapped_labels_variant, "001_69cc43620935c919"),
        "003-split-headers": (split_headers_variant, "003_38a0cde88c4c746e"),
    }
    if not html_only:
        if shutil.which("soffice") is None:
            raise SystemExit("soffice not found: install LibreOffice Writer (libreoffice-writer-nogui)")
        with tempfile.TemporaryDirectory(prefix="nianbao-fixtures-") as work:
            for stem, path in plain.items():
                print("converting", stem)
                convert(path, {
                    "docx": os.path.join(HERE, stem + ".docx"),
                    "pdf": os.path.join(HERE, stem + ".pdf"),
                    "lohtml": os.path.join(HERE, stem + "-libreoffice.html"),
                }, work, docx_widths(STANDARD_LAYOUT))
                checked += check_file(stem + ".docx", docx_grids(os.path.join(HERE, stem + ".docx")), seeds[stem])
                checked += check_file(stem + "-libreoffice.html",
                                      html_grids(os.path.join(HERE, stem + "-libreoffice.html")), seeds[stem])
                check_pdf(stem + ".pdf", seeds[stem])
            for name, (make, stem) in variants.items():
                print("converting", name)
                text, layout = make(seeds[stem])
                src = os.path.join(work, name + ".html")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(text)
                convert(src, {"pdf": os.path.join(HERE, name + ".pdf")}, work, docx_widths(layout))
                checked += check_file(name + " (its .docx)", docx_grids(os.path.join(work, name + ".docx")), seeds[stem])
                check_pdf(name + ".pdf", seeds[stem])
    print(f"checked {checked} table cells against the golden JSON")
    for name in sorted(os.listdir(HERE)):
        print(f"{os.path.getsize(os.path.join(HERE, name)):>9}  {name}")


if __name__ == "__main__":
    main()
