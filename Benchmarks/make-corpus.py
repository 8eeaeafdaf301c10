#!/usr/bin/env python3
"""Writes a large corpus of annual reports for benchmarks, made from the real reports.

Usage:  python3 Benchmarks/make-corpus.py N OUT [--seed S]

Writes OUT/Content/site.toml, OUT/Content/reports/p<NN>/a<NNNNN>-<year>.(txt|html) (N
reports) and OUT/corpus.tsv (one line per report: path, agency, year, region, layout,
format, encoding, factor; not under Content/, so nianbao does not read it).

How the corpus is made (deterministic for a given N and --seed):

* Agencies: about N/5 of them, drawn from a list of real provinces, prefecture cities and
  counties (below) times the usual bureaus (人民政府, 人民政府办公室, 教育局, 公安局, …),
  named "<city><county><bureau>" or "<city><bureau>". Each agency has 5 reports on
  average (years chosen from 2019–2025; never two for one agency and year).
* Each agency keeps one layout for all its years, as agencies do:
  - text (60 %): a seed of Content/reports/ unchanged, behind a front-matter block that
    gives agency, year and region. The seeds 000–004 are five text layouts (2024); the
    平潭 layout (run-together crawler dumps) uses pingtan-<year>.txt for the same year.
    These keep their seed's numbers. A few files are GB18030, UTF-8 with BOM or CRLF.
  - HTML (40 %): one of the seeds 000–004 rendered as official-layout HTML by
    Tests/NianbaoFormatsTests/Fixtures/make-fixtures.py (plain page, Word "save as web
    page" in GBK, a county site page, or a CMS fragment). Every value of tables 二/三/四
    in the seed's golden JSON is multiplied by one random integer factor (1–20) per
    report, so the sums (C1–C4) still hold; counts of requests/reviews/lawsuits stated
    in the narrative are multiplied too (C5). HTML has no front matter (nianbao reads
    agency and year from the text), so the seed's agency name, address and place names
    are replaced by the new agency's, and every "<year>年" is moved to the report's year.

Python 3 standard library only.
"""

import argparse
import importlib.util
import json
import os
import random
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
REPORTS = os.path.join(ROOT, "Content", "reports")
FIXTURES = os.path.join(ROOT, "Tests", "NianbaoFormatsTests", "Fixtures", "make-fixtures.py")

YEARS = list(range(2019, 2026))
REPORTS_PER_AGENCY = 5

# ---------------------------------------------------------------------------
# Places: province -> prefecture city -> counties (real names).

