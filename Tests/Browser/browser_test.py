#!/usr/bin/python3
"""Real-browser tests of the generated site.

Opens a site built by `nianbao build` through file:// in headless Chromium
(Selenium + chromedriver) and checks, page kind by page kind:
  accessibility  axe-core (WCAG 2.0/2.1 A + AA) in light and dark schemes, skip
                 link, visible focus, heading order, table captions and scopes,
                 lang="zh-CN";
  markup         the Nu HTML Checker (vnu.jar --errors-only) on every page;
  behaviour      clicking from the home page to every agency's report, the
                 previous/next-year links, downloads and relative links;
  search         the header search box, search.html?q=, keyboard use, and the
                 queries in Tests/Browser/queries.tsv (if present);
  layout         screenshots at 390 and 1280 px, light and dark, and no
                 horizontal page scrolling at 390 px;
  print          A4 PDF of a report page: table rows whole, link targets shown.

Run it with `make browser-test` (installs the tools, builds the site, runs
this). By hand:
  /usr/bin/python3 Tests/Browser/browser_test.py --site DIR --tools DIR --out DIR [-k NAME]
Ends with the line "N passed, N failed" and exits 1 if anything failed.
"""

import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HERE = Path(__file__).resolve().parent
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = ["light", "dark"]
WIDTHS = [390, 1280]
SEARCH_WAIT = 10  # seconds for #results[data-state=done]

# The agency with several years, and searches that must find agencies.
MULTI_YEAR_AGENCY = "平潭综合实验区"
SEARCHES = [  # (query, agency slug, typed into the home page's header box?)
    ("茌平", "liaochengshi-chipingqu-renminzhengfu", True),
    ("东昌府", "dongchangfuqu-renminzhengfubangongshi", False),
    ("平潭", "pingtanzongheshiyanqu", True),
    ("chiping", "liaochengshi-chipingqu-renminzhengfu", False),
    ("dongchangfu", "dongchangfuqu-renminzhengfubangongshi", True),
    ("pingtan", "pingtanzongheshiyanqu", False),
]


class CheckFailed(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


# --------------------------------------------------------------------------
# The site and the browser


class Site:
    def __init__(self, root):
        self.root = Path(root).resolve()
        self.reports = json.loads((self.root / "data/reports.json").read_text("utf-8"))
        self.report_pages = sorted(p.parent.relative_to(self.root).as_posix() + "/index.html"
                                   for p in self.root.glob("agencies/*/*/report.json"))
        self.agencies = {}  # slug -> name, years
        for page in self.report_pages:
            _, slug, year, _ = page.split("/")
            self.agencies.setdefault(slug, {"years": []})["years"].append(int(year))
        for page in sorted(self.root.glob("agencies/*/index.html")):
            slug = page.parent.name
            h1 = re.search(r"<h1>(.*?)</h1>", page.read_text("utf-8"), re.S)
            if slug in self.agencies and h1:
                self.agencies[slug]["name"] = re.sub(r"<[^>]+>", "", h1.group(1)).strip()

    def url(self, rel, query=None):
        u = (self.root / rel).as_uri()
        if query:
            u += "?" + urllib.parse.urlencode(query)
        return u

    def rel(self, url):
        """The site-relative path of a file:// URL (no query or fragment)."""
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
        try:
            return Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path

    def html_pages(self):
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.html"))

    def slug_named(self, name):
        return next(s for s, a in self.agencies.items() if a.get("name") == name)

    def page_kinds(self):
        """One page of each kind: name -> (path, query)."""
        multi = self.slug_named(MULTI_YEAR_AGENCY)
        years = sorted(self.agencies[multi]["years"])
        region = sorted(p.relative_to(self.root).as_posix() for p in self.root.glob("regions/*/index.html"))
        kinds = {
            "home": ("index.html", None),
            "agency-index": ("agencies/index.html", None),
            "agency": (f"agencies/{multi}/index.html", None),
            "report": (f"agencies/{multi}/{years[-2]}/index.html", None),
            "year": (f"years/{years[-2]}/index.html", None),
            "region": (next((r for r in region if r.count("-") >= 2), region[0]), None),
            "about": ("about/index.html", None),
            "404": ("404.html", None),
            "search": ("search.html", {"q": "平潭"}),
        }
        failing = [p for p in self.report_pages if 'class="checks bad"' in (self.root / p).read_text("utf-8")]
        if failing:
            kinds["report-failing-checks"] = (failing[0], None)
        return kinds


class Browser:
    def __init__(self):
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN",
                    "--allow-file-access-from-files", "--window-size=1280,900"]:
            options.add_argument(arg)
        # Links to non-HTML files (JSON, CSV, TXT) may download: keep those out of $HOME.
        self.downloads = tempfile.mkdtemp(prefix="nianbao-browser-dl-")
        options.add_experimental_option("prefs", {"download.default_directory": self.downloads,
                                                  "download.prompt_for_download": False})
        service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(service=service, options=options)
        self.driver.set_script_timeout(90)
        self.driver.set_page_load_timeout(30)
        self.scheme = None
        self.width = None
        self.set_viewport(1280)
        self.set_scheme("light")

    def quit(self):
        self.driver.quit()
        shutil.rmtree(self.downloads, ignore_errors=True)

    def cdp(self, cmd, params=None):
        return self.driver.execute_cdp_cmd(cmd, params or {})

    def set_scheme(self, scheme, media=""):
        self.cdp("Emulation.setEmulatedMedia",
                 {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]})
        self.scheme = scheme

    def set_viewport(self, width, height=900):
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.width = width

    def open(self, site, rel, query=None):
        self.driver.get(site.url(rel, query))

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, seconds, condition, message):
        try:
            return WebDriverWait(self.driver, seconds, poll_frequency=0.1).until(lambda d: condition())
        except TimeoutException:
            raise CheckFailed(message)

    def wait_for_url_change(self, old, message):
        self.wait(10, lambda: self.driver.current_url != old and self.js("return document.readyState") == "complete",
                  message)

    def active(self):
        return self.js("return document.activeElement")

    def click(self, element):
        old = self.driver.current_url
        what = element.get_attribute("outerHTML")[:120]
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()
        self.wait_for_url_change(old, f"clicking {what} did not navigate")

    def screenshot(self, path):
        height = self.js("return Math.ceil(document.documentElement.scrollHeight)")
        shot = self.cdp("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": self.width, "height": min(height, 16000), "scale": 1}})
        Path(path).write_bytes(base64.b64decode(shot["data"]))


