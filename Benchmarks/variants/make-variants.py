#!/usr/bin/env python3
"""Random adversarial HTML variants of a 政府信息公开年度报告 with consistent figures.

    python3 make.py N [SEED] [OUTDIR]

Reuses (read-only) the table model of Tests/NianbaoFormatsTests/Fixtures/producers/
make-producers.py. Writes OUTDIR/vSS_NNN.html, its true figures (.expected.json: blank
cells that mean zero are 0) and the traits it was given (.traits.json).
"""
import copy
import importlib.util
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
PROD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "NianbaoFormatsTests",
                    "Fixtures", "producers", "make-producers.py")
_spec = importlib.util.spec_from_file_location("make_producers", PROD)
mp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mp)
mf = mp.mf
Cell = mp.Cell

ROW_KEYS = [("newRequests",), ("carriedOver",), ("disclosed",), ("partiallyDisclosed",)]
for _g, key, items in mf.OUTCOME_GROUPS:
    for _l, sub in items:
        ROW_KEYS.append((key, sub))
ROW_KEYS += [("totalProcessed",), ("carriedForward",)]
OUTCOME_KEYS = ROW_KEYS[2:-2]


def rand_count(rng, p_zero=0.6, hi=30):
    if rng.random() < p_zero:
        return 0
    r = rng.random()
    if r < 0.7:
        return rng.randint(1, 9)
    if r < 0.95:
        return rng.randint(10, hi * 4)
    return rng.randint(100, 2500)


def random_golden(rng):
    s = str
    ad = {
        "rules": {k: s(rand_count(rng, 0.7)) for k in ("issued", "repealed", "inForce")},
        "normativeDocuments": {k: s(rand_count(rng, 0.3)) for k in ("issued", "repealed", "inForce")},
        "licensing": s(rng.choice([0, rng.randint(1, 99), rng.randint(100, 99999)])),
        "penalties": s(rng.choice([0, rng.randint(1, 99), rng.randint(100, 9999)])),
        "coercion": s(rng.choice([0, rng.randint(1, 99)])),
        "fees": rng.choice(["0", str(rng.randint(1, 999)), "%d.%02d" % (rng.randint(0, 9999), rng.randint(1, 99)),
                            "%d.%d" % (rng.randint(0, 99999), rng.randint(1, 99999))]),
    }
    if all(v == "0" for v in (ad["licensing"], ad["penalties"], ad["normativeDocuments"]["issued"])):
        ad["licensing"] = "17"
    # fees like "12.50" would print 12.50 = 12.5, fine as a number; strip trailing zeros to be safe
    if "." in ad["fees"]:
        ad["fees"] = ad["fees"].rstrip("0").rstrip(".")
    rows = {}
    cols = []
    for col in range(6):
        p = 0.3 if col == 0 else rng.choice([0.6, 0.85, 0.97, 1.0])
        out = {k: rand_count(rng, max(p, 0.5) if k != ("disclosed",) else p) if p < 1.0 else 0 for k in OUTCOME_KEYS}
        total = sum(out.values())
        cf = rand_count(rng, 0.6, 5) if p < 1.0 else 0
        co = rng.randint(0, total + cf) if rng.random() < 0.4 else 0
        new = total + cf - co
        d = dict(out)
        d[("newRequests",)] = new
        d[("carriedOver",)] = co
        d[("totalProcessed",)] = total
        d[("carriedForward",)] = cf
        cols.append(d)
    for k in ROW_KEYS:
        vals = [c[k] for c in cols]
        vals.append(sum(vals))
        vals = [s(v) for v in vals]
        if len(k) == 1:
            rows[k[0]] = vals
        else:
            rows.setdefault(k[0], {})[k[1]] = vals
    rl = {}
    for grp in ("administrativeReview", "litigationDirect", "litigationAfterReview"):
        v = {k: rand_count(rng, 0.6, 3) for k in ("upheld", "corrected", "other", "pending")}
        v["total"] = sum(v.values())
        rl[grp] = {k: s(x) for k, x in v.items()}
    return {"activeDisclosure": ad, "applications": {"rows": rows}, "reviewAndLitigation": rl}


# ---------------------------------------------------------------------------
# Flattened 表三 labels