PLACES = {
    "山东省": {
        "济南市": "历下区 市中区 槐荫区 天桥区 历城区 长清区 章丘区 济阳区 平阴县 商河县",
        "青岛市": "市南区 市北区 黄岛区 崂山区 李沧区 城阳区 即墨区 胶州市 平度市 莱西市",
        "淄博市": "淄川区 张店区 博山区 临淄区 周村区 桓台县 高青县 沂源县",
        "聊城市": "东昌府区 茌平区 阳谷县 莘县 东阿县 冠县 高唐县 临清市",
        "泰安市": "泰山区 岱岳区 宁阳县 东平县 新泰市 肥城市",
        "潍坊市": "潍城区 寒亭区 坊子区 奎文区 临朐县 昌乐县 青州市 诸城市 寿光市 安丘市 高密市 昌邑市",
    },
    "福建省": {
        "福州市": "鼓楼区 台江区 仓山区 马尾区 晋安区 长乐区 闽侯县 连江县 罗源县 闽清县 永泰县 福清市",
        "厦门市": "思明区 海沧区 湖里区 集美区 同安区 翔安区",
        "泉州市": "鲤城区 丰泽区 洛江区 泉港区 惠安县 安溪县 永春县 德化县 石狮市 晋江市 南安市",
        "漳州市": "芗城区 龙文区 龙海区 长泰区 云霄县 漳浦县 诏安县 东山县 南靖县 平和县 华安县",
    },
    "江苏省": {
        "南京市": "玄武区 秦淮区 建邺区 鼓楼区 浦口区 栖霞区 雨花台区 江宁区 六合区 溧水区 高淳区",
        "苏州市": "虎丘区 吴中区 相城区 姑苏区 吴江区 常熟市 张家港市 昆山市 太仓市",
        "徐州市": "鼓楼区 云龙区 贾汪区 泉山区 铜山区 丰县 沛县 睢宁县 新沂市 邳州市",
        "扬州市": "广陵区 邗江区 江都区 宝应县 仪征市 高邮市",
    },
    "浙江省": {
        "杭州市": "上城区 拱墅区 西湖区 滨江区 萧山区 余杭区 临平区 钱塘区 富阳区 临安区 桐庐县 淳安县 建德市",
        "宁波市": "海曙区 江北区 北仑区 镇海区 鄞州区 奉化区 象山县 宁海县 余姚市 慈溪市",
        "温州市": "鹿城区 龙湾区 瓯海区 洞头区 永嘉县 平阳县 苍南县 文成县 泰顺县 瑞安市 乐清市",
        "金华市": "婺城区 金东区 武义县 浦江县 磐安县 兰溪市 义乌市 东阳市 永康市",
    },
    "河南省": {
        "郑州市": "中原区 二七区 管城回族区 金水区 上街区 惠济区 中牟县 巩义市 荥阳市 新密市 新郑市 登封市",
        "洛阳市": "老城区 西工区 瀍河回族区 涧西区 偃师区 孟津区 洛龙区 新安县 栾川县 嵩县 汝阳县 宜阳县 洛宁县 伊川县",
        "南阳市": "宛城区 卧龙区 南召县 方城县 西峡县 镇平县 内乡县 淅川县 社旗县 唐河县 新野县 桐柏县 邓州市",
        "商丘市": "梁园区 睢阳区 民权县 睢县 宁陵县 柘城县 虞城县 夏邑县 永城市",
    },
    "湖北省": {
        "武汉市": "江岸区 江汉区 硚口区 汉阳区 武昌区 青山区 洪山区 东西湖区 汉南区 蔡甸区 江夏区 黄陂区 新洲区",
        "宜昌市": "西陵区 伍家岗区 点军区 猇亭区 夷陵区 远安县 兴山县 秭归县 宜都市 当阳市 枝江市",
        "襄阳市": "襄城区 樊城区 襄州区 南漳县 谷城县 保康县 老河口市 枣阳市 宜城市",
    },
    "湖南省": {
        "长沙市": "芙蓉区 天心区 岳麓区 开福区 雨花区 望城区 长沙县 浏阳市 宁乡市",
        "株洲市": "荷塘区 芦淞区 石峰区 天元区 渌口区 攸县 茶陵县 炎陵县 醴陵市",
        "岳阳市": "岳阳楼区 云溪区 君山区 岳阳县 华容县 湘阴县 平江县 汨罗市 临湘市",
    },
    "广东省": {
        "广州市": "荔湾区 越秀区 海珠区 天河区 白云区 黄埔区 番禺区 花都区 南沙区 从化区 增城区",
        "佛山市": "禅城区 南海区 顺德区 三水区 高明区",
        "惠州市": "惠城区 惠阳区 博罗县 惠东县 龙门县",
        "梅州市": "梅江区 梅县区 大埔县 丰顺县 五华县 平远县 蕉岭县 兴宁市",
    },
    "四川省": {
        "成都市": "锦江区 青羊区 金牛区 武侯区 成华区 龙泉驿区 青白江区 新都区 温江区 双流区 郫都区 新津区 "
                  "金堂县 大邑县 蒲江县 都江堰市 彭州市 邛崃市 崇州市 简阳市",
        "绵阳市": "涪城区 游仙区 安州区 三台县 盐亭县 梓潼县 北川羌族自治县 平武县 江油市",
        "南充市": "顺庆区 高坪区 嘉陵区 南部县 营山县 蓬安县 仪陇县 西充县 阆中市",
    },
    "河北省": {
        "石家庄市": "长安区 桥西区 新华区 井陉矿区 裕华区 藁城区 鹿泉区 栾城区 井陉县 正定县 行唐县 灵寿县 "
                    "高邑县 深泽县 赞皇县 无极县 平山县 元氏县 赵县 辛集市 晋州市 新乐市",
        "保定市": "竞秀区 莲池区 满城区 清苑区 徐水区 涞水县 阜平县 定兴县 唐县 高阳县 容城县 涞源县 望都县 "
                  "安新县 易县 曲阳县 蠡县 顺平县 博野县 雄县 涿州市 定州市 安国市 高碑店市",
        "邯郸市": "邯山区 丛台区 复兴区 峰峰矿区 肥乡区 永年区 临漳县 成安县 大名县 涉县 磁县 邱县 鸡泽县 "
                  "广平县 馆陶县 魏县 曲周县 武安市",
    },
    "安徽省": {
        "合肥市": "瑶海区 庐阳区 蜀山区 包河区 长丰县 肥东县 肥西县 庐江县 巢湖市",
        "芜湖市": "镜湖区 鸠江区 弋江区 湾沚区 繁昌区 南陵县 无为市",
        "阜阳市": "颍州区 颍东区 颍泉区 临泉县 太和县 阜南县 颍上县 界首市",
    },
    "江西省": {
        "南昌市": "东湖区 西湖区 青云谱区 青山湖区 新建区 红谷滩区 南昌县 安义县 进贤县",
        "赣州市": "章贡区 南康区 赣县区 信丰县 大余县 上犹县 崇义县 安远县 定南县 全南县 宁都县 于都县 "
                  "兴国县 会昌县 寻乌县 石城县 瑞金市 龙南市",
    },
    "陕西省": {
        "西安市": "新城区 碑林区 莲湖区 灞桥区 未央区 雁塔区 阎良区 临潼区 长安区 高陵区 鄠邑区 蓝田县 周至县",
        "宝鸡市": "渭滨区 金台区 陈仓区 凤翔区 岐山县 扶风县 眉县 陇县 千阳县 麟游县 凤县 太白县",
    },
}