# --------------------------------------------------------------------------
# Helpers


def link_target(site, page_rel, href):
    """The file on disk an href on page_rel points to (None for other schemes)."""
    parts = urllib.parse.urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return site.root / page_rel
    return (site.root / page_rel).parent.joinpath(urllib.parse.unquote(parts.path)).resolve()


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src", "action"):
            if attrs.get(name) is not None and tag != "base":
                self.links.append((tag, name, attrs[name]))


def search_and_wait(browser, site, query):
    browser.open(site, "search.html", {"q": query})
    return wait_for_results(browser, query)


def wait_for_results(browser, query):
    browser.wait(SEARCH_WAIT, lambda: browser.js(
        "const r = document.getElementById('results'); return !!r && r.getAttribute('data-state') === 'done'"),
        f"search for {query!r}: #results never got data-state=\"done\" within {SEARCH_WAIT} s")
    return browser.js("""return Array.from(document.querySelectorAll('#results > li')).map(li => {
        const a = li.querySelector('a'); return a ? a.href : null; })""")


def report_rank(site, results, expected_suffix):
    for i, href in enumerate(results):
        if href and site.rel(href).endswith(expected_suffix):
            return i + 1
    return None


def agency_rank(site, results, slug):
    for i, href in enumerate(results):
        if href and re.fullmatch(rf"agencies/{re.escape(slug)}/\d{{4}}/index\.html", site.rel(href)):
            return i + 1
    return None


def on_report_page_of(browser, site, slug):
    rel = site.rel(browser.driver.current_url)
    check(re.fullmatch(rf"agencies/{re.escape(slug)}/\d{{4}}/index\.html", rel),
          f"expected a report page of {slug}, landed on {rel}")
    h1 = browser.driver.find_element(By.TAG_NAME, "h1").text
    check(h1.strip(), f"{rel}: report page has an empty h1")


# --------------------------------------------------------------------------
# Checks. Each is a function test_<behaviour>(ctx); ctx has site, browser, out, tools.


AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 6).map(n => ({target: n.target.join(' '), summary: (n.failureSummary || '').slice(0, 300)})),
      count: v.nodes.length}))))
  .catch(e => done([{id: 'axe-error', help: String(e), nodes: [], count: 1}]));
