#!/usr/bin/env python3
"""Writes the producer fixtures of NianbaoFormatsTests: hand-made HTML, Word and PDF
reports that each imitate one trait of a real producer (a CMS that writes zeros as empty
cells, Word's "Save as Web Page", python-docx and pandoc-like Word tables, a browser's
print to PDF, reordered columns, a table broken in two, …), plus for every fixture
NAME.expected.json: the figures a reader must get from it.

The numbers come from the seeds' golden JSON (Tests/NianbaoReportsTests/Golden); the
narrative from the seeds (Content/reports), read with ../make-fixtures.py. The expected
figures are the golden ones changed only by what the fixture prints (never by a parser):

* a cell printed `/`, `—`, `-` or `不适用`                         -> null
* a blank cell in a table that prints figures in other cells     -> 0 (only cells whose golden value is 0 are blanked)
* a blank total (表三 总计 column and （七）总计 row, 表四 总计) -> null
* every cell of a table left wholly blank                        -> null

After writing, every table of every HTML and .docx file is read back, and each number
cell's text is checked against the model and, through the rules above, against the
expected JSON on disk; the PDFs are checked with pdftotext.

Usage:  python3 make-producers.py             (everything)
        python3 make-producers.py --no-pdf    (skip chromium and wkhtmltopdf)

Needs Python 3 with python-docx; for the PDFs chromium, wkhtmltopdf and faketime
(apt-get install chromium wkhtmltopdf faketime) and fonts-noto-cjk. See README.md.
"""

import copy
import datetime
import functools
import hashlib
import html
import http.server
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)

_spec = importlib.util.spec_from_file_location("make_fixtures", os.path.join(FIXTURES, "make-fixtures.py"))
mf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mf)

S000, S001, S002, S003, S004 = mf.SEEDS

# 000 has no title line; these fixtures give it one (its agency and year are the golden ones).
TITLES = {S000: "聊城市茌平区人民政府2024年政府信息公开工作年度报告"}

FIXED_TIME = (2025, 1, 20, 16, 5, 0)
FIXED_STAMP = "2025-01-20 16:05:00"
DASHES = ("/", "—", "-", "不适用")

esc = mf.esc


# ---------------------------------------------------------------------------
# Table model: cells with the JSON path of the figure they hold


class Cell:
    def __init__(self, text="", rowspan=1, colspan=1, kind="label", path=None):
        self.text = text          # the golden spelling for a number cell
        self.rowspan = rowspan
        self.colspan = colspan
        self.kind = kind          # "head", "label", "num" or "blank" (no figure)
        self.path = path          # key path into the expected JSON, number cells only
        self.mark = "num"         # number cells: "num" printed, "blank", or "dash" (self.text is the dash)
        self.lines = None         # label/head cells printed over several paragraphs/lines
        self.html = None          # inner HTML replacing the default (HTML renderers)

    def printed(self):
        """What the cell shows (as a reader of the file sees it, whitespace aside)."""
        if self.kind == "num" and self.mark == "blank":
            return ""
        return self.text


def positions(rows):
    """[(row, column, cell)] of a table, honouring rowspan and colspan."""
    out = []
    taken = {}
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while c in taken.get(r, set()):
                c += 1
            for rr in range(r, r + cell.rowspan):
                for cc in range(c, c + cell.colspan):
                    taken.setdefault(rr, set()).add(cc)
            out.append((r, c, cell))
            c += cell.colspan
    return out


def check_grid(rows, columns, name):
    taken = {}
    for r, c, cell in positions(rows):
        for rr in range(r, r + cell.rowspan):
            for cc in range(c, c + cell.colspan):
                taken.setdefault(rr, set()).add(cc)
    for r in range(len(rows)):
        if taken.get(r) != set(range(columns)):
            raise SystemExit(f"{name}: table row {r} covers {sorted(taken.get(r, []))}, not {columns} columns")


def golden_at(golden, path):
    v = golden
    for k in path:
        v = v[k]
    return v


def num(golden, path):
    return Cell(golden_at(golden, path), kind="num", path=path)


def table2(g, merged=True):
    """表二 as the template prints it. `merged=False`: single-value rows as four cells,
    the last two blank (no figure), as many Word documents do."""
    A = ("activeDisclosure",)

    def single(label, key):
        if merged:
            c = num(g, A + (key,))
            c.colspan = 3
            return [Cell(label), c]
        return [Cell(label), num(g, A + (key,)), Cell("", kind="blank"), Cell("", kind="blank")]

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
        rows.append([Cell(label)] + [num(g, A + (key, k)) for k in ("issued", "repealed", "inForce")])
    rows += [
        [Cell("第二十条第（五）项", colspan=4, kind="head")],
        head("本年处理决定数量"),
        single("行政许可", "licensing"),
        [Cell("第二十条第（六）项", colspan=4, kind="head")],
        head("本年处理决定数量"),
        single("行政处罚", "penalties"),
        single("行政强制", "coercion"),
        [Cell("第二十条第（八）项", colspan=4, kind="head")],
        head("本年收费金额（单位：万元）"),
        single("行政事业性收费", "fees"),
    ]
    return rows


# 表三's columns in the spec's order (index = position in each JSON row array).
COLUMN_NAMES = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
SPEC_ORDER = list(range(7))
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

# (label, key path under applications.rows) of the 25 rows, and for 三、 the group labels.
ROWS3 = [("一、本年新收政府信息公开申请数量", ("newRequests",)),
         ("二、上年结转政府信息公开申请数量", ("carriedOver",))]


