#!/usr/bin/env bash
# Times nianbao against Hugo on a generated corpus of N reports (default 5000).
#
#   Benchmarks/compare-hugo.sh [N]
#
# 1. make-corpus.py writes N reports (text and HTML, about N/5 agencies, 2019–2025);
# 2. hugo-site.py writes a minimal Hugo site with one Markdown page per report;
# 3. hyperfine times, on this machine and in one run:
#      nianbao full build (output removed before each run),
#      nianbao rebuild with nothing changed (output kept),
#      nianbao rebuild after one report's text changed (one narrative sentence toggled),
#      hugo full build (destination removed before each run),
#      hugo rebuild with the destination kept (for reference);
#    /usr/bin/time -v wraps every timed run for the peak RSS (the largest of the runs).
# 4. prints a table (mean seconds, peak RSS, files rewritten) and the ratios.
#
# Environment: RUNS (default 3) and WARMUP (default 1) per case; KEEP=1 keeps the work
# folder; NIANBAO=path uses another binary. Needs python3, hyperfine, hugo and
# /usr/bin/time (Debian packages hyperfine, hugo, time: installed with apt-get when
# missing). Builds .build/release/nianbao when it is missing.
set -euo pipefail

N=${1:-5000}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BIN=${NIANBAO:-$ROOT/.build/release/nianbao}
THEMES=$ROOT/Themes

now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- tools -----------------------------------------------------------------
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
fi
if [ ! -x "$BIN" ]; then
    log "building nianbao (swift build -c release --product nianbao)"
    (cd "$ROOT" && swift build -c release --product nianbao)
fi

# --- work folder -----------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-bench.XXXXXX")
cleanup() { if [ "${KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
C=$WORK/corpus/Content   # nianbao content
O=$WORK/public           # nianbao output
H=$WORK/hugo             # Hugo site
D=$WORK/hugo-public      # Hugo output
T0=$(now)
STEPS=()

t=$(now)
log "make-corpus.py $N"
python3 "$HERE/make-corpus.py" "$N" "$WORK/corpus"
STEPS+=("make-corpus.py $N: $(since "$t") s")

t=$(now)
log "hugo-site.py"
python3 "$HERE/hugo-site.py" "$C" "$H"
STEPS+=("hugo-site.py: $(since "$t") s")

# The report edited between builds: the first UTF-8 text report. The edit toggles a
# short remark after the first sentence of part 一 (narrative only, so it stays valid).
EDIT=$C/reports/$(awk -F'\t' 'NR > 1 && $6 == "text" && $7 == "utf-8" { print $1; exit }' "$WORK/corpus/corpus.tsv")
cat > "$WORK/edit.py" <<'EOF'
import sys
path = sys.argv[1]
mark = "（基准测试修改）"
with open(path, encoding="utf-8") as f:
    text = f.read()
if mark in text:
    text = text.replace(mark, "", 1)
else:
    head = text.find("一、总体情况")
    at = text.index("。", head if head >= 0 else text.index("总体情况")) + 1
    text = text[:at] + mark + text[at:]
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
EOF
# mtimes of the output before a run, to count afterwards the files the run rewrote
cat > "$WORK/snapshot.sh" <<EOF
#!/bin/sh
find "$O" -type f -printf '%T@ %p\n' 2>/dev/null | sort > "$WORK/mtimes.before"
EOF
chmod +x "$WORK/snapshot.sh"
rewritten() {  # files whose (path, mtime) is new since the last snapshot, and the total
    find "$1" -type f -printf '%T@ %p\n' | sort > "$WORK/mtimes.after"
    echo "$(comm -13 "$WORK/mtimes.before" "$WORK/mtimes.after" | wc -l)/$(wc -l < "$WORK/mtimes.after")"
}

NB="$BIN build --content $C --output $O --themes $THEMES --cache $WORK/cache"
HB="hugo --source $H --destination $D --quiet"
timed() { echo "/usr/bin/time -v -a -o $WORK/rss-$1.txt $2 > $WORK/log-$1.txt 2>&1"; }
bench() {  # name, prepare, command
    local t
    t=$(now)
    log "hyperfine: $1 (warmup $WARMUP, runs $RUNS)"
    hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --prepare "$2" \
        --export-json "$WORK/hf-$1.json" "$(timed "$1" "$3")" >&2
    STEPS+=("$1: $(since "$t") s for $((WARMUP + RUNS)) runs")
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# A full build starts from nothing: no site, no parse cache.
bench full "rm -rf $O $WORK/cache" "$NB"
: > "$WORK/mtimes.before"
WROTE_full=$(rewritten "$O")

bench nothing "$WORK/snapshot.sh" "$NB"
WROTE_nothing=$(rewritten "$O")

bench one "python3 $WORK/edit.py $EDIT && $WORK/snapshot.sh" "$NB"
WROTE_one=$(rewritten "$O")

bench hugo "rm -rf $D" "$HB"
WROTE_hugo=$(find "$D" -type f | wc -l)

bench hugo-kept "true" "$HB"

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
SUMMARY=$(grep -E '已生成|用时' "$WORK/log-full.txt" | tail -1 || true)
ERRORS=$(grep -c '错误' "$WORK/log-full.txt" || true)

python3 - "$WORK" "$N" "$WROTE_full" "$WROTE_nothing" "$WROTE_one" "$WROTE_hugo" <<'EOF'
import json, re, sys
work, n = sys.argv[1], sys.argv[2]
wrote = {"full": sys.argv[3], "nothing": sys.argv[4], "one": sys.argv[5], "hugo": sys.argv[6], "hugo-kept": ""}
names = {"full": "nianbao full build", "nothing": "nianbao rebuild, nothing changed",
         "one": "nianbao rebuild, one report changed", "hugo": "hugo full build",
         "hugo-kept": "hugo rebuild, destination kept"}
mean, sd, rss = {}, {}, {}
for case in names:
    with open(f"{work}/hf-{case}.json") as f:
        r = json.load(f)["results"][0]
    mean[case], sd[case] = r["mean"], r["stddev"] or 0.0
    with open(f"{work}/rss-{case}.txt") as f:
        kb = [int(x) for x in re.findall(r"Maximum resident set size \(kbytes\): (\d+)", f.read())]
    rss[case] = max(kb) / 1024
print(f"\n{n} reports\n")
print(f"| case | mean s | ± s | peak RSS MB | files rewritten |")
print(f"|---|---:|---:|---:|---:|")
for case, name in names.items():
    print(f"| {name} | {mean[case]:.2f} | {sd[case]:.2f} | {rss[case]:.0f} | {wrote[case]} |")
print()
print(f"nianbao/hugo, full build: time {mean['full'] / mean['hugo']:.1f}×, peak RSS {rss['full'] / rss['hugo']:.1f}×")
print(f"nianbao rebuild, nothing changed / full: {mean['nothing'] / mean['full']:.2f}")
print(f"nianbao rebuild, one report changed / full: {mean['one'] / mean['full']:.2f}")
EOF
echo
echo "files rewritten: output files whose modification time changed in the last run (rewritten/total)"
echo "nianbao's own summary: ${SUMMARY:-none}; lines with 错误 in its output: $ERRORS"
echo "edited report: ${EDIT#$C/}"
echo "load average before: $LOAD_BEFORE, after: $LOAD_AFTER ($(nproc) CPUs)"
echo "steps:"
for s in "${STEPS[@]}"; do echo "  $s"; done
echo "  total: $(since "$T0") s"
