#!/usr/bin/env bash
# Compares nianbao's built-in search with Pagefind on the same built site.
#
#   Benchmarks/compare-pagefind.sh [SITE]
#
# SITE is a folder built by `nianbao build`; without it the script runs
# `swift build -c release --product nianbao` (skipped when NIANBAO=path names a binary) and
# builds Content/ into its work folder.
# The site itself is never changed: Pagefind runs over copies of it.
#
# 1. Pagefind (PyPI pagefind-bin, and pagefind-bin-extended, which adds Chinese word
#    segmentation; the script pip-installs them when missing) indexes a copy of the site in
#    several set-ups (see VARIANTS below);
# 2. every query of Tests/Browser/queries.tsv (query<TAB>expected report page) runs
#    - in nianbao: file://SITE/search.html?q=… in headless chromium, ranks read from
#      `#results > li h2 a` once #results has data-state="done";
#    - in each Pagefind set-up: Benchmarks/compare-pagefind-harness.html, copied into the
#      copy, runs pagefind.search() for all queries, over a local HTTP server on 127.0.0.1;
# 3. one typical query (TYPICAL_QUERY, default 冠县) is run again in a fresh browser over
#    the same server, for nianbao too, and the files the server sent are summed: the bytes a
#    reader's browser loads for one search (raw, and gzip-compressed as a server would send);
# 4. both are opened from file:// (no server) and the outcome, or the console error, noted;
# 5. prints Markdown: per-query ranks (— when not in the first 10), hits in the top 3,
#    index sizes (search/ against pagefind/, and per report page), bytes per query, file://.
#
# Environment: QUERIES=path (default Tests/Browser/queries.tsv); TYPICAL_QUERY; JOBS
# (parallel chromium runs for nianbao, default 4); CHROMIUM=path; DETAIL=1 adds every
# Pagefind set-up's rank to the table; KEEP=1 keeps the work folder. Needs python3, pip
# and chromium. Contacts nothing but 127.0.0.1 (besides pip when Pagefind is missing).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
QUERIES=${QUERIES:-$ROOT/Tests/Browser/queries.tsv}
TYPICAL_QUERY=${TYPICAL_QUERY:-冠县}
JOBS=${JOBS:-4}
DETAIL=${DETAIL:-0}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

[ -n "$CHROMIUM" ] || { log "chromium not found (apt-get install chromium)"; exit 1; }
[ -f "$QUERIES" ] || { log "no query list at $QUERIES"; exit 1; }