def table3(g, order=SPEC_ORDER):
    """表三 with the template's merged label columns. `order`: the JSON column index of
    each printed column, left to right (the 法人或其他组织 columns must stay together)."""
    R = ("applications", "rows")
    orgs = [i for i in order if 1 <= i <= 5]
    first_org = order.index(orgs[0])
    if order[first_org:first_org + 5] != orgs:
        raise SystemExit("the five 法人或其他组织 columns must be adjacent")

    def nums(key):
        return [num(g, R + key + (i,)) for i in order]

    head2 = []
    for n, i in enumerate(order):
        if i in (0, 6):
            head2.append(Cell(COLUMN_NAMES[i], rowspan=2, kind="head"))
        elif n == first_org:
            head2.append(Cell("法人或其他组织", colspan=5, kind="head"))
    rows = [
        [Cell(CORNER, rowspan=3, colspan=3, kind="head"), Cell("申请人情况", colspan=7, kind="head")],
        head2,
        [Cell(COLUMN_NAMES[i], kind="head") for i in orgs],
        [Cell("一、本年新收政府信息公开申请数量", colspan=3)] + nums(("newRequests",)),
        [Cell("二、上年结转政府信息公开申请数量", colspan=3)] + nums(("carriedOver",)),
        [Cell("三、本年度办理结果", rowspan=mf.OUTCOME_ROWS), Cell("（一）予以公开", colspan=2)] + nums(("disclosed",)),
        [Cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2)] + nums(("partiallyDisclosed",)),
    ]
    for group, key, items in mf.OUTCOME_GROUPS:
        for n, (label, sub) in enumerate(items):
            row = [Cell(group, rowspan=len(items))] if n == 0 else []
            rows.append(row + [Cell(label)] + nums((key, sub)))
    rows.append([Cell("（七）总计", colspan=2)] + nums(("totalProcessed",)))
    rows.append([Cell("四、结转下年度继续办理", colspan=3)] + nums(("carriedForward",)))
    return rows


RESULT_KEYS = mf.RESULT_KEYS                      # upheld corrected other pending total
RESULT_NAMES = dict(zip(RESULT_KEYS, mf.RESULTS))  # 结果维持 … 总计
LITIGATION_NAMES = {"litigationDirect": "未经复议直接起诉", "litigationAfterReview": "复议后起诉"}


def table4(g, litigation=("litigationDirect", "litigationAfterReview"), results=RESULT_KEYS):
    """表四. `litigation`: the order of the two 行政诉讼 groups; `results`: the order of
    the five columns within every group."""
    groups = ("administrativeReview",) + tuple(litigation)
    return [
        [Cell("行政复议", colspan=5, kind="head"), Cell("行政诉讼", colspan=10, kind="head")],
        [Cell(RESULT_NAMES[k], rowspan=2, kind="head") for k in results]
        + [Cell(LITIGATION_NAMES[k], colspan=5, kind="head") for k in litigation],
        [Cell(RESULT_NAMES[k], kind="head") for k in results] * 2,
        [num(g, ("reviewAndLitigation", grp, k)) for grp in groups for k in results],
    ]


def split_table(rows, before, header_rows=3, repeat_header=True, continued="repeat"):
    """Breaks a table in two before the row holding a cell whose text is `before`. Label
    cells whose rowspan runs over the break are cut; the second table gets a cell for the
    rest of their span, holding the same text (`continued="repeat"`) or nothing ("blank").
    `repeat_header`: the second table starts with copies of the header rows."""
    cut = next(r for r, row in enumerate(rows) if any(c.text == before for c in row))
    first = [list(row) for row in rows[:cut]]
    second = [list(row) for row in rows[cut:]]
    carried = []  # (column, cell) for the second table's first row
    for r, c, cell in positions(rows):
        if r < cut < r + cell.rowspan:
            rest = Cell(cell.text if continued == "repeat" else "", rowspan=r + cell.rowspan - cut,
                        colspan=cell.colspan, kind=cell.kind)
            rest.lines = cell.lines
            new = copy.copy(cell)
            new.rowspan = cut - r
            first[r][first[r].index(cell)] = new
            carried.append((c, rest))
    own = [(c, cell) for r, c, cell in positions(rows) if r == cut]
    second[0] = [cell for _, cell in sorted(carried + own, key=lambda x: x[0])]
    if repeat_header:
        second = [[copy.copy(c) for c in row] for row in rows[:header_rows]] + second
    return first, second


class Tables:
    """The tables of one fixture: part number -> list of tables (usually one; 表三 can be two)."""

    def __init__(self, golden, t2=None, t3=None, t4=None):
        self.golden = golden
        self.parts = {2: [t2 if t2 is not None else table2(golden)],
                      3: [t3 if t3 is not None else table3(golden)],
                      4: [t4 if t4 is not None else table4(golden)]}

    def cells(self, parts=(2, 3, 4)):
        return [c for p in parts for t in self.parts[p] for row in t for c in row if c.kind == "num"]

    def each(self, parts, test, change):
        for c in self.cells(parts):
            if test(c):
                change(c)
        return self

    def blank_zeros(self, parts=(3,), totals=False):
        """Prints zeros as blank cells; a total only when `totals`."""
        return self.each(parts, lambda c: c.text == "0" and (totals or not is_total(c.path)), set_blank)

    def blank(self, test, parts=(2, 3, 4)):
        return self.each(parts, test, set_blank)

    def dash(self, test, text, parts=(2, 3, 4)):
        def change(c):
            c.mark = "dash"
            c.text = text
        return self.each(parts, test, change)

    def labels(self, change, parts=(2, 3, 4), kinds=("label", "head")):
        for p in parts:
            for t in self.parts[p]:
                for row in t:
                    for c in row:
                        if c.kind in kinds:
                            change(c)
        return self


def set_blank(c):
    c.mark = "blank"


def is_total(path):
    if path[0] == "applications":
        return path[-1] == 6 or path[2] == "totalProcessed"
    return path[0] == "reviewAndLitigation" and path[-1] == "total"


def path_is(*prefix):
    return lambda c: tuple(c.path[:len(prefix)]) == prefix


# ---------------------------------------------------------------------------
# Expected JSON