"""


def axe_violations(ctx, rel, query):
    b = ctx.browser
    b.open(ctx.site, rel, query)
    if query:  # the search page: wait for the results to be shown
        wait_for_results(b, query.get("q"))
    b.js(ctx.axe_source)
    return b.driver.execute_async_script(AXE_RUN, WCAG_TAGS)


def make_axe_test(kind, scheme):
    def test(ctx):
        rel, query = ctx.kinds[kind]
        ctx.browser.set_scheme(scheme)
        violations = axe_violations(ctx, rel, query)
        total = sum(v["count"] for v in violations)
        ctx.axe_counts[(kind, scheme)] = total
        lines = []
        for v in violations:
            lines.append(f"  {v['id']} ({v['impact']}, {v['count']} nodes): {v['help']}")
            for n in v["nodes"]:
                lines.append(f"      {n['target']}: {n['summary'].splitlines()[-1] if n['summary'] else ''}")
        check(not violations, f"{rel} ({scheme}): {total} axe violations\n" + "\n".join(lines))
    test.__name__ = f"test_axe_finds_no_wcag_violations_on_{kind}_{scheme}"
    return test


def test_every_page_kind_has_a_working_skip_link_to_main(ctx):
    b = ctx.browser
    b.set_scheme("light")
    problems = []
    for kind, (rel, query) in ctx.kinds.items():
        b.open(ctx.site, rel, query)
        b.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        first = b.active()
        info = b.js("""const a = arguments[0]; const r = a.getBoundingClientRect();
            return {tag: a.tagName, href: a.getAttribute('href'), text: a.textContent.trim(),
                    visible: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight};""",
                    first)
        if info["tag"] != "A" or info["href"] != "#main":
            problems.append(f"{kind}: first Tab focuses <{info['tag']} href={info['href']}>, not the skip link to #main")
            continue
        if not info["visible"]:
            problems.append(f"{kind}: the focused skip link is not visible on screen")
        if not b.js("return !!document.getElementById('main') && document.getElementById('main').tagName === 'MAIN'"):
            problems.append(f"{kind}: no <main id=\"main\">")
            continue
        first.send_keys(Keys.ENTER)
        time.sleep(0.1)
        next_focus = None
        b.driver.switch_to.active_element.send_keys(Keys.TAB)
        next_focus = b.active()
        inside = b.js("return document.getElementById('main').contains(arguments[0])", next_focus)
        if not b.driver.current_url.endswith("#main"):
            problems.append(f"{kind}: Enter on the skip link did not go to #main")
        if not inside:
            problems.append(f"{kind}: after the skip link, Tab focuses {next_focus.get_attribute('outerHTML')[:80]}, outside main")
    check(not problems, "\n".join(problems))


def test_focused_links_and_fields_show_a_visible_outline(ctx):
    b = ctx.browser
    problems = []
    for scheme in SCHEMES:
        b.set_scheme(scheme)
        for kind in ("home", "report", "search"):
            rel, query = ctx.kinds[kind]
            b.open(ctx.site, rel, query)
            body = b.driver.find_element(By.TAG_NAME, "body")
            body.send_keys(Keys.TAB)
            for _ in range(4):  # skip link, brand, nav links, search box ...
                el = b.active()
                style = b.js("""const s = getComputedStyle(arguments[0]);
                    return {tag: arguments[0].tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth),
                            color: s.outlineColor, shadow: s.boxShadow};""", el)
                visible = (style["style"] != "none" and style["width"] > 0) or style["shadow"] not in ("none", "")
                if not visible:
                    problems.append(f"{kind} ({scheme}): focused <{style['tag']}> has no outline or focus ring ({style})")
                b.driver.switch_to.active_element.send_keys(Keys.TAB)
    check(not problems, "\n".join(problems))


def test_headings_start_at_one_h1_and_skip_no_level(ctx):
    b = ctx.browser
    problems = []
    for kind, (rel, query) in ctx.kinds.items():
        b.open(ctx.site, rel, query)
        levels = b.js("return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => [+h.tagName[1], h.textContent.trim().slice(0, 30)])")
        h1s = [t for lvl, t in levels if lvl == 1]
        if len(h1s) != 1:
            problems.append(f"{kind}: {len(h1s)} h1 elements")
        if levels and levels[0][0] != 1:
            problems.append(f"{kind}: first heading is h{levels[0][0]} “{levels[0][1]}”")
        for (a, _), (c, t) in zip(levels, levels[1:]):
            if c > a + 1:
                problems.append(f"{kind}: h{a} followed by h{c} “{t}”")
    check(not problems, "\n".join(problems))


def test_every_table_has_a_caption_and_scoped_headers(ctx):
    b = ctx.browser
    problems = []
    for kind, (rel, query) in ctx.kinds.items():
        b.open(ctx.site, rel, query)
        found = b.js("""return Array.from(document.querySelectorAll('table')).map((t, i) => ({
            i, cls: t.className,
            caption: !!t.caption && t.firstElementChild === t.caption && t.caption.textContent.trim() !== '',
            unscoped: Array.from(t.querySelectorAll('th')).filter(th => !th.hasAttribute('scope')).map(th => th.textContent.trim().slice(0, 20)),
            widths: (() => {  // columns each row covers, counting colspan and rowspan
                const taken = []; return Array.from(t.rows).map((tr, r) => {
                    let c = 0;
                    for (const cell of tr.cells) {
                        while (taken[r] && taken[r][c]) c++;
                        for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) {
                            (taken[r + dr] = taken[r + dr] || [])[c + dc] = true; }
                        c += cell.colSpan;
                    }
                    return (taken[r] || []).filter(Boolean).length; }); })()}))""")
        for t in found:
            if not t["caption"]:
                problems.append(f"{kind}: table #{t['i']} .{t['cls']} has no caption as its first child")
            if len(set(t["widths"])) > 1:
                problems.append(f"{kind}: table #{t['i']} .{t['cls']}: rows cover different numbers of columns {t['widths']}")
            if t["unscoped"]:
                problems.append(f"{kind}: table #{t['i']} .{t['cls']}: th without scope: {t['unscoped'][:5]}")
    check(not problems, "\n".join(problems))


def test_every_page_declares_lang_zh_cn(ctx):
    bad = []
    for rel in ctx.site.html_pages():
        m = re.search(r"<html[^>]*\blang=\"([^\"]*)\"", (ctx.site.root / rel).read_text("utf-8"))
        if not m or m.group(1) != "zh-CN":
            bad.append(f"{rel}: lang={m.group(1) if m else None}")
    b = ctx.browser
    b.open(ctx.site, "index.html")
    check(b.js("return document.documentElement.lang") == "zh-CN", "index.html: document.documentElement.lang is not zh-CN")
    check(not bad, "\n".join(bad))


def test_nu_html_checker_finds_no_errors(ctx):
    pages = ctx.site.html_pages()
    proc = subprocess.run(["java", "-jar", str(ctx.tools / "vnu.jar"), "--errors-only", "--format", "json"]
                          + [str(ctx.site.root / p) for p in pages], capture_output=True, text=True, timeout=300)
    try:
        messages = json.loads(proc.stderr or proc.stdout or '{"messages": []}')["messages"]
    except ValueError:
        raise CheckFailed(f"vnu did not answer JSON (exit {proc.returncode}): {proc.stderr[:2000]}")
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    per_page = {}
    for m in errors:
        per_page.setdefault(ctx.site.rel(m.get("url", "")), []).append(m)
    ctx.vnu_counts = {p: len(per_page.get(p, [])) for p in pages}
    lines = []
    for page, ms in sorted(per_page.items()):
        lines.append(f"  {page}: {len(ms)} errors")
        seen = set()
        for m in ms:
            key = m.get("message")
            if key in seen:
                continue
            seen.add(key)
            lines.append(f"      line {m.get('lastLine')}: {m.get('message')}  [{(m.get('extract') or '').strip()[:100]}]")
    check(not errors, f"{len(errors)} errors in {len(per_page)} of {len(pages)} pages\n" + "\n".join(lines))


def test_home_page_reaches_every_agencys_report_by_clicking(ctx):
    b = ctx.browser
    problems = []
    for slug, agency in sorted(ctx.site.agencies.items()):
        try:
            b.open(ctx.site, "index.html")
            b.click(b.driver.find_element(By.LINK_TEXT, "全部机关列表"))
            check(ctx.site.rel(b.driver.current_url) == "agencies/index.html",
                  f"全部机关列表 went to {ctx.site.rel(b.driver.current_url)}")
            b.click(b.driver.find_element(By.XPATH, f"//main//ul[contains(@class, 'agencies')]//a[normalize-space()='{agency['name']}']"))
            check(ctx.site.rel(b.driver.current_url) == f"agencies/{slug}/index.html",
                  f"agency link went to {ctx.site.rel(b.driver.current_url)}")
            year = max(agency["years"])
            b.click(b.driver.find_element(By.XPATH, f"//main//table//a[normalize-space()='{year}']"))
            on_report_page_of(b, ctx.site, slug)
            check(str(year) in b.driver.find_element(By.TAG_NAME, "h1").text + b.driver.current_url,
                  f"{slug}: landed on the wrong year")
        except Exception as e:  # noqa: BLE001 - report each agency
            problems.append(f"{agency.get('name', slug)}: {str(e).strip().splitlines()[0]}")
    check(not problems, "\n".join(problems))


def test_previous_and_next_year_links_walk_every_year(ctx):
    b = ctx.browser
    slug = ctx.site.slug_named(MULTI_YEAR_AGENCY)
    years = sorted(ctx.site.agencies[slug]["years"])
    check(len(years) >= 3, f"{MULTI_YEAR_AGENCY} has only {years}")
    b.open(ctx.site, f"agencies/{slug}/{years[0]}/index.html")
    check(not b.driver.find_elements(By.CSS_SELECTOR, "a[rel=prev]"), f"{years[0]} has a previous-year link")
    for year in years[1:]:
        b.click(b.driver.find_element(By.CSS_SELECTOR, "a[rel=next]"))
        rel = ctx.site.rel(b.driver.current_url)
        check(rel == f"agencies/{slug}/{year}/index.html", f"next-year link went to {rel}, expected {year}")
    check(not b.driver.find_elements(By.CSS_SELECTOR, "a[rel=next]"), f"{years[-1]} has a next-year link")
    for year in reversed(years[:-1]):
        b.click(b.driver.find_element(By.CSS_SELECTOR, "a[rel=prev]"))
        rel = ctx.site.rel(b.driver.current_url)
        check(rel == f"agencies/{slug}/{year}/index.html", f"previous-year link went to {rel}, expected {year}")


def test_download_links_resolve_to_existing_files(ctx):
    b = ctx.browser
    problems = []
    wanted = {"report.json": False, "original": False, "data/reports.json": False, "data/reports.csv": False}
    pages = ctx.site.report_pages + ["about/index.html", "index.html"]
    for rel in pages:
        b.open(ctx.site, rel)
        hrefs = b.js("return Array.from(document.querySelectorAll('main a[href]')).map(a => [a.getAttribute('href'), a.href])")
        for raw, absolute in hrefs:
            target = link_target(ctx.site, rel, raw)
            if target is None or target.suffix == ".html" or raw.startswith("#"):
                continue
            if not target.is_file():
                problems.append(f"{rel}: {raw} -> missing {target}")
                continue
            name = ctx.site.rel(absolute)
            if name.endswith("/report.json"):
                wanted["report.json"] = True
            elif re.search(r"/\d{4}/original\.[a-z.]+$", name):
                wanted["original"] = True
            elif name in wanted:
                wanted[name] = True
        if rel.startswith("agencies/") and not any(re.search(r"(^|/)original\.[a-z.]+$", h) for h, _ in hrefs):
            problems.append(f"{rel}: no link to the original file")
    for name, seen in wanted.items():
        if not seen:
            problems.append(f"no page links to {name}")
    # And they are the real thing, not empty files.
    data = json.loads((ctx.site.root / "data/reports.json").read_text("utf-8"))
    if len(data) != len(ctx.site.report_pages):
        problems.append(f"data/reports.json has {len(data)} reports, the site {len(ctx.site.report_pages)} report pages")
    csv_lines = (ctx.site.root / "data/reports.csv").read_text("utf-8-sig").strip().splitlines()
    if len(csv_lines) < len(data) + 1:
        problems.append(f"data/reports.csv has {len(csv_lines)} lines for {len(data)} reports")
    check(not problems, "\n".join(problems))


def test_every_relative_link_and_fragment_exists(ctx):
    problems = []
    ids = {}
    pages = ctx.site.html_pages()
    parsed = {}
    for rel in pages:
        p = LinkCollector()
        p.feed((ctx.site.root / rel).read_text("utf-8"))
        parsed[rel] = p
        ids[rel] = p.ids
    for rel, p in parsed.items():
        for tag, attr, href in p.links:
            if href.startswith(("http:", "https:", "mailto:", "tel:", "data:")):
                continue
            target = link_target(ctx.site, rel, href)
            if target is None:
                continue
            if not target.exists():
                problems.append(f"{rel}: <{tag} {attr}={href!r}> -> missing")
                continue
            frag = urllib.parse.urlsplit(href).fragment
            if frag and target.suffix == ".html":
                trel = target.relative_to(ctx.site.root).as_posix()
                if urllib.parse.unquote(frag) not in ids.get(trel, set()):
                    problems.append(f"{rel}: {href!r}: no id {frag!r} in {trel}")
    check(not problems, f"{len(problems)} broken links\n" + "\n".join(problems[:40]))


def test_every_page_header_has_the_search_form(ctx):
    b = ctx.browser
    problems = []
    for kind, (rel, query) in ctx.kinds.items():
        b.open(ctx.site, rel, query)
        form = b.js("""const f = document.querySelector('header form[role=search]');
            if (!f) return null; const i = f.querySelector('input#site-search[name=q]');
            return {action: f.action, method: (f.getAttribute('method') || 'get').toLowerCase(), input: !!i,
                    label: !!i && (i.labels.length > 0 || i.hasAttribute('aria-label'))};""")
        if not form:
            problems.append(f"{kind}: no <form role=search> in the header")
            continue
        if not form["input"]:
            problems.append(f"{kind}: the header search form has no <input id=site-search name=q>")
        if not form["label"]:
            problems.append(f"{kind}: the search box has no label")
        if form["method"] != "get":
            problems.append(f"{kind}: the search form method is {form['method']}")
        if ctx.site.rel(form["action"]) != "search.html":
            problems.append(f"{kind}: the search form goes to {ctx.site.rel(form['action'])}, not search.html at the root")
    check(not problems, "\n".join(problems))


def make_search_test(query, slug, typed):
    def test(ctx):
        b = ctx.browser
        if typed:
            b.open(ctx.site, "index.html")
            box = b.driver.find_element(By.CSS_SELECTOR, "header #site-search")
            box.click()
            box.send_keys(query)
            old = b.driver.current_url
            box.send_keys(Keys.ENTER)
            b.wait_for_url_change(old, "Enter in the header search box did not submit")
            rel = ctx.site.rel(b.driver.current_url)
            check(rel == "search.html", f"the header search box went to {rel}")
            got = urllib.parse.parse_qs(urllib.parse.urlsplit(b.driver.current_url).query).get("q")
            check(got == [query], f"search.html got q={got}")
            results = wait_for_results(b, query)
        else:
            results = search_and_wait(b, ctx.site, query)
        rank = agency_rank(ctx.site, results, slug)
        check(rank is not None and rank <= 3,
              f"{query!r}: no report of {slug} among the first 3 of {len(results)} results "
              f"({[ctx.site.rel(r) for r in results[:3] if r]})")
        link = b.driver.find_elements(By.CSS_SELECTOR, "#results > li")[rank - 1].find_element(By.TAG_NAME, "a")
        b.click(link)
        on_report_page_of(b, ctx.site, slug)
    how = "typed_in_the_header_box" if typed else "from_the_url"
    test.__name__ = f"test_search_{how}_finds_{slug.replace('-', '_')}_for_{query}"
    return test


def test_search_page_keyboard_slash_arrow_down_and_enter(ctx):
    b = ctx.browser
    results = search_and_wait(b, ctx.site, "平潭")
    check(results, "no results for 平潭")
    b.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    b.driver.find_element(By.TAG_NAME, "h1").click()
    b.driver.switch_to.active_element.send_keys("/")
    focused = b.js("const a = document.activeElement; return {tag: a.tagName, name: a.name, id: a.id, value: a.value}")
    check(focused["tag"] == "INPUT" and focused["name"] == "q",
          f"'/' focused <{focused['tag']} id={focused['id']}>, not the search box")
    check("/" not in (focused["value"] or ""), "'/' was typed into the search box")
    b.driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    first = b.js("const a = document.querySelector('#results > li a'); return a === document.activeElement")
    check(first, "ArrowDown did not focus the first result link "
          f"(focus is on {b.js('return document.activeElement.outerHTML.slice(0, 80)')})")
    expected = results[0]
    old = b.driver.current_url
    b.driver.switch_to.active_element.send_keys(Keys.ENTER)
    b.wait_for_url_change(old, "Enter on the first result did not open it")
    check(b.driver.current_url.split("#")[0] == expected.split("#")[0],
          f"Enter opened {b.driver.current_url}, expected {expected}")
    check(re.fullmatch(r"agencies/[^/]+/\d{4}/index\.html", ctx.site.rel(b.driver.current_url)),
          f"first result is not a report page: {ctx.site.rel(b.driver.current_url)}")


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text, width):
    return text + " " * max(0, width - display_width(text))


def read_queries():
    path = HERE / "queries.tsv"
    if not path.exists():
        return None
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        query, _, expected = line.partition("\t")
        rows.append((query.strip(), expected.strip()))
    return rows


def test_queries_tsv_finds_each_expected_report_in_the_first_3(ctx):
    rows = read_queries()
    if rows is None:
        print("    (Tests/Browser/queries.tsv does not exist: nothing to run)")
        return
    check(rows, "queries.tsv has no queries")
    b = ctx.browser
    table, misses = [], []
    for query, expected in rows:
        try:
            results = search_and_wait(b, ctx.site, query)
            rank = report_rank(ctx.site, results, expected)
        except CheckFailed as e:
            rank, results = None, []
            misses.append(f"{query}: {e}")
        table.append((query, expected, rank, len(results)))
        if rank is None or rank > 3:
            misses.append(f"{query!r}: {expected} at rank {rank or '-'} of {len(results)}")
    width = max(display_width(q) for q, *_ in table) + 2
    print(f"    {pad('query', width)} rank  expected")
    for query, expected, rank, n in table:
        print(f"    {pad(query, width)} {str(rank or '-').rjust(4)}  {expected}  ({n} results)")
    check(not misses, f"{len(misses)} of {len(rows)} queries missed\n" + "\n".join(misses))


def test_screenshots_and_no_horizontal_scrolling_at_390px(ctx):
    b = ctx.browser
    problems = []
    out = ctx.out
    out.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        b.set_viewport(width, 844 if width < 600 else 900)
        for scheme in SCHEMES:
            b.set_scheme(scheme)
            for kind, (rel, query) in ctx.kinds.items():
                b.open(ctx.site, rel, query)
                if query:
                    try:
                        wait_for_results(b, query.get("q"))
                    except CheckFailed:
                        pass  # the search tests report this; take the screenshot anyway
                b.screenshot(out / f"{kind}-{width}-{scheme}.png")
                if width < 600:
                    m = b.js("""return {sw: document.documentElement.scrollWidth, iw: innerWidth,
                        wide: Array.from(document.querySelectorAll('body *')).filter(e => {
                            const r = e.getBoundingClientRect(); if (r.right <= innerWidth + 0.5) return false;
                            if (getComputedStyle(e).position === 'absolute' || getComputedStyle(e).position === 'fixed') return true;
                            for (let p = e.parentElement; p; p = p.parentElement) {
                                const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return false; }
                            return true; }).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')};""")
                    if m["sw"] > m["iw"]:
                        problems.append(f"{kind} ({scheme}): page scrolls sideways at {width}px: scrollWidth {m['sw']} > {m['iw']}; "
                                        f"overflowing: {m['wide']}")
    b.set_viewport(1280)
    b.set_scheme("light")
    print(f"    screenshots: {out}")
    check(not problems, "\n".join(problems))


def test_wide_tables_scroll_inside_their_own_box_at_390px(ctx):
    b = ctx.browser
    b.set_viewport(390, 844)
    problems = []
    try:
        for kind in ("report", "agency", "year", "region"):
            rel, query = ctx.kinds[kind]
            b.open(ctx.site, rel, query)
            bad = b.js("""return Array.from(document.querySelectorAll('main table')).filter(t => {
                const w = t.getBoundingClientRect().width; const p = t.parentElement;
                const o = getComputedStyle(p).overflowX;
                return !((o === 'auto' || o === 'scroll') && p.clientWidth <= innerWidth); })
                .map(t => t.className + ' in ' + t.parentElement.tagName.toLowerCase() + '.' + t.parentElement.className)""")
            for t in bad:
                problems.append(f"{kind}: table .{t} is not in a box that scrolls sideways")
    finally:
        b.set_viewport(1280)
    check(not problems, "\n".join(problems))


def print_pdf(ctx, kind):
    """A4 PDF of a page kind (cached): its path, the table rows and the text of each page."""
    ctx.pdfs = getattr(ctx, "pdfs", {})
    if kind in ctx.pdfs:
        return ctx.pdfs[kind]
    b = ctx.browser
    b.set_scheme("light")
    rel, _ = ctx.kinds[kind]
    b.open(ctx.site, rel)
    pdf = b.cdp("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True,
                                    "printBackground": True})
    path = ctx.out / f"{kind}-a4.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(pdf["data"]))
    # The rows of the report's tables as painted: own cells' text, in order.
    rows = b.js("""return Array.from(document.querySelectorAll('main table.report-table tr')).map(tr =>
        Array.from(tr.cells).map(c => { const k = c.cloneNode(true);
            k.querySelectorAll('.visually-hidden').forEach(e => e.remove());
            return k.textContent.replace(/\\s+/g, ''); }).filter(t => t !== ''))
        .filter(cells => cells.length > 1)""")
    hrefs = b.js("return Array.from(document.querySelectorAll('main a[href^=\"http\"]')).map(a => a.href)")
    pages = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    ctx.pdfs[kind] = {"path": path, "rel": rel, "rows": rows, "pages": pages, "hrefs": hrefs}
    return ctx.pdfs[kind]