# --- work folder and clean-up ------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/compare-pagefind.XXXXXX")
SERVER_PID= RUNNER_PID=
cleanup() {
    for pid in $RUNNER_PID $SERVER_PID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    if [ "${KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the site ------------------------------------------------------------------
if [ $# -ge 1 ]; then
    SITE=$(cd "$1" && pwd)
else
    BIN=${NIANBAO:-$ROOT/.build/release/nianbao}
    if [ -z "${NIANBAO:-}" ]; then
        log "building nianbao (swift build -c release --product nianbao)"
        (cd "$ROOT" && swift build -c release --product nianbao >&2)
    fi
    SITE=$WORK/site
    log "building the site from Content/ into $SITE"
    (cd "$ROOT" && "$BIN" build --content Content --output "$SITE" --no-cache >/dev/null 2>&1)
fi
[ -f "$SITE/search.html" ] && [ -d "$SITE/search" ] || { log "$SITE has no search.html and search/"; exit 1; }

# --- Pagefind --------------------------------------------------------------------
pipi() { pip install -q "$@" 2>/dev/null || pip install -q --break-system-packages "$@"; }
if ! python3 -m pagefind_bin --version >/dev/null 2>&1; then
    log "installing pagefind-bin from PyPI"; pipi pagefind-bin
fi
if ! python3 -m pagefind_bin_extended --version >/dev/null 2>&1; then
    log "installing pagefind-bin-extended from PyPI"; pipi pagefind-bin-extended || log "pagefind-bin-extended unavailable: extended set-ups skipped"
fi

# name|python module|flags. All index the report pages only (nianbao's search indexes
# reports only, so other pages would merely crowd Pagefind's results) and only their
# <main id="main"> (without the site's header and footer); pages are lang="zh-CN", which
# Pagefind reads as language zh-cn unless --force-language is given. "site" is Pagefind
# out of the box: the whole site, whole <body>.
VARIANTS=(
    "bin|pagefind_bin|--root-selector main --glob agencies/*/*/index.html"
    "bin-zh|pagefind_bin|--root-selector main --glob agencies/*/*/index.html --force-language zh"
    "ext|pagefind_bin_extended|--root-selector main --glob agencies/*/*/index.html"
    "ext-zh|pagefind_bin_extended|--root-selector main --glob agencies/*/*/index.html --force-language zh"
    "ext-site|pagefind_bin_extended|"
)
python3 - "$QUERIES" "$WORK/queries.json" <<'PY'
import json, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')]
json.dump([r[0] for r in rows if len(r) == 2 and not r[0].startswith('#')], open(sys.argv[2], 'w'), ensure_ascii=False)
PY
NAMES=()
for v in "${VARIANTS[@]}"; do
    IFS='|' read -r name module flags <<<"$v"
    python3 -m "$module" --version >/dev/null 2>&1 || continue
    dir=$WORK/pf-$name
    cp -r "$SITE" "$dir"
    # shellcheck disable=SC2086  # flags split on purpose; set -f keeps the glob literal
    (set -f; python3 -m "$module" --site "$dir" $flags >"$WORK/index-$name.log" 2>&1) \
        || { log "pagefind $name failed: $(tail -3 "$WORK/index-$name.log")"; continue; }
    cp "$HERE/compare-pagefind-harness.html" "$dir/"
    cp "$WORK/queries.json" "$dir/compare-pagefind-queries.json"
    printf '%s\t%s\t%s\n' "$name" "$module" "$flags" >>"$WORK/variants.tsv"
    NAMES+=("$name")
    log "pagefind $name: $(grep -o 'Indexed [0-9]* pages' "$WORK/index-$name.log" | head -1), $(grep -o 'Indexed [0-9]* words' "$WORK/index-$name.log" | head -1)"
done
[ ${#NAMES[@]} -gt 0 ] || { log "no Pagefind set-up could be indexed"; exit 1; }

# --- a loopback server that logs what it sends ------------------------------------
ln -s "$SITE" "$WORK/nianbao"
python3 - "$WORK" "$WORK/server.log" "$WORK/port" <<'PY' &
import functools, http.server, sys
root, log, portfile = sys.argv[1:4]
class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args): pass
    def copyfile(self, source, dest):
        data = source.read()
        dest.write(data)
        with open(log, 'a') as f: f.write(f'{self.path.split("?")[0]}\t{len(data)}\n')
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Handler, directory=root))
open(portfile + '.tmp', 'w').write(str(server.server_address[1]))
import os; os.rename(portfile + '.tmp', portfile)
server.serve_forever()
PY
SERVER_PID=$!
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
[ -s "$WORK/port" ] || { log "the server did not start"; exit 1; }
log "serving $WORK on 127.0.0.1:$(cat "$WORK/port")"

# --- queries, bytes, file:// and the report ------------------------------------------
WORK=$WORK SITE=$SITE PORT=$(cat "$WORK/port") CHROMIUM=$CHROMIUM QUERIES=$QUERIES \
TYPICAL_QUERY=$TYPICAL_QUERY JOBS=$JOBS DETAIL=$DETAIL NAMES="${NAMES[*]}" python3 - <<'PY' &
import concurrent.futures, glob, gzip, html, json, os, re, signal, subprocess, sys, tempfile, time
from urllib.parse import quote
E = os.environ
WORK, SITE, PORT, NAMES = E['WORK'], E['SITE'], E['PORT'], E['NAMES'].split()
BASE = f'http://127.0.0.1:{PORT}'
def log(m): print(f'[{time.strftime("%H:%M:%S")}] {m}', file=sys.stderr, flush=True)

queries = []
for line in open(E['QUERIES'], encoding='utf-8'):
    parts = line.rstrip('\n').split('\t')
    if len(parts) == 2 and not parts[0].startswith('#'): queries.append(tuple(parts))
setup = {l.split('\t')[0]: ' '.join(l.rstrip('\n').split('\t')[1:]).strip() for l in open(f'{WORK}/variants.tsv')}

browsers = set()  # running chromium processes, each in its own session: killed on INT/TERM
def stop(signum, frame):
    for p in list(browsers):
        try: os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError: pass
    os._exit(128 + signum)
signal.signal(signal.SIGINT, stop)
signal.signal(signal.SIGTERM, stop)

def chrome(url, budget=5000, console=False):
    with tempfile.TemporaryDirectory(dir=WORK) as profile:
        args = [E['CHROMIUM'], '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync',
                '--disable-default-apps', '--user-data-dir=' + profile, f'--virtual-time-budget={budget}']
        if console: args += ['--enable-logging=stderr', '--v=0']
        p = subprocess.Popen(args + ['--dump-dom', url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
        browsers.add(p)
        try: return p.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            return p.communicate()
        finally: browsers.discard(p)

def norm(u):  # a result link → path of the page from the site root
    u = u.split('#')[0].split('?')[0]
    u = re.sub(r'^(https?://[^/]+)?/', '', u).removeprefix('./')
    return u + 'index.html' if u == '' or u.endswith('/') else u

def rank(expected, urls):
    urls = [norm(u) for u in urls][:10]
    return urls.index(expected) + 1 if expected in urls else None

def nianbao(q, base='file://' + SITE):
    dom, _ = chrome(f'{base}/search.html?q={quote(q)}')
    done = re.search(r'<ol[^>]*id="results"[^>]*data-state="done"', dom) is not None
    return done, re.findall(r'<h2><a href="([^"]+)"', dom)

def harness(name, q=None, n=10, base=None, console=False, worker=False):
    url = (f'{base or BASE + "/pf-" + name}/compare-pagefind-harness.html?n={n}' + ('&worker=1' if worker else '')
           + (f'&q={quote(q)}' if q else ''))
    dom, err = chrome(url, budget=180000 if q is None else 20000, console=console)
    m = re.search(r'<pre id="out" data-state="(\w+)">(.*?)</pre>', dom, re.S)
    state, text = (m.group(1), html.unescape(m.group(2))) if m else ('no page', '')
    return state, (json.loads(text) if state == 'done' else text), err

# 1. ranks
log(f'nianbao: {len(queries)} queries from file://')
with concurrent.futures.ThreadPoolExecutor(int(E['JOBS'])) as pool:
    nb = list(pool.map(lambda qe: nianbao(qe[0]), queries))
nb_rank = [rank(e, urls) for (q, e), (done, urls) in zip(queries, nb)]
nb_file_ok = all(done for done, _ in nb) and any(urls for _, urls in nb)
pf_rank, pf_total = {}, {}
for name in NAMES:
    log(f'pagefind {name}: {len(queries)} queries over HTTP')
    state, rows, err = harness(name)
    if state != 'done': sys.exit(f'pagefind {name}: harness {state}: {rows}')
    pf_rank[name] = [rank(e, r['urls']) for (q, e), r in zip(queries, rows)]
    pf_total[name] = [r['total'] for r in rows]
top3 = lambda ranks: sum(1 for r in ranks if r and r <= 3)
top10 = lambda ranks: sum(1 for r in ranks if r)
best = max(NAMES, key=lambda n: (top3(pf_rank[n]), top10(pf_rank[n]), -NAMES.index(n)))

# 2. sizes
def size(path): return sum(os.path.getsize(f) for f in glob.glob(path + '/**', recursive=True) if os.path.isfile(f))
reports = len(glob.glob(SITE + '/agencies/*/*/index.html'))
def wire(files):  # raw bytes, and the smaller of raw and gzip -6 as a compressing server sends
    raw = sum(os.path.getsize(f) for f in files)
    gz = sum(min(os.path.getsize(f), len(gzip.compress(open(f, 'rb').read(), 6))) for f in files)
    return raw, gz

# 3. bytes for one typical query: the files the server sent to a fresh browser
def served(run, keep):
    open(f'{WORK}/server.log', 'w').close()
    result = run()
    time.sleep(0.3)
    paths = [l.split('\t')[0] for l in open(f'{WORK}/server.log')]
    files = sorted({WORK + p for p in paths if keep(p)})
    return result, files
tq = E['TYPICAL_QUERY']
(nb_http_done, nb_http_urls), nb_files = served(lambda: nianbao(tq, BASE + '/nianbao'),
    lambda p: p.startswith('/nianbao/search/') or p == '/nianbao/assets/search.js')
pf_files = {}
for name in NAMES:
    # Pagefind's default web worker: under virtual time its 5 s start-up timeout fires and
    # Pagefind falls back to the main thread (files already fetched are not fetched again),
    # which now and then outlasts the time budget: up to 3 tries.
    for _ in range(3):
        (state, _, _), pf_files[name] = served(lambda: harness(name, tq, n=5, worker=True), lambda p, n=name: p.startswith(f'/pf-{n}/pagefind/'))
        if state == 'done': break
    else: pf_files[name] = None

# 4. file://
def pf_file_test(name):
    state, text, err = harness(name, tq, base='file://' + WORK + '/pf-' + name, console=True, worker=True)
    if state == 'done': return 'works', ''
    msgs = [m.group(1) for l in err.splitlines() if (m := re.search(r'CONSOLE[^\]]*\]\s*"(.*?)", source', l))]
    msgs = [re.sub(r'(protocol schemes:).*', r'\1 …', m.replace(f'file://{WORK}/pf-{name}/', '')) for m in msgs]
    return 'fails', ('; '.join(msgs[:2]) if msgs else str(text))[:400]
pf_file, pf_file_msg = pf_file_test(best)

# 5. report
def cell(r, total=None): return str(r) if r else ('— (no result)' if total == 0 else '—')
def short(p): return p.removeprefix('agencies/').removesuffix('/index.html')
cols = ['query', 'expected', 'nianbao rank', f'Pagefind rank ({best})']
extra = [n for n in NAMES if n != best] if E['DETAIL'] == '1' else []
print(f'| {" | ".join(cols + [f"Pagefind {n}" for n in extra])} |')
print('|' + '---|' * (len(cols) + len(extra)))
for i, (q, e) in enumerate(queries):
    row = [q, short(e), cell(nb_rank[i]), cell(pf_rank[best][i], pf_total[best][i])]
    row += [cell(pf_rank[n][i], pf_total[n][i]) for n in extra]
    print('| ' + ' | '.join(row) + ' |')
N = len(queries)
print()
print('Rank of the expected report among the results; — not in the first 10; — (no result): the search returned nothing.')
print()
print(f'Pagefind set-ups (each run with `python3 -m MODULE --site COPY FLAGS`); the table above uses the best, **{best}**:')
print()
print('| set-up | module and flags | top 3 | top 10 | no result at all | pagefind/ bytes | bytes for one query (raw / gzip) |')
print('|---|---|---|---|---|---|---|')
for n in NAMES:
    b = '%d / %d' % wire(pf_files[n]) if pf_files[n] else 'failed'
    print(f'| {n} | `{setup[n]}` | {top3(pf_rank[n])}/{N} | {top10(pf_rank[n])}/{N} | '
          f'{sum(1 for t in pf_total[n] if t == 0)} | {size(f"{WORK}/pf-{n}/pagefind")} | {b} |')
print()
nb_size, pf_size = size(SITE + '/search'), size(f'{WORK}/pf-{best}/pagefind')
pf_api = sum(os.path.getsize(f) for f in glob.glob(f'{WORK}/pf-{best}/pagefind/**', recursive=True)
             if os.path.isfile(f) and not re.search(r'-ui\.|highlight', os.path.basename(f)))
nb_js = os.path.getsize(SITE + '/assets/search.js')
nb_raw, nb_gz = wire(nb_files)
pf_raw, pf_gz = wire(pf_files[best]) if pf_files[best] else (0, 0)
pf_data = sum(os.path.getsize(f) for f in glob.glob(f'{WORK}/pf-{best}/pagefind/**', recursive=True)
              if os.path.isfile(f) and re.search(r'/(index|fragment)/|\.pf_meta$|entry\.json$', f))
rel = lambda fs, root: ', '.join(os.path.relpath(f, root) for f in fs)
print('| | nianbao | Pagefind (' + best + ') |')
print('|---|---|---|')
print(f'| expected page in the top 3 | {top3(nb_rank)}/{N} | {top3(pf_rank[best])}/{N} |')
print(f'| expected page in the top 10 | {top10(nb_rank)}/{N} | {top10(pf_rank[best])}/{N} |')
print(f'| index size | search/: {nb_size} B (+ runtime assets/search.js {nb_js} B) | pagefind/: {pf_size} B; {pf_api} B without the UI files; '
      f'{pf_data} B of index data (index/, fragment/, .pf_meta, entry) |')
print(f'| index bytes per report ({reports} reports) | {nb_size // reports} | {pf_size // reports} ({pf_api // reports} without UI; {pf_data // reports} index data) |')
print(f'| bytes loaded for “{tq}”, raw / gzip | {nb_raw} / {nb_gz} ({len(nb_files)} files: {rel(nb_files, WORK + "/nianbao")}) | '
      f'{pf_raw} / {pf_gz} ({len(pf_files[best] or [])} files: {rel(pf_files[best] or [], WORK + "/pf-" + best + "/pagefind")}; results\' data for the first 5) |')
print(f'| works from file:// | {"yes" if nb_file_ok else "no"} (all {N} queries above ran from file://) | '
      f'{"yes" if pf_file == "works" else "no"}{": " + pf_file_msg.replace("|", "/") if pf_file_msg else ""} |')
if not nb_http_done: log('warning: nianbao over HTTP did not finish the typical query')
PY
RUNNER_PID=$!
wait "$RUNNER_PID"; RUNNER_PID=