def expected_json(tables, metadata=None):
    """The golden figures with each cell changed by what the fixture prints. Written from
    the model, before any parser sees the file."""
    g = tables.golden
    out = {
        "activeDisclosure": copy.deepcopy(g["activeDisclosure"]),
        "applications": {"rows": copy.deepcopy(g["applications"]["rows"])},
        "reviewAndLitigation": copy.deepcopy(g["reviewAndLitigation"]),
    }
    for part in (2, 3, 4):
        cells = tables.cells((part,))
        wholly_blank = all(c.mark == "blank" for c in cells)
        for c in cells:
            if c.mark == "num":
                value = c.text
            elif c.mark == "dash":
                value = None
            elif wholly_blank or is_total(c.path):
                value = None
            else:
                if c.text != "0":
                    raise SystemExit(f"blanking the nonzero figure {c.text} at {c.path}")
                value = "0"
            set_path(out, c.path, value)
    if metadata:
        out.update(metadata)
    return out


def set_path(tree, path, value):
    target = tree
    for k in path[:-1]:
        target = target[k]
    target[path[-1]] = value


def to_json(value, indent=0):
    """JSON with numbers written as the golden spelling (values are strings of digits)."""
    pad = "  " * indent
    if value is None:
        return "null"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)}: {to_json(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_json(v, indent + 1) for v in value) + "]"
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value):
        return value
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------
# Report text around the tables


def seed_title(seed):
    return seed["title"] or TITLES[seed["stem"]]


def report_blocks(seed, tables_html, title, para, heading):
    """The report's body as a list of HTML blocks: title (or none), preamble, the six
    parts with their narrative or tables. `tables_html`: part -> HTML of its tables."""
    out = [title(seed_title(seed))] if title else []
    out += [para(t) for t in seed["preamble"]]
    for part in seed["parts"]:
        out.append(heading(part["heading"]))
        if part["number"] in tables_html:
            out.append(tables_html[part["number"]])
        else:
            out += [para(t) for t in part["lines"]]
    return out


# ---------------------------------------------------------------------------
# HTML tables