PRINTED_KINDS = ("report", "report-failing-checks")


def test_printed_reports_keep_every_table_row_whole_on_one_page(ctx):
    problems = []
    for kind in PRINTED_KINDS:
        if kind not in ctx.kinds:
            continue
        pdf = print_pdf(ctx, kind)
        pages = [re.sub(r"\s+", "", p) for p in pdf["pages"]]
        print(f"    {pdf['path']}: {len(pdf['pages']) - 1} pages, {len(pdf['rows'])} table rows")
        if len(pages) < 2:
            problems.append(f"{kind}: the PDF has a single page: nothing to check")
        everything = "".join(pages)
        for cells in pdf["rows"]:
            whole = "".join(cells)
            if any(whole in p for p in pages):
                continue
            how = "split across pages" if whole in everything else "not whole on any page (split, cut off or reordered)"
            problems.append(f"{kind}: row {how}: " + " | ".join(cells)[:100])
    check(not problems, "\n".join(problems))


def test_printed_reports_show_the_address_of_every_external_link(ctx):
    problems = []
    for kind in PRINTED_KINDS:
        if kind not in ctx.kinds:
            continue
        pdf = print_pdf(ctx, kind)
        text = re.sub(r"\s+", "", "".join(pdf["pages"]))
        if not pdf["hrefs"]:
            problems.append(f"{kind}: the page has no external links")
        for h in pdf["hrefs"]:
            if h not in text and h.rstrip("/") not in text:
                problems.append(f"{kind}: {h} is not in the printed text")
    check(not problems, "\n".join(problems))