# Bureaus of a county or city government (the agencies that publish reports).
BUREAUS = [
    "人民政府", "人民政府办公室", "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局",
    "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "交通运输局", "水利局",
    "农业农村局", "商务局", "文化和旅游局", "卫生健康局", "退役军人事务局", "应急管理局", "审计局",
    "市场监督管理局", "统计局", "医疗保障局", "行政审批服务局", "林业局", "综合行政执法局", "信访局",
    "民族宗教事务局", "体育局", "乡村振兴局", "粮食和物资储备局", "大数据局",
]
ROADS = ["人民", "建设", "解放", "中山", "文化", "新华", "胜利", "和平", "光明", "振兴", "朝阳", "长江", "黄河", "府前"]

# ---------------------------------------------------------------------------
# Seeds

TEXT_SEEDS = ["000_efb035f696e87f51", "001_69cc43620935c919", "002_9d017863089d3b5a",
              "003_38a0cde88c4c746e", "004_b87e4db93de93761"]
PINGTAN = "pingtan"  # pingtan-<year>.txt
HTML_SEEDS = TEXT_SEEDS
HTML_VARIANTS = [("plain", 50), ("word-gbk", 15), ("site", 15), ("fragment", 20)]

# Text seeds (the five layouts, and 平潭) take 60 % of the agencies, HTML 40 %.
LAYOUT_WEIGHTS = [(("text", s), 10) for s in TEXT_SEEDS] + [(("text", PINGTAN), 10), (("html", None), 40)]
# Bytes of a text report: mostly UTF-8.
ENCODING_WEIGHTS = [("utf-8", 90), ("gb18030", 4), ("utf-8-bom", 3), ("utf-8-crlf", 3)]