def split_lines(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def html_table(rows, table_open='<table border="1" cellspacing="0" cellpadding="0" width="100%">', tbody=False,
               td=None, blank="", lines="p", th=False):
    """A table as an HTML grid. `td(cell, row, column)`: extra attributes of the cell;
    `blank`: inner HTML of a blank number cell; `lines`: how a multi-line label is
    written ("p": a <p> per line, "br": lines joined by <br>)."""
    out = [table_open]
    if tbody:
        out.append("<tbody>")
    by_row = {}
    for r, c, cell in positions(rows):
        by_row.setdefault(r, []).append((c, cell))
    for r in range(len(rows)):
        cells = []
        for c, cell in by_row.get(r, []):
            tag = "th" if th and cell.kind == "head" else "td"
            a = ""
            if cell.rowspan > 1:
                a += f' rowspan="{cell.rowspan}"'
            if cell.colspan > 1:
                a += f' colspan="{cell.colspan}"'
            if td:
                a += td(cell, r, c)
            if cell.html is not None:
                inner = cell.html
            elif cell.kind == "num" and cell.mark == "blank":
                inner = blank
            elif cell.lines:
                if lines == "br":
                    inner = "<br>".join(esc(t) for t in cell.lines)
                else:
                    inner = "".join(f"<p>{esc(t)}</p>" for t in cell.lines)
            else:
                inner = esc(cell.text)
            cells.append(f"<{tag}{a}>{inner}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    if tbody:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def tables_html(tables, **options):
    return {p: "\n".join(html_table(t, **options) for t in tables.parts[p]) for p in (2, 3, 4)}


# Page frames -----------------------------------------------------------------

def page_plain(seed, tables_html, head_title=None, body_title=True):
    """A plain UTF-8 page: <h1> title, <h2> part headings, <p> lines."""
    title = seed_title(seed)
    blocks = report_blocks(seed, tables_html, (lambda t: f"<h1>{esc(t)}</h1>") if body_title else None,
                           lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h2>{esc(t)}</h2>")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(head_title or title)}</title>\n"
            "<style>\nbody { font-family: 'Noto Serif CJK SC', serif; }\n"
            "table { border-collapse: collapse; } td, th { border: 1px solid #000; padding: 2px 4px; }\n</style>\n"
            "</head>\n<body>\n" + "\n".join(blocks) + "\n</body>\n</html>\n")


def page_trs(seed, tables_html, site):
    """A TRS WCM-style article page: site header, article title in <div class="title">,
    the report in div.TRS_Editor, headings as <p><strong>, text-indent paragraphs."""
    title = seed_title(seed)
    blocks = report_blocks(
        seed, tables_html, None,
        lambda t: f'<p style="text-indent: 2em; line-height: 2em; font-family: 仿宋_GB2312; font-size: 16pt;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent: 2em; line-height: 2em;"><strong><span style="font-family: 黑体;">{esc(t)}</span></strong></p>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="{esc(site)}" />
<meta name="ColumnName" content="政府信息公开年报" />
<meta name="ArticleTitle" content="{esc(title)}" />
<meta name="PubDate" content="2025-01-20 16:05" />
<title>{esc(title)}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="{esc(site)}" /></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a></div></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="content">
<div class="title">{esc(title)}</div>
<div class="info">发布日期：2025-01-20　来源：{esc(site)}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{chr(10).join(blocks)}
</div></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">主办：{esc(site)}办公室　网站标识码：3703030001　鲁ICP备05001234号</div>
</body>
</html>
"""


def page_ueditor(seed, tables_html, body_title=True, head_title=None):
    """What a UEditor-based CMS serves: a page whose article body is the editor's HTML
    (headings as <p style="text-align:center"><strong>, <p style="text-indent:2em">)."""
    title = seed_title(seed)
    blocks = report_blocks(
        seed, tables_html,
        (lambda t: f'<p style="text-align: center;"><strong><span style="font-size: 24px;">{esc(t)}</span></strong></p>')
        if body_title else None,
        lambda t: f'<p style="text-indent: 2em; text-align: justify;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent: 2em;"><strong>{esc(t)}</strong></p>')
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"UTF-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f"<title>{esc(head_title or title)}</title>\n"
            '<link rel="stylesheet" href="/static/css/detail.css">\n</head>\n<body>\n'
            '<div class="wrapper"><div class="detail">\n<div class="detail-con" id="Zoom">\n'
            + "\n".join(blocks)
            + "\n</div>\n</div></div>\n</body>\n</html>\n")


UEDITOR_TABLE = '<table data-sort="sortDisabled" width="100%" style="border-collapse: collapse;" border="1">'


def ueditor_td(cell, r, c):
    """UEditor writes rowspan/colspan="1" explicitly and styles every cell."""
    a = ""
    if cell.rowspan == 1:
        a += ' rowspan="1"'
    if cell.colspan == 1:
        a += ' colspan="1"'
    align = "center" if cell.kind != "label" else "left"
    return a + f' valign="middle" align="{align}" style="word-break: break-all; border-width: 1px; border-style: solid;"'


# Word "Save as Web Page" ------------------------------------------------------

WORD_P = "<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>"
WORD_P_LEFT = "<p class=MsoNormal align=left style='text-align:left;mso-pagination:widow-orphan'>"


def word_cell(cell, blank):
    if cell.kind == "blank":
        return "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>"
    if cell.kind == "num":
        if cell.mark == "blank":
            return WORD_P + blank + "</p>"
        return WORD_P + mf.WORD_NUM_SPAN + esc(cell.text) + "</span><o:p></o:p></p>"
    p = WORD_P if cell.kind == "head" else WORD_P_LEFT
    lines = cell.lines or [cell.text]
    return "\n  ".join(p + mf.WORD_CELL_SPAN + esc(t) + "</span><o:p></o:p></p>" for t in lines)


def word_table(rows, widths_pt, blank):
    out = ["<div align=center>",
           "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width={} style='width:{}pt;"
           "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
           "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>".format(int(sum(widths_pt) * 4 / 3), sum(widths_pt))]
    by_row = {}
    for r, c, cell in positions(rows):
        by_row.setdefault(r, []).append((c, cell))
    for r in range(len(rows)):
        yfti = f"mso-yfti-irow:{r}" + (";mso-yfti-firstrow:yes" if r == 0 else "")
        out.append(f" <tr style='{yfti};height:20.0pt'>")
        for c, cell in by_row[r]:
            w = sum(widths_pt[c:c + cell.colspan])
            span = (f" rowspan={cell.rowspan}" if cell.rowspan > 1 else "") + (f" colspan={cell.colspan}" if cell.colspan > 1 else "")
            out.append(f"  <td width={int(w * 4 / 3)}{span} style='width:{w}pt;border:solid windowtext 1.0pt;"
                       "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:20.0pt'>\n  "
                       + word_cell(cell, blank) + "\n  </td>")
        out.append(" </tr>")
    out += ["</table>", "</div>", "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"]
    return "\n".join(out)


WORD_WIDTHS = {2: [140, 100, 100, 100], 3: [40, 60, 150] + [36] * 7, 4: [29] * 15}


def page_word(seed, tables, blank):
    """Word "Save as Web Page": GBK bytes (charset=gb2312), CRLF, MsoNormal paragraphs."""
    parts = {p: "\n".join(word_table(t, WORD_WIDTHS[p], blank) for t in tables.parts[p]) for p in (2, 3, 4)}
    title = seed_title(seed)
    blocks = report_blocks(seed, parts, lambda t: mf.word_title(t) + "\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>",
                           mf.word_paragraph, mf.word_heading)
    text = mf.WORD_HEAD.format(title=esc(title)) + "\n\n".join(blocks) + "\n\n</div>\n\n</body>\n\n</html>\n"
    return text.replace("\n", "\r\n")


# ---------------------------------------------------------------------------
# Cell decorations


def digit_spans(cell):
    """12 -> <span>1</span><span>2</span>; a decimal's integer part digit by digit, then
    the point and the decimals in spans of their own."""
    if cell.kind != "num" or cell.mark != "num" or len(cell.text) < 2:
        return
    whole, dot, frac = cell.text.partition(".")
    pieces = list(whole) + ([".", frac] if dot else [])
    cell.html = "".join(f'<span style="font-family: 宋体;">{esc(p)}</span>' for p in pieces)


def label_lines(width_label=9, width_head=4):
    def change(cell):
        if cell.kind == "head" and len(cell.text) > width_head and cell.text != CORNER:
            cell.lines = split_lines(cell.text, width_head)
        elif cell.kind == "label" and len(cell.text) > width_label:
            cell.lines = split_lines(cell.text, width_label)
    return change


# Label cells split over two paragraphs at natural places.
TWO_LINE_LABELS = {
    "一、本年新收政府信息公开申请数量": ["一、本年新收政府", "信息公开申请数量"],
    "二、上年结转政府信息公开申请数量": ["二、上年结转政府", "信息公开申请数量"],
    "三、本年度办理结果": ["三、本年度", "办理结果"],
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": ["（二）部分公开", "（区分处理的，只计这一情形，不计其他情形）"],
    "（三）不予公开": ["（三）", "不予公开"],
    "2.其他法律行政法规禁止公开": ["2.其他法律行政", "法规禁止公开"],
    "5.要求行政机关确认或重新出具已获取信息": ["5.要求行政机关确认或", "重新出具已获取信息"],
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": ["1.申请人无正当理由逾期不补正、", "行政机关不再处理其政府信息公开申请"],
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": ["2.申请人逾期未按收费通知要求缴纳费用、", "行政机关不再处理其政府信息公开申请"],
    "四、结转下年度继续办理": ["四、结转下年度", "继续办理"],
}


def two_line_labels(cell):
    if cell.text in TWO_LINE_LABELS:
        cell.lines = TWO_LINE_LABELS[cell.text]


# Header cells split as narrow columns print them.
SPLIT_HEADERS_HTML = {
    "社会公益组织": "社会公<br>益组织",
    "法律服务机构": "法律服<p>务机构</p>",
    "商业企业": "商业<br/>企业",
    "科研机构": "科研<br />机构",
    "法人或其他组织": "法人或<br>其他组织",
    "未经复议直接起诉": "未经复议<br>直接起诉",
    "结果维持": "结果<br>维持",
    "结果纠正": "结果<br>纠正",
    "其他结果": "其他<br>结果",
    "尚未审结": "尚未<br>审结",
}
SPLIT_HEADERS_LINES = {"社会公益组织": ["社会公", "益组织"], "法律服务机构": ["法律服", "务机构"],
                       "商业企业": ["商业", "企业"], "科研机构": ["科研", "机构"],
                       "法人或其他组织": ["法人或", "其他组织"], "未经复议直接起诉": ["未经复议", "直接起诉"],
                       "结果维持": ["结果", "维持"], "尚未审结": ["尚未", "审结"]}


def split_header_html(cell):
    if cell.kind == "head" and cell.text in SPLIT_HEADERS_HTML:
        cell.html = SPLIT_HEADERS_HTML[cell.text]


def split_header_lines(cell):
    if cell.kind == "head" and cell.text in SPLIT_HEADERS_LINES:
        cell.lines = SPLIT_HEADERS_LINES[cell.text]


# ---------------------------------------------------------------------------
# Word files with python-docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_fonts(run, east_asia, size=None, bold=False):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)
    if size:
        run.font.size = Pt(size)
    run.bold = bold or None


def fix_docx(path):
    """Fixed times in docProps/core.xml and on every ZIP entry, so the bytes repeat."""
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % FIXED_TIME
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z", stamp.encode(), data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.external_attr = 0o600 << 16
            z.writestr(fixed, data, compress_type=zipfile.ZIP_DEFLATED)


def new_document():
    import docx
    from docx.shared import Cm
    doc = docx.Document()
    when = datetime.datetime(*FIXED_TIME)
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = ""
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.8)
        s.top_margin = s.bottom_margin = Cm(3.7)
    return doc


def docx_merged_table(doc, rows, columns, widths_cm):
    """A Word table with the template's merges: horizontal spans as w:gridSpan, vertical
    as w:vMerge (python-docx's cell.merge). Blank number cells stay empty."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    t = doc.add_table(rows=len(rows), cols=columns)
    t.style = doc.styles["Table Grid"]
    for r, c, cell in positions(rows):
        target = t.cell(r, c)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(t.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
        lines = cell.lines or [cell.printed()]
        if cell.kind == "num" and cell.mark == "blank":
            lines = [""]
        for n, line in enumerate(lines):
            p = target.paragraphs[0] if n == 0 else target.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if cell.kind == "label" else WD_ALIGN_PARAGRAPH.CENTER
            if line:
                docx_fonts(p.add_run(line), "宋体", 10.5 if cell.kind != "num" else 10.5)
    for row in t.rows:
        for i, tc in enumerate(row.cells):
            tc.width = Cm(widths_cm[i])
    return t


def docx_merged(seed, tables, path):
    """python-docx, as a script that writes a report from a database would: title and
    headings as formatted Normal paragraphs (no heading styles), merged tables."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = new_document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_fonts(p.add_run(seed_title(seed)), "方正小标宋简体", 22)

    def para(text, bold=False):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        docx_fonts(p.add_run(text), "黑体" if bold else "仿宋_GB2312", 16, bold)

    widths = {2: [5.0, 3.4, 3.4, 3.6], 3: [1.2, 1.6, 4.0] + [1.2] * 7, 4: [1.03] * 15}
    columns = {2: 4, 3: 10, 4: 15}
    for t in seed["preamble"]:
        para(t)
    for part in seed["parts"]:
        para(part["heading"], bold=True)
        n = part["number"]
        if n in (2, 3, 4):
            for rows in tables.parts[n]:
                docx_merged_table(doc, rows, columns[n], widths[n])
                doc.add_paragraph()
        else:
            for t in part["lines"]:
                para(t)
    doc.save(path)
    fix_docx(path)


def flat_tables(tables):
    """pandoc-like simple tables: no merges, one header row, one label column holding the
    full label (三、本年度办理结果（三）不予公开 1.属于国家秘密)."""
    g = tables.golden
    t2 = [[Cell("信息内容", kind="head"), Cell("本年制发件数", kind="head"), Cell("本年废止件数", kind="head"),
           Cell("现行有效件数", kind="head")]]
    A = ("activeDisclosure",)
    t2.append([Cell("第二十条第（一）项")] + [Cell("", kind="blank")] * 3)
    for label, key in (("规章", "rules"), ("行政规范性文件", "normativeDocuments")):
        t2.append([Cell(label)] + [num(g, A + (key, k)) for k in ("issued", "repealed", "inForce")])
    for section, head, items in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "licensing")]),
                                 ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "penalties"), ("行政强制", "coercion")]),
                                 ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", "fees")])):
        t2.append([Cell(section)] + [Cell("", kind="blank")] * 3)
        t2.append([Cell("信息内容"), Cell(head)] + [Cell("", kind="blank")] * 2)
        for label, key in items:
            t2.append([Cell(label), num(g, A + (key,))] + [Cell("", kind="blank")] * 2)

    R = ("applications", "rows")
    t3 = [[Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", kind="head")]
          + [Cell(n, kind="head") for n in COLUMN_NAMES]]
    labels = [("一、本年新收政府信息公开申请数量", ("newRequests",)), ("二、上年结转政府信息公开申请数量", ("carriedOver",)),
              ("三、本年度办理结果（一）予以公开", ("disclosed",)),
              ("三、本年度办理结果（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ("partiallyDisclosed",))]
    for group, key, items in mf.OUTCOME_GROUPS:
        labels += [(f"三、本年度办理结果{group} {label}", (key, sub)) for label, sub in items]
    labels += [("三、本年度办理结果（七）总计", ("totalProcessed",)), ("四、结转下年度继续办理", ("carriedForward",))]
    for label, key in labels:
        t3.append([Cell(label)] + [num(g, R + key + (i,)) for i in range(7)])

    groups = [("行政复议", "administrativeReview"), ("行政诉讼 未经复议直接起诉", "litigationDirect"),
              ("行政诉讼 复议后起诉", "litigationAfterReview")]
    t4 = [[Cell(f"{gname} {RESULT_NAMES[k]}", kind="head") for gname, _ in groups for k in RESULT_KEYS],
          [num(g, ("reviewAndLitigation", gk, k)) for _, gk in groups for k in RESULT_KEYS]]
    return Tables(g, t2, t3, t4)


def docx_pandoc(seed, tables, path):
    """Like pandoc's docx writer: Title, Heading 1, "First Paragraph"/"Body Text"
    paragraphs, tables in style "Table" with "Compact" paragraphs, no merges."""
    from docx.enum.style import WD_STYLE_TYPE
    doc = new_document()
    styles = doc.styles
    for name in ("First Paragraph", "Body Text", "Compact"):
        if name not in [s.name for s in styles]:
            s = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = styles["Normal"]
    table_style = styles.add_style("Table", WD_STYLE_TYPE.TABLE)
    table_style.base_style = styles["Normal Table"]
    doc.add_paragraph(seed_title(seed), style="Title")
    first = True
    for t in seed["preamble"]:
        doc.add_paragraph(t, style="First Paragraph" if first else "Body Text")
        first = False
    for part in seed["parts"]:
        doc.add_paragraph(part["heading"], style="Heading 1")
        n = part["number"]
        if n in (2, 3, 4):
            for rows in tables.parts[n]:
                t = doc.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = table_style
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        p = t.cell(r, c).paragraphs[0]
                        p.style = styles["Compact"]
                        if cell.printed():
                            p.add_run(cell.printed())
        else:
            for i, line in enumerate(part["lines"]):
                doc.add_paragraph(line, style="First Paragraph" if i == 0 else "Body Text")
    doc.save(path)
    fix_docx(path)


# ---------------------------------------------------------------------------
# PDFs


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def normalise_pdf_dates(path):
    """Creation/modification times and any /ID become fixed values of the same length."""
    with open(path, "rb") as f:
        data = f.read()
    stamp = ("%04d%02d%02d%02d%02d%02d" % FIXED_TIME).encode()
    data = re.sub(rb"/(CreationDate|ModDate) ?\(D:\d{14}", lambda m: m.group(0)[:-14] + stamp, data)
    rest = re.sub(rb"/ID ?\[ ?<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+> ?\]", b"", data)
    digest = hashlib.md5(rest).hexdigest().upper().encode()
    data = re.sub(rb"(/ID ?\[ ?<)([0-9A-Fa-f]+)(> ?<)([0-9A-Fa-f]+)(> ?\])",
                  lambda m: m.group(1) + digest[:len(m.group(2))] + m.group(3) + digest[:len(m.group(4))] + m.group(5), data)
    with open(path, "wb") as f:
        f.write(data)


def chromium_print(html_name, host, url_path, out_name, work):
    """Headless Chromium's print to PDF with the default header and footer (print date,
    page title, URL, page numbers). The page is served from a local server that a host
    rule maps `host` to, so the footer shows a site URL; faketime fixes the print date."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium or not shutil.which("faketime"):
        raise SystemExit("chromium and faketime are needed for the PDFs (or run with --no-pdf)")
    site = os.path.join(work, "site")
    target = os.path.join(site, url_path.lstrip("/"))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(os.path.join(HERE, html_name), target)
    port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_Quiet, directory=site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    out = os.path.join(HERE, out_name)
    try:
        profile = os.path.join(work, "chromium-profile")
        cmd = ["faketime", FIXED_STAMP, chromium, "--headless", "--no-sandbox", "--disable-gpu",
               "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}", "--lang=zh-CN",
               f"--host-resolver-rules=MAP {host} 127.0.0.1:{port}",
               f"--print-to-pdf={out}", f"http://{host}{url_path}"]
        env = dict(os.environ, TZ="Asia/Shanghai", LANG="zh_CN.UTF-8", LANGUAGE="zh_CN")
        result = subprocess.run(["timeout", "120"] + cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, env=env)
        if result.returncode != 0 or not os.path.exists(out):
            raise SystemExit(f"chromium failed: {result.stdout[-2000:]}")
    finally:
        server.shutdown()
        server.server_close()
    normalise_pdf_dates(out)


def wkhtmltopdf_print(html_name, out_name, work):
    """wkhtmltopdf with its defaults (A4, no header or footer: Debian's build runs on
    unpatched Qt, which ignores --header-*/--footer-*). Its text layer maps many CJK
    glyphs of Noto Sans CJK to Kangxi radicals and CJK radicals supplement characters
    (人 -> U+2F08 ⼈, 民 -> U+2EA0 ⺠), as real wkhtmltopdf reports do."""
    if not shutil.which("wkhtmltopdf"):
        raise SystemExit("wkhtmltopdf is needed for the PDFs (or run with --no-pdf)")
    src = os.path.join(work, html_name)
    shutil.copyfile(os.path.join(HERE, html_name), src)
    out = os.path.join(HERE, out_name)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ="Asia/Shanghai")
    cmd = ["timeout", "120", "wkhtmltopdf", "--quiet", "--encoding", "utf-8", "--page-size", "A4", src, out]
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    if not os.path.exists(out):
        raise SystemExit(f"wkhtmltopdf failed: {result.stdout[-2000:]}")
    normalise_pdf_dates(out)


# ---------------------------------------------------------------------------
# The fixtures


def seeds():
    return {stem: mf.load_seed(stem) for stem in mf.SEEDS}


def G(seed):
    return seed["golden"]


def build(S):
    """name -> dict(kind, seed, tables, write(path), traits). The expected JSON of each is
    expected_json(tables) (plus metadata where given)."""
    F = {}

    def html(name, seed, tables, text, encoding="utf-8", metadata=None):
        F[name] = {"seed": seed, "tables": tables, "text": text, "encoding": encoding, "metadata": metadata}

    # 1. Zeros as empty cells, as &nbsp; cells, as Word's <o:p></o:p> cells (totals printed).
    s = S[S001]
    t = Tables(G(s)).blank_zeros()
    html("cms-empty-zeros.html", s, t, page_trs(s, tables_html(t, blank=""), "淄博市张店区人民政府"))

    s = S[S003]
    t = Tables(G(s)).blank_zeros()
    html("cms-nbsp-zeros.html", s, t, page_ueditor(s, tables_html(t, table_open=UEDITOR_TABLE, tbody=True,
                                                                    td=ueditor_td, blank="&nbsp;")))

    s = S[S004]
    t = Tables(G(s), t2=table2(G(s), merged=False)).blank_zeros()
    html("word-web-page-zeros.html", s, t, page_word(s, t, blank="<o:p></o:p>"), encoding="gbk")

    # 2. 表三's 总计 column left blank (the other figures printed).
    s = S[S002]
    t = Tables(G(s)).blank(lambda c: c.path[-1] == 6, parts=(3,))
    html("blank-total-column.html", s, t, page_plain(s, tables_html(t)))

    # 3. Digits over spans; a <p> per line in label and header cells.
    s = S[S000]
    t = Tables(G(s)).each((2, 3, 4), lambda c: True, digit_spans).labels(label_lines())
    html("split-digit-spans.html", s, t, page_plain(s, tables_html(t, lines="p")))

    # 4. The template's merged label columns (UEditor markup); labels over two <p>.
    s = S[S003]
    t = Tables(G(s))
    html("template-merged-labels.html", s, t, page_ueditor(s, tables_html(t, table_open=UEDITOR_TABLE, tbody=True,
                                                                           td=ueditor_td)))
    s = S[S001]
    t = Tables(G(s)).labels(two_line_labels)
    html("split-label-paragraphs.html", s, t, page_plain(s, tables_html(t, lines="p")))

    # 5. Split header cells; 表三's applicant columns in another order.
    s = S[S000]
    t = Tables(G(s)).labels(split_header_html, kinds=("head",))
    html("split-headers.html", s, t, page_plain(s, tables_html(t)))

    s = S[S000]
    t = Tables(G(s), t3=table3(G(s), order=[6, 5, 1, 2, 3, 4, 0]))
    html("applicant-columns-reordered.html", s, t, page_plain(s, tables_html(t)))

    # 6. 表四 reordered: 复议后起诉 before 未经复议直接起诉; 总计 first in every group.
    s = S[S002]
    t = Tables(G(s), t4=table4(G(s), litigation=("litigationAfterReview", "litigationDirect")))
    html("review-groups-swapped.html", s, t, page_plain(s, tables_html(t)))

    s = S[S003]
    t = Tables(G(s), t4=table4(G(s), results=["total", "upheld", "corrected", "other", "pending"]))
    html("review-total-first.html", s, t, page_plain(s, tables_html(t)))

    # 7. 表三 broken in two tables: with the header repeated; without it.
    s = S[S001]
    t = Tables(G(s))
    t.parts[3] = list(split_table(t.parts[3][0], "5.属于三类内部事务信息"))
    html("table3-split-repeated-header.html", s, t, page_plain(s, tables_html(t)))

    s = S[S004]
    t = Tables(G(s))
    t.parts[3] = list(split_table(t.parts[3][0], "（五）不予处理", repeat_header=False, continued="blank"))
    html("table3-split-no-header.html", s, t, page_plain(s, tables_html(t)))

    # 8, 9. Word files.
    s = S[S003]
    t = Tables(G(s)).blank_zeros(parts=(3, 4))
    F["python-docx-merged.docx"] = {"seed": s, "tables": t, "docx": docx_merged}

    s = S[S002]
    t = flat_tables(Tables(G(s)))
    F["pandoc-flat-labels.docx"] = {"seed": s, "tables": t, "docx": docx_pandoc}

    # 11. The agency only in <title>.
    s = S[S004]
    t = Tables(G(s))
    html("title-only-agency.html", s, t, page_ueditor(s, tables_html(t), body_title=False),
         metadata={"agency": G(s)["agency"], "year": G(s)["year"]})

    # 12. Blank cells in 表二.
    s = S[S001]
    t = Tables(G(s)).blank(lambda c: c.path[1] in ("rules", "fees", "coercion"), parts=(2,))
    html("table2-blanks.html", s, t, page_plain(s, tables_html(t)))

    # Combinations.
    s = S[S003]
    t = Tables(G(s), t3=table3(G(s), order=[6, 0, 4, 3, 2, 1, 5]),
               t4=table4(G(s), litigation=("litigationAfterReview", "litigationDirect"),
                         results=["total", "upheld", "corrected", "other", "pending"]))
    t.blank_zeros(parts=(2, 3, 4), totals=True).labels(two_line_labels).labels(split_header_lines, kinds=("head",))
    html("combo-word-gb2312-reordered.html", s, t, page_word(s, t, blank="<span lang=EN-US><o:p>&nbsp;</o:p></span>"),
         encoding="gbk")

    s = S[S000]
    t = Tables(G(s)).blank_zeros(parts=(2, 3, 4), totals=True)
    t.each((2, 3, 4), lambda c: True, digit_spans).labels(split_header_html, kinds=("head",))
    t.parts[3] = list(split_table(t.parts[3][0], "（四）无法提供"))
    html("combo-cms-split-table.html", s, t, page_trs(s, tables_html(t, blank=""), "聊城市茌平区人民政府"))

    s = S[S004]
    t = Tables(G(s))
    t.dash(path_is("activeDisclosure", "rules"), "—")
    t.dash(path_is("activeDisclosure", "fees"), "不适用")
    t.dash(path_is("applications", "rows", "otherOutcomes", "unpaidFees"), "/")
    t.dash(path_is("applications", "rows", "notProcessed", "publications"), "-")
    t.blank(lambda c: True, parts=(4,))
    html("combo-dashes-blank-table.html", s, t, page_ueditor(s, tables_html(t, table_open=UEDITOR_TABLE, tbody=True,
                                                                             td=ueditor_td)))
    return F


# PDFs: (output, printer, source fixture). The expected figures are the source's.
PDFS = [
    ("chromium-print.pdf", "chromium", "template-merged-labels.html",
     ("www.guanxian.gov.cn", "/art/2025/1/20/art_4215_102938.html")),
    ("chromium-print-empty-zeros.pdf", "chromium", "cms-empty-zeros.html",
     ("www.zhangdian.gov.cn", "/gongkai/site_zdqzf/channel_nb/doc_678a1b2c.html")),
    ("wkhtmltopdf-split-headers.pdf", "wkhtmltopdf", "split-headers.html", None),
]


# ---------------------------------------------------------------------------
# Reading back what was written


def read_expected(name):
    with open(os.path.join(HERE, name.rsplit(".", 1)[0] + ".expected.json"), encoding="utf-8") as f:
        return json.load(f, parse_float=str, parse_int=str)


def rule_value(text, path, wholly_blank):
    """The figure a cell's printed text stands for, by the blank-cell rule."""
    if text in DASHES:
        return None
    if text == "":
        return None if wholly_blank or is_total(path) else "0"
    return text


def leaf_paths(tree, prefix=()):
    if isinstance(tree, dict):
        for k, v in tree.items():
            yield from leaf_paths(v, prefix + (k,))
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            yield from leaf_paths(v, prefix + (i,))
    else:
        yield prefix


def verify(name, grids, tables):
    """Every number cell of the file holds what the model prints, and that text gives,
    by the rule, the value in NAME.expected.json; every figure of the expected file is
    in exactly one cell."""
    expected = read_expected(name)
    blocks = [(p, t) for p in (2, 3, 4) for t in tables.parts[p]]
    if len(grids) != len(blocks):
        raise SystemExit(f"{name}: {len(grids)} tables, expected {len(blocks)}")
    texts = {}  # path -> (part, printed text)
    for grid, (part, rows) in zip(grids, blocks):
        for r, c, cell in positions(rows):
            if cell.kind != "num":
                continue
            got = grid.get((r, c))
            if got != cell.printed():
                raise SystemExit(f"{name}: table {part} cell {(r, c)} reads {got!r}, model {cell.printed()!r}")
            if cell.path in texts:
                raise SystemExit(f"{name}: {cell.path} printed twice")
            texts[cell.path] = (part, got)
    blank_tables = {p for p in (2, 3, 4) if all(t == "" for q, t in texts.values() if q == p)}
    figures = {p for p in leaf_paths({k: expected[k] for k in ("activeDisclosure", "applications", "reviewAndLitigation")})}
    if figures != set(texts):
        raise SystemExit(f"{name}: cells {sorted(set(texts) ^ figures)[:5]} not both printed and expected")
    for path, (part, text) in texts.items():
        want = golden_at(expected, path)
        got = rule_value(text, path, part in blank_tables)
        if got != want:
            raise SystemExit(f"{name}: {path} prints {text!r} = {got!r} by the rule, expected file says {want!r}")
        if text not in ("",) + DASHES and text != golden_at(tables.golden, path):
            raise SystemExit(f"{name}: {path} prints {text!r}, golden {golden_at(tables.golden, path)!r}")
    return len(texts)


def pdf_text(name):
    return subprocess.run(["pdftotext", "-layout", os.path.join(HERE, name), "-"], stdout=subprocess.PIPE,
                          text=True, check=True).stdout


def check_pdf(name, seed, wanted_extra):
    text = unicodedata.normalize("NFKC", "".join(pdf_text(name).split()))  # wkhtmltopdf's fonts map some glyphs to Kangxi radicals
    a = G(seed)["activeDisclosure"]
    wanted = [a["licensing"], a["penalties"], "申请人情况", "行政复议", "结转下年度", seed_title(seed)[:6]] + wanted_extra
    for item in wanted:
        if item not in text:
            raise SystemExit(f"{name}: pdftotext output lacks {item!r}")


# ---------------------------------------------------------------------------


def write_expected(name, tables, metadata=None):
    path = os.path.join(HERE, name.rsplit(".", 1)[0] + ".expected.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(to_json(expected_json(tables, metadata)) + "\n")


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    S = seeds()
    fixtures = build(S)
    for name, f in fixtures.items():
        t = f["tables"]
        if not name.startswith("pandoc"):
            for p, columns in ((2, 4), (3, 10), (4, 15)):
                for rows in t.parts[p]:
                    check_grid(rows, columns, name)
        write_expected(name, t, f.get("metadata"))
        path = os.path.join(HERE, name)
        if "docx" in f:
            f["docx"](f["seed"], t, path)
        else:
            with open(path, "wb") as out:
                out.write(f["text"].encode(f["encoding"]))

    checked = 0
    for name, f in fixtures.items():
        path = os.path.join(HERE, name)
        grids = mf.docx_grids(path) if name.endswith(".docx") else mf.html_grids(path, f["encoding"])
        checked += verify(name, grids, f["tables"])

    if not no_pdf:
        with tempfile.TemporaryDirectory(prefix="nianbao-producers-") as work:
            for out, printer, source, where in PDFS:
                print("printing", out)
                if printer == "chromium":
                    chromium_print(source, where[0], where[1], out, work)
                else:
                    wkhtmltopdf_print(source, out, work)
                shutil.copyfile(os.path.join(HERE, source.rsplit(".", 1)[0] + ".expected.json"),
                                os.path.join(HERE, out.rsplit(".", 1)[0] + ".expected.json"))
                extra = [where[0], "1/20/25"] if where else []
                check_pdf(out, fixtures[source]["seed"], extra)
    print(f"checked {checked} number cells against the model and the expected JSON")
    total = 0
    for name in sorted(os.listdir(HERE)):
        size = os.path.getsize(os.path.join(HERE, name))
        total += size
        print(f"{size:>9}  {name}")
    print(f"{total:>9}  in all")


if __name__ == "__main__":
    main()
