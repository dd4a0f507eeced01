#!/usr/bin/env bash
# run.sh puts parley and the npm library compromise side by side on the PolNeAR dev split: it builds
# parley, runs both on the same texts, scores both with the shared scorer and prints one table of
# quality (role x exact/token F1) and speed (words/s, MB/s, ratio). Never touches the test split.
#
# Usage: bench/peers/run.sh [--passes N]     (from anywhere; N passes per speed figure, best kept, default 3)
# Env:   PARLEY_POLNEAR  PolNeAR data folder (default: .polnear/data under the repo root)
#        SCORER          scorer path (default: ../shared/tools/score-attributions beside the repo)
#        KEEP            folder for the raw outputs (default: a fresh mktemp -d, printed at the end)
set -euo pipefail

passes=3
while [ $# -gt 0 ]; do
	case "$1" in
	--passes) passes="${2:?--passes needs a number}"; shift 2 ;;
	-h|--help) sed -n '2,9p' "$0"; exit 0 ;;
	*) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
polnear=${PARLEY_POLNEAR:-$root/.polnear/data}
dev=$polnear/dev
scorer=${SCORER:-$root/../shared/tools/score-attributions}

if [ ! -d "$dev/text" ] || [ ! -d "$dev/attributions" ]; then
	echo "skip: PolNeAR dev split not found at $dev (want text/ and attributions/; set PARLEY_POLNEAR)"
	exit 0
fi
if ! command -v node >/dev/null 2>&1; then
	echo "skip: node is not installed (the compromise peer runs on Node.js)"
	exit 0
fi
for tool in go python3; do
	command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: $tool is needed" >&2; exit 1; }
done
[ -x "$scorer" ] || { echo "run.sh: scorer not found at $scorer (set SCORER)" >&2; exit 1; }

if [ ! -f "$here/node_modules/compromise/package.json" ]; then
	echo "installing compromise (npm ci) into $here/node_modules" >&2
	(cd "$here" && npm ci --no-audit --no-fund >&2)
fi

out=${KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/parley-peers.XXXXXX")}
mkdir -p "$out"
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

echo "building parley" >&2
(cd "$root" && go build -o /tmp/parley-peer ./cmd/parley)

# --polnear selects PolNeAR's span conventions; older builds lack it.
polnear_flag=()
extract_help=$(/tmp/parley-peer extract -h 2>&1 || true)
if [[ $extract_help == *-polnear* ]]; then
	polnear_flag=(--polnear)
fi
echo "parley extract ${polnear_flag[*]} on $dev/text" >&2
/tmp/parley-peer extract --format jsonl "${polnear_flag[@]}" "$dev/text" >"$out/parley.jsonl"
echo "parley bench extract ($passes passes)" >&2
/tmp/parley-peer bench extract --passes "$passes" "$dev/text" >"$out/parley-bench.txt"

echo "compromise ($passes passes)" >&2
node "$here/compromise-quotes.mjs" --passes "$passes" --timing "$out/compromise-timing.json" "$dev/text" \
	>"$out/compromise.jsonl" 2>"$out/compromise-bench.txt"
# The --reported variant adds our own heuristic on compromise's tags; quality only, one pass.
node "$here/compromise-quotes.mjs" --passes 1 --reported "$dev/text" \
	>"$out/compromise-reported.jsonl" 2>"$out/compromise-reported-bench.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

for p in parley compromise compromise-reported; do
	"$scorer" --json --pred "$out/$p.jsonl" "$dev" >"$out/$p.score.json"
	"$scorer" --pred "$out/$p.jsonl" "$dev" >"$out/$p.score.txt"
done

python3 - "$out" "${polnear_flag[*]:-(no --polnear flag)}" "$load_before" "$load_after" <<'PY'
import json, re, sys
out, flag, load0, load1 = sys.argv[1:5]
score = {p: json.load(open(f"{out}/{p}.score.json")) for p in ("parley", "compromise", "compromise-reported")}
bench = open(f"{out}/parley-bench.txt").read()
m = re.search(r"corpus: (\d+) documents, ([\d.]+) MB, (\d+) words", bench)
if not m:
    sys.exit(f"run.sh: cannot read parley bench output:\n{bench}")
pdocs, pmb, pwords = int(m[1]), float(m[2]), int(m[3])
def rates(label):
    r = re.search(re.escape(label) + r"\s+([\d.]+) MB/s\s+(\d+) words/s", bench)
    if not r:
        sys.exit(f"run.sh: no '{label}' line in parley bench output:\n{bench}")
    return float(r[1]), float(r[2])
p_split, p_full = rates("tokenize+sentences"), rates("full extraction")
ct = json.load(open(f"{out}/compromise-timing.json"))
c_split = (ct["split"]["mb_per_s"], ct["split"]["words_per_s"])
c_full = (ct["quotes"]["mb_per_s"], ct["quotes"]["words_per_s"])

print(f"PolNeAR dev: {ct['documents']} texts, {ct['bytes']/1e6:.2f} MB; parley extract {flag}; {ct['tool']} on node {ct['node']}")
print()
cols = [("parley", "parley"), ("compromise", "compromise"), ("compromise-reported", "compromise+reported*")]
print(f"{'role':8} {'metric':9}" + "".join(f" {h:>22}" for _, h in cols))
for role in ("source", "cue", "content"):
    for metric in ("exact", "token"):
        cells = []
        for p, _ in cols:
            v = score[p].get(role)
            if v is None:
                cells.append("-")
                continue
            pr, rc, f = v[metric]
            cells.append(f"{f:.3f} (P {pr:.2f} R {rc:.2f})")
        print(f"{role:8} {metric + ' F1':9}" + "".join(f" {c:>22}" for c in cells))
print(f"{'':8} {'pred/gold':9}" + "".join(f" {str(score[p]['content']['pred']) + '/' + str(score[p]['content']['gold']):>22}" for p, _ in cols))
print("* compromise+reported adds our heuristic (speech verb without a quotation -> rest of sentence as content);")
print("  the plain compromise column uses only its quotation finder, tags and noun phrases.")
print()
print(f"speed, best of {ct['passes']} passes, one process each, {pdocs} texts: parley {pmb:.2f} MB, compromise {ct['bytes']/1e6:.2f} MB;")
print(f"words: parley {pwords}, compromise {ct['words']}, each counting its own")
print(f"{'phase':20} {'parley words/s':>15} {'MB/s':>7} {'compromise words/s':>19} {'MB/s':>7} {'ratio (MB/s)':>13}")
for name, p, c in (("sentence splitting", p_split, c_split), ("full pass", p_full, c_full)):
    print(f"{name:20} {p[1]:>15.0f} {p[0]:>7.2f} {c[1]:>19.0f} {c[0]:>7.3f} {p[0]/c[0]:>12.1f}x")
print("sentence splitting = parley tokenize+sentences / compromise nlp.tokenize(text).sentences();")
print("full pass = parley full extraction / compromise nlp(text)+quotations+cues+sources+offsets.")
print("parley runs on GOMAXPROCS(1); node runs JavaScript on one thread (its GC may use helper threads).")
print()
print(f"load average (1/5/15 min) before: {load0}, after: {load1} on {open('/proc/cpuinfo').read().count('processor')} cores")
print(f"raw outputs: {out}")
PY