# What the HTML versions of a seed say about the seed's agency, replaced by the new agency's.
# Longest first within each kind; see `seed_placeholders`.
SEED_NAMES = {
    "000_efb035f696e87f51": {"agency": ["聊城市茌平区人民政府"], "address": "聊城市茌平区中心街5226号",
                             "citycounty": ["聊城市茌平区"], "county": ["茌平区"]},
    "001_69cc43620935c919": {"agency": ["张店区人民政府办公室"], "address": "淄博市张店区新村西路226号区政务中心",
                             "citycounty": ["淄博市张店区"], "county": ["张店区"]},
    "002_9d017863089d3b5a": {"agency": ["东昌府区人民政府办公室"],
                             "address": "聊城市东昌府区松桂路 77 号 1 号办公楼 623 室",
                             "citycounty": ["聊城市东昌府区"], "county": ["东昌府区"]},
    "003_38a0cde88c4c746e": {"agency": ["冠县人民政府"], "address": "山东省聊城市冠县红旗北路109号",
                             "citycounty": ["聊城市冠县"], "county": ["冠县"]},
    "004_b87e4db93de93761": {"agency": ["泰安市泰山区行政审批服务局", "泰山区行政审批服务局"], "address": None,
                             "citycounty": ["泰安市泰山区"], "county": ["泰山区"]},
}
SEED_YEAR = 2024

# Placeholders (private-use characters, which no seed holds and which the fixture
# renderers treat as Han text) put into the rendered HTML, filled in per report.
PH_AGENCY, PH_ADDRESS, PH_CITYCOUNTY, PH_COUNTY = "\ue000", "\ue001", "\ue002", "\ue003"
PH_YEAR0 = 0xE100  # chr(PH_YEAR0 + 50 + (y - SEED_YEAR)) stands for the year y + shift
PLACEHOLDER = re.compile("[\ue000-\ue003\ue100-\ue1ff]")


def load_fixtures_module():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def weighted(rng, items):
    total = sum(w for _, w in items)
    x = rng.random() * total
    for item, w in items:
        x -= w
        if x < 0:
            return item
    return items[-1][0]


# ---------------------------------------------------------------------------
# Agencies


def all_agencies():
    """Every (agency, province, city, county or None) of the places above, in a fixed order."""
    out = []
    seen = set()
    for province, cities in PLACES.items():
        for city, counties in cities.items():
            for bureau in BUREAUS:
                out.append((city + bureau, province, city, None))
            for county in counties.split():
                for bureau in BUREAUS:
                    name = city + county + bureau
                    out.append((name, province, city, county))
    for name, *_ in out:
        if name in seen:
            raise SystemExit(f"duplicate agency {name}")
        seen.add(name)
    return out


def address_of(rng, province, city, county):
    road = rng.choice(ROADS)
    return f"{province}{city}{county or ''}{road}路{rng.randint(1, 399)}号"


# ---------------------------------------------------------------------------
# HTML reports


def scale_value(text, factor):
    """A number as the golden JSON spells it, times `factor`, spelled the same way."""
    if text is None:
        return None
    if "." in text:
        whole, frac = text.split(".")
        digits = len(frac)
        n = int(whole + frac) * factor
        s = str(n).rjust(digits + 1, "0")
        return s[:-digits] + "." + s[-digits:]
    return str(int(text) * factor)


def scale(tree, factor):
    if isinstance(tree, dict):
        return {k: scale(v, factor) for k, v in tree.items()}
    if isinstance(tree, list):
        return [scale(v, factor) for v in tree]
    if isinstance(tree, str):
        return scale_value(tree, factor)
    return tree


COUNT = re.compile(r"(?<![\d.])(\d+)(?=\s*(?:件|起|宗|人次))")
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?=\s*年)")


def seed_placeholders(stem, text, counts, factor):
    """`text` of the seed with its agency, address and places as placeholders, each
    "<year>年" as a year placeholder, and the counts the narrative states (`counts`: the
    table totals) multiplied by `factor`."""
    names = SEED_NAMES[stem]
    if names["address"]:
        text = text.replace(names["address"], PH_ADDRESS)
    for a in names["agency"]:
        text = text.replace(a, PH_AGENCY)
    for c in names["citycounty"]:
        text = text.replace(c, PH_CITYCOUNTY)
    for c in names["county"]:
        text = text.replace(c, PH_COUNTY)
    text = YEAR.sub(lambda m: chr(PH_YEAR0 + 50 + int(m.group(1)) - SEED_YEAR), text)
    if factor != 1:
        text = COUNT.sub(lambda m: str(int(m.group(1)) * factor) if int(m.group(1)) in counts else m.group(1), text)
    return text