def test_print_css_adds_the_address_after_external_links_with_other_text(ctx):
    b = ctx.browser
    rel, _ = ctx.kinds["report"]
    b.open(ctx.site, rel)
    # A link whose text is not its address, as the body of a report may contain.
    b.js("""const a = document.createElement('a'); a.href = 'https://example.gov.cn/x'; a.id = 'probe';
            a.textContent = '原文'; document.querySelector('main p').appendChild(a);""")
    b.set_scheme("light", media="print")
    try:
        after = b.js("return getComputedStyle(document.getElementById('probe'), '::after').content")
        rows = b.js("return Array.from(document.querySelectorAll('main table.report-table tr')).filter(tr => getComputedStyle(tr).breakInside !== 'avoid').length")
    finally:
        b.set_scheme("light")
    check(after and "https://example.gov.cn/x" in after, f"print ::after of an external link is {after!r}")
    check(rows == 0, f"{rows} table rows may break across pages in print (break-inside is not avoid)")


# --------------------------------------------------------------------------
# Runner


def all_tests(kinds):
    tests = []
    for kind in kinds:
        for scheme in SCHEMES:
            tests.append(make_axe_test(kind, scheme))
    tests += [
        test_every_page_kind_has_a_working_skip_link_to_main,
        test_focused_links_and_fields_show_a_visible_outline,
        test_headings_start_at_one_h1_and_skip_no_level,
        test_every_table_has_a_caption_and_scoped_headers,
        test_every_page_declares_lang_zh_cn,
        test_nu_html_checker_finds_no_errors,
        test_home_page_reaches_every_agencys_report_by_clicking,
        test_previous_and_next_year_links_walk_every_year,
        test_download_links_resolve_to_existing_files,
        test_every_relative_link_and_fragment_exists,
        test_every_page_header_has_the_search_form,
    ]
    tests += [make_search_test(*s) for s in SEARCHES]
    tests += [
        test_search_page_keyboard_slash_arrow_down_and_enter,
        test_queries_tsv_finds_each_expected_report_in_the_first_3,
        test_screenshots_and_no_horizontal_scrolling_at_390px,
        test_wide_tables_scroll_inside_their_own_box_at_390px,
        test_printed_reports_keep_every_table_row_whole_on_one_page,
        test_printed_reports_show_the_address_of_every_external_link,
        test_print_css_adds_the_address_after_external_links_with_other_text,
    ]
    return tests


