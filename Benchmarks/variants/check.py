#!/usr/bin/env python3
"""check.py DIR: parses DIR/*.html and DIR/conv/*/* with nianbao; counts every figure exact / wrong / null
against the variant's true figures, per converter, then lists every wrong one with the variant's traits."""
import collections, glob, importlib.util, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
D = sys.argv[1]
BIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build", "release", "nianbao")

# The walk over the expected tree and the exact / wrong / null verdict are compare-figures.py's.
_spec = importlib.util.spec_from_file_location(
    "compare_figures", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compare-figures.py"))
cf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cf)
leaves = cf.leaves

jobs = []
for h in sorted(glob.glob(os.path.join(D, "*.html"))):
    b = os.path.basename(h)[:-5]
    jobs.append(("html", b, h))
    for f in sorted(glob.glob(os.path.join(D, "conv", "*", b + ".*"))):
        if f.endswith((".json", ".err")): continue
        jobs.append((f.split("/")[-2], b, f))

def run(j):
    conv, b, f = j
    r = subprocess.run([BIN, "parse", f], capture_output=True, text=True)
    try:
        parsed = json.loads(r.stdout) if r.returncode == 0 else None
    except ValueError:
        parsed = None
    return j, r.returncode, parsed, r.stderr.strip()[:200]

tot = collections.defaultdict(lambda: collections.Counter())
wrongs = []
with ThreadPoolExecutor(4) as ex:
    for (conv, b, f), rc, parsed, err in ex.map(run, jobs):
        exp = json.load(open(os.path.join(D, b + ".expected.json")))
        traits = json.load(open(os.path.join(D, b + ".traits.json")))
        if parsed is None:
            tot[conv]["refused"] += 1
            tot[conv]["null"] += 200
            continue
        out = []
        leaves(exp, parsed, "", out)
        for path, e, p in out:
            verdict = {"missing": "null"}.get(cf.kind(e, p), cf.kind(e, p))
            tot[conv][verdict] += 1
            if verdict == "wrong":
                wrongs.append((f, conv, traits, path, p, e))
for conv in sorted(tot):
    c = tot[conv]
    print(f"{conv:18s} exact {c['exact']:6d} wrong {c['wrong']:4d} null {c['null']:5d} refused-files {c['refused']}")
print()
for f, conv, traits, path, p, e in wrongs:
    print(f"WRONG {f} [{conv}] {path}: parsed {p} true {e}  traits={json.dumps(traits, ensure_ascii=False)}")