class HTMLFactory:
    """Renders seed × variant × factor once (with placeholders), then fills in each report."""

    def __init__(self):
        self.fx = load_fixtures_module()
        self.seeds = {stem: self.fx.load_seed(stem) for stem in HTML_SEEDS}
        self.cache = {}

    def template(self, stem, variant, factor):
        key = (stem, variant, factor)
        if key in self.cache:
            return self.cache[key]
        fx = self.fx
        base = self.seeds[stem]
        golden = dict(base["golden"])
        for k in ("activeDisclosure", "reviewAndLitigation"):
            golden[k] = scale(base["golden"][k], factor)
        golden["applications"] = dict(base["golden"]["applications"],
                                      rows=scale(base["golden"]["applications"]["rows"], factor))
        g = base["golden"]
        rows = g["applications"]["rows"]
        counts = {int(rows["newRequests"][6]), int(rows["totalProcessed"][6]), int(rows["carriedOver"][6])}
        rl = g["reviewAndLitigation"]
        for group in ("administrativeReview", "litigationDirect", "litigationAfterReview"):
            counts.add(int(rl[group]["total"]))
        counts.add(int(rl["litigationDirect"]["total"]) + int(rl["litigationAfterReview"]["total"]))
        counts.discard(0)

        def fix(t):
            return seed_placeholders(stem, t, counts, factor)

        seed = {
            "stem": PH_AGENCY + chr(PH_YEAR0 + 50) + "年政府信息公开工作年度报告",
            "title": fix(base["title"]) if base["title"] else None,
            "preamble": [fix(t) for t in base["preamble"]],
            "parts": [dict(p, lines=[fix(t) for t in p["lines"]]) for p in base["parts"]],
            "golden": golden,
        }
        if variant == "plain":
            html = fx.plain_html(seed)
        elif variant == "word-gbk":
            html = fx.word_html(seed)
        elif variant == "site":
            # A site page always has a title (000 has none in its text).
            html = fx.site_html(dict(seed, title=seed["title"] or seed["stem"]))
            # The frame around the report names 冠县 (title, sidebar, footer).
            html = seed_placeholders("003_38a0cde88c4c746e", html, set(), 1)
        elif variant == "fragment":
            html = fx.fragment_html(seed)
        else:
            raise ValueError(variant)
        self.cache[key] = html
        return html

    def render(self, stem, variant, factor, agency, year, address, citycounty, county):
        values = {PH_AGENCY: agency, PH_ADDRESS: address, PH_CITYCOUNTY: citycounty, PH_COUNTY: county}
        shift = year - SEED_YEAR

        def fill(m):
            c = m.group(0)
            if c in values:
                return values[c]
            return str(ord(c) - PH_YEAR0 - 50 + SEED_YEAR + shift)

        html = PLACEHOLDER.sub(fill, self.template(stem, variant, factor))
        if variant == "word-gbk":
            return html.encode("gbk")
        return html.encode("utf-8")


# ---------------------------------------------------------------------------
# Text reports


class TextFactory:
    def __init__(self):
        self.texts = {}
        for name in sorted(os.listdir(REPORTS)):
            if name.endswith(".txt"):
                with open(os.path.join(REPORTS, name), encoding="utf-8") as f:
                    self.texts[name[:-4]] = f.read()

    def render(self, stem, agency, year, region, encoding):
        seed = self.texts[f"{PINGTAN}-{year}"] if stem == PINGTAN else self.texts[stem]
        matter = f'+++\nagency = "{agency}"\nyear = {year}\nregion = "{region}"\n+++\n'
        text = matter + seed
        if encoding == "gb18030":
            return text.encode("gb18030")
        if encoding == "utf-8-bom":
            return b"\xef\xbb\xbf" + text.encode("utf-8")
        if encoding == "utf-8-crlf":
            return text.replace("\n", "\r\n").encode("utf-8")
        return text.encode("utf-8")