class Context:
    pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--site", required=True, help="a site built by nianbao build")
    ap.add_argument("--tools", required=True, help="folder with axe.min.js and vnu.jar")
    ap.add_argument("--out", required=True, help="folder for screenshots and the PDF")
    ap.add_argument("-k", action="append", default=[], help="run only tests whose name contains this (repeatable)")
    args = ap.parse_args()

    ctx = Context()
    ctx.site = Site(args.site)
    ctx.tools = Path(args.tools).resolve()
    ctx.out = Path(args.out).resolve()
    ctx.kinds = ctx.site.page_kinds()
    ctx.axe_source = (ctx.tools / "axe.min.js").read_text("utf-8")
    ctx.axe_counts = {}
    ctx.vnu_counts = None
    if ctx.out.exists():
        shutil.rmtree(ctx.out)
    ctx.out.mkdir(parents=True)

    tests = [t for t in all_tests(ctx.kinds) if not args.k or any(k in t.__name__ for k in args.k)]
    started = time.time()
    ctx.browser = Browser()
    passed = failed = 0
    try:
        for test in tests:
            t0 = time.time()
            name = test.__name__.removeprefix("test_")
            try:
                test(ctx)
            except CheckFailed as e:
                failed += 1
                print(f"FAIL {name} ({time.time() - t0:.1f}s)\n    " + str(e).replace("\n", "\n    "), flush=True)
            except Exception:  # noqa: BLE001 - a broken test is a failed test
                failed += 1
                print(f"FAIL {name} ({time.time() - t0:.1f}s): error\n    "
                      + traceback.format_exc(limit=3).replace("\n", "\n    "), flush=True)
            else:
                passed += 1
                print(f"ok   {name} ({time.time() - t0:.1f}s)", flush=True)
    finally:
        ctx.browser.quit()
    if ctx.axe_counts:
        print("axe violations (nodes) by page kind: " + ", ".join(
            f"{k}/{s} {n}" for (k, s), n in sorted(ctx.axe_counts.items())))
    if ctx.vnu_counts is not None:
        print(f"vnu errors: {sum(ctx.vnu_counts.values())} in {sum(1 for n in ctx.vnu_counts.values() if n)} "
              f"of {len(ctx.vnu_counts)} pages")
    print(f"screenshots and PDF: {ctx.out}")
    print(f"browser tests took {time.time() - started:.0f} s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