def flat_table3(g, order, mode):
    """mode "repeat": three label columns, no rowspans, the group labels repeated in
    every row; mode "joined": one label column holding the full label."""
    R = ("applications", "rows")
    orgs = [i for i in order if 1 <= i <= 5]
    first_org = order.index(orgs[0])

    def nums(key):
        return [mp.num(g, R + key + (i,)) for i in order]

    lc = 3 if mode == "repeat" else 1
    head2 = []
    for n, i in enumerate(order):
        if i in (0, 6):
            head2.append(Cell(mp.COLUMN_NAMES[i], rowspan=2, kind="head"))
        elif n == first_org:
            head2.append(Cell("法人或其他组织", colspan=5, kind="head"))
    rows = [[Cell(mp.CORNER if mode == "repeat" else "", rowspan=3, colspan=lc, kind="head"),
             Cell("申请人情况", colspan=7, kind="head")], head2,
            [Cell(mp.COLUMN_NAMES[i], kind="head") for i in orgs]]

    def lab(parts):
        if mode == "repeat":
            if len(parts) == 1:
                return [Cell(parts[0], colspan=3)]
            if len(parts) == 2:
                return [Cell(parts[0]), Cell(parts[1], colspan=2)]
            return [Cell(p) for p in parts]
        return [Cell("".join(parts))]

    rows.append(lab(["一、本年新收政府信息公开申请数量"]) + nums(("newRequests",)))
    rows.append(lab(["二、上年结转政府信息公开申请数量"]) + nums(("carriedOver",)))
    rows.append(lab(["三、本年度办理结果", "（一）予以公开"]) + nums(("disclosed",)))
    rows.append(lab(["三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]) + nums(("partiallyDisclosed",)))
    for group, key, items in mf.OUTCOME_GROUPS:
        for label, sub in items:
            rows.append(lab(["三、本年度办理结果", group, label]) + nums((key, sub)))
    rows.append(lab(["三、本年度办理结果", "（七）总计"]) + nums(("totalProcessed",)))
    rows.append(lab(["四、结转下年度继续办理"]) + nums(("carriedForward",)))
    return rows


def random_order(rng):
    orgs = [1, 2, 3, 4, 5]
    if rng.random() < 0.5:
        rng.shuffle(orgs)
    blocks = [[0], orgs, [6]]
    if rng.random() < 0.6:
        rng.shuffle(blocks)
    return [i for b in blocks for i in b]


SPLIT_POINTS = ["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密",
                "5.属于三类内部事务信息", "（四）无法提供", "1.本机关不掌握相关政府信息", "（五）不予处理",
                "3.要求提供公开出版物", "（六）其他处理", "3.其他", "（七）总计", "四、结转下年度继续办理"]


def strip_narrative(seed):
    seed = copy.deepcopy(seed)
    bad = re.compile(r"\d")
    kw = re.compile(r"申请|复议|诉讼|公开件|答复")
    for part in seed["parts"]:
        part["lines"] = [t for t in part["lines"] if not (bad.search(t) and kw.search(t))]
    seed["preamble"] = [t for t in seed["preamble"] if not (bad.search(t) and kw.search(t) and "统计期限" not in t)]
    return seed


def make_variant(rng, seeds):
    seed = strip_narrative(rng.choice(seeds))
    g = random_golden(rng)
    seed["golden"] = g
    traits = {"seed": seed["stem"][:3]}

    order = random_order(rng) if rng.random() < 0.5 else list(range(7))
    if order != list(range(7)):
        traits["t3order"] = [mp.COLUMN_NAMES[i] for i in order]
    lab = rng.choice(["merged", "merged", "repeat", "joined"])
    traits["labels"] = lab
    t3 = mp.table3(g, order) if lab == "merged" else flat_table3(g, order, lab)

    lit = ("litigationDirect", "litigationAfterReview")
    res = list(mp.RESULT_KEYS)
    if rng.random() < 0.35:
        lit = lit[::-1]
        traits["t4swap"] = True
    r = rng.random()
    if r < 0.2:
        res = ["total"] + res[:-1]
        traits["t4results"] = res
    elif r < 0.3:
        rng.shuffle(res)
        traits["t4results"] = res
    t4 = mp.table4(g, lit, tuple(res))
    t2 = mp.table2(g, merged=rng.random() < 0.7)
    if not t2[5][1].colspan > 1:
        traits["t2unmerged"] = True
    tables = mp.Tables(g, t2, t3, t4)

    # blanks
    blank_parts = rng.choice([(), (3,), (3,), (3, 4), (2, 3, 4), (4,)])
    if blank_parts:
        tables.blank_zeros(blank_parts, totals=False)
        traits["blankZeros"] = list(blank_parts)
    blank_html = rng.choice(["", "&nbsp;", " ", "<p></p>", "<p>&nbsp;</p>", "<span></span>", "<br>"])
    if blank_parts:
        traits["blankHTML"] = blank_html

    # label lines
    ll = rng.random()
    if ll < 0.25:
        w = rng.choice([3, 4, 5, 6, 8, 9])
        tables.labels(mp.label_lines(w, rng.choice([2, 3, 4])))
        traits["labelLines"] = f"p-per-{w}"
        lines_mode = "p"
    elif ll < 0.45:
        tables.labels(mp.two_line_labels)
        traits["labelLines"] = "two-line"
        lines_mode = rng.choice(["p", "br"])
    else:
        lines_mode = "p"
    if "labelLines" in traits:
        traits["linesMode"] = lines_mode
    if rng.random() < 0.25:
        tables.labels(mp.split_header_html, kinds=("head",))
        traits["splitHeaders"] = True
    if rng.random() < 0.3:
        for c in tables.cells():
            mp.digit_spans(c)
        traits["digitSpans"] = True

    # split 表三
    if rng.random() < 0.35:
        rows = tables.parts[3][0]
        texts = {c.text for row in rows for c in row}
        pts = [p for p in SPLIT_POINTS if p in texts]
        if lab == "joined":
            pts = [c.text for row in rows[5:] for c in row[:1]]
        if pts:
            before = rng.choice(pts)
            rep = rng.random() < 0.5
            cont = rng.choice(["repeat", "blank"])
            a, b = mp.split_table(rows, before, header_rows=3, repeat_header=rep, continued=cont)
            tables.parts[3] = [a, b]
            traits["split3"] = {"before": before, "repeatHeader": rep, "continued": cont}
    if rng.random() < 0.15:
        # split 表四 after its header rows
        rows = tables.parts[4][0]
        tables.parts[4] = [rows[:3], [[copy.copy(c) for c in rows[3]]]]
        traits["split4"] = True

    narrow = rng.random() < 0.3
    if narrow:
        traits["narrowLabels"] = True
    frame = rng.choice(["plain", "trs", "ueditor"])
    traits["frame"] = frame
    nbsp_pad = rng.random() < 0.2
    if nbsp_pad:
        traits["nbspPadNumbers"] = True
        for c in tables.cells():
            if c.mark == "num" and c.html is None:
                c.html = "&nbsp;" + mp.esc(c.text) + "&nbsp;"

    def td(cell, r, c):
        a = ""
        if frame == "ueditor":
            a += mp.ueditor_td(cell, r, c)
        if narrow and cell.kind == "label":
            a += f' width="{rng.choice([12, 20, 28])}"'
        return a

    opts = dict(td=td, blank=blank_html, lines=lines_mode, tbody=frame == "ueditor")
    if frame == "ueditor":
        opts["table_open"] = mp.UEDITOR_TABLE
    th = frame == "plain" and rng.random() < 0.5
    opts["th"] = th
    if th:
        traits["th"] = True
    html_parts = mp.tables_html(tables, **opts)
    if frame == "plain":
        page = mp.page_plain(seed, html_parts)
    elif frame == "trs":
        page = mp.page_trs(seed, html_parts, mp.seed_title(seed).split("20")[0])
    else:
        page = mp.page_ueditor(seed, html_parts)
    expected = mp.expected_json(tables)
    return page, mp.to_json(expected) + "\n", traits


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    s = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    out = sys.argv[3] if len(sys.argv) > 3 else ".build/variants"
    os.makedirs(out, exist_ok=True)
    seeds = [mf.load_seed(st) for st in mf.SEEDS]
    rng = random.Random(s)
    for i in range(n):
        page, exp, traits = make_variant(rng, seeds)
        name = os.path.join(out, f"v{s:02d}_{i:03d}")
        open(name + ".html", "w", encoding="utf-8").write(page)
        open(name + ".expected.json", "w", encoding="utf-8").write(exp)
        open(name + ".traits.json", "w", encoding="utf-8").write(json.dumps(traits, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