# ---------------------------------------------------------------------------


def plan(n, rng):
    """[(agency index, agency tuple, layout, variant, html seed, [years])]: about n/5
    agencies, each with distinct years, n reports in all."""
    pool = all_agencies()
    wanted = max(1, round(n / REPORTS_PER_AGENCY))
    per = REPORTS_PER_AGENCY
    if wanted > len(pool):
        wanted = len(pool)
        per = -(-n // wanted)
        if per > len(YEARS):
            raise SystemExit(f"at most {len(pool) * len(YEARS)} reports: {len(pool)} agencies × {len(YEARS)} years")
    chosen = rng.sample(range(len(pool)), wanted)
    counts = [min(len(YEARS), max(1, per + rng.randint(-2, 2))) for _ in chosen]
    while sum(counts) > n:
        i = rng.randrange(len(counts))
        if counts[i] > 1:
            counts[i] -= 1
        elif all(c == 1 for c in counts):
            counts.pop()
    while sum(counts) < n:
        i = rng.randrange(len(counts))
        if counts[i] < len(YEARS):
            counts[i] += 1
    agencies = []
    for index, k in zip(chosen, counts):
        years = sorted(rng.sample(YEARS, k))
        layout = weighted(rng, LAYOUT_WEIGHTS)
        variant = weighted(rng, HTML_VARIANTS) if layout[0] == "html" else None
        html_seed = rng.choice(HTML_SEEDS) if layout[0] == "html" else None
        agencies.append((index, pool[index], layout, variant, html_seed, years))
    return agencies


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=20241231)
    args = parser.parse_args()
    start = time.time()
    rng = random.Random(args.seed)

    content = os.path.join(args.out, "Content")
    reports = os.path.join(content, "reports")
    if os.path.exists(reports) and os.listdir(reports):
        raise SystemExit(f"{reports} exists and is not empty")
    os.makedirs(reports, exist_ok=True)
    with open(os.path.join(content, "site.toml"), "w", encoding="utf-8") as f:
        f.write('title = "政府信息公开工作年度报告（基准测试语料）"\n')

    html = HTMLFactory()
    text = TextFactory()
    provinces = {p: i for i, p in enumerate(PLACES)}
    manifest = ["path\tagency\tyear\tregion\tlayout\tformat\tencoding\tfactor"]
    count = 0
    made = set()
    for index, (agency, province, city, county), layout, variant, html_seed, years in plan(args.n, rng):
        region = "/".join(x for x in (province, city, county) if x)
        address = address_of(rng, province, city, county)
        folder = os.path.join(reports, f"p{provinces[province]:02d}")
        os.makedirs(folder, exist_ok=True)
        for year in years:
            if (agency, year) in made:
                raise SystemExit(f"internal error: two reports for {agency} {year}")
            made.add((agency, year))
            if layout[0] == "text":
                encoding = weighted(rng, ENCODING_WEIGHTS)
                data = text.render(layout[1], agency, year, region, encoding)
                ext, fmt, factor, lay = "txt", "text", 1, layout[1]
            else:
                factor = rng.randint(1, 20)
                data = html.render(html_seed, variant, factor, agency, year, address,
                                   city + (county or ""), county or city)
                ext, fmt, lay = "html", "html-" + variant, html_seed
                encoding = "gbk" if variant == "word-gbk" else "utf-8"
            name = f"a{index:05d}-{year}.{ext}"
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
            rel = os.path.relpath(os.path.join(folder, name), reports)
            manifest.append("\t".join([rel, agency, str(year), region, lay, fmt, encoding, str(factor)]))
            count += 1
    with open(os.path.join(args.out, "corpus.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")
    agencies = len({line.split("\t")[1] for line in manifest[1:]})
    print(f"{count} reports of {agencies} agencies in {reports} ({time.time() - start:.1f} s)", file=sys.stderr)
    if count != args.n:
        raise SystemExit(f"internal error: wrote {count} reports, not {args.n}")


if __name__ == "__main__":
    main()
