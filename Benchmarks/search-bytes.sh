#!/usr/bin/env bash
# Bytes a reader's browser loads for one search: serves a built site on 127.0.0.1, opens
# search.html?q=QUERY in headless Chromium for each query, and sums the search files the
# server sent (assets/search.js and search/…). Also prints the index's size per report.
#   Benchmarks/search-bytes.sh SITE QUERY [QUERY…]
set -euo pipefail
site=$(cd "$1" && pwd); shift
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
python3 - "$site" "$work/log" "$work/port" <<'PY' &
import functools, http.server, os, sys
root, log, portfile = sys.argv[1:4]
class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args): pass
    def send_head(self):
        result = super().send_head()
        path = self.translate_path(self.path)
        if result and os.path.isfile(path):
            with open(log, 'a') as out: out.write(f"{os.path.relpath(path, root)}\t{os.path.getsize(path)}\n")
        return result
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Handler, directory=root))
open(portfile + '.tmp', 'w').write(str(server.server_address[1])); os.rename(portfile + '.tmp', portfile)
server.serve_forever()
PY
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
reports=$(find "$site/agencies" -mindepth 2 -maxdepth 2 -type d -regex ".*/[0-9][0-9][0-9][0-9]" | wc -l)
index=$(du -sb "$site/search" | cut -f1)
echo "| query | results shown | files | bytes loaded | gzip |"
echo "|---|---|---|---|---|"
for query in "$@"; do
  : > "$work/log"
  encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")
  shown=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disk-cache-size=1 --virtual-time-budget=10000 \
            --dump-dom "http://127.0.0.1:$port/search.html?q=$encoded" 2>/dev/null | grep -o '<h2><a href' | wc -l)
  python3 - "$work/log" "$site" "$query" "$shown" <<'PY'
import gzip, sys
log, site, query, shown = sys.argv[1:5]
files = sorted({line.split('\t')[0] for line in open(log) if line.startswith(('search/', 'assets/search.js'))})
raw = sum(len(open(f'{site}/{f}', 'rb').read()) for f in files)
packed = sum(len(gzip.compress(open(f'{site}/{f}', 'rb').read(), 6)) for f in files)
print(f"| {query} | {shown} | {len(files)} | {raw:,} | {packed:,} |")
PY
done
echo
echo "index: $index bytes for $reports reports ($((index / (reports > 0 ? reports : 1))) bytes per report)"
