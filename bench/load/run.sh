#!/usr/bin/env bash
# Load test of `parley serve` (see docs/RELIABILITY.md, "## Load").
#
#   bench/load/run.sh            # build, fill the ledger once (100,000 statements), serve it on loopback, run wrk
#                                # (statements, search, positions, search-new), then time first requests in process
#
# Environment: PARLEY_LOAD_DIR (work folder, default /tmp/parley-load; the ledger is kept there between runs),
# PARLEY_LOAD_STATEMENTS (default 100000), PARLEY_LOAD_PORT (default 18089), PARLEY_LOAD_DURATION (default 30s),
# PARLEY_LOAD_CONNECTIONS (default 50), PARLEY_LOAD_THREADS (default 2).
# Needs wrk (Debian: apt-get install -y wrk). Traffic goes to 127.0.0.1 only.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${PARLEY_LOAD_DIR:-/tmp/parley-load}
statements=${PARLEY_LOAD_STATEMENTS:-100000}
port=${PARLEY_LOAD_PORT:-18089}
duration=${PARLEY_LOAD_DURATION:-30s}
conns=${PARLEY_LOAD_CONNECTIONS:-50}
threads=${PARLEY_LOAD_THREADS:-2}
db=$dir/ledger.db
base=http://127.0.0.1:$port

command -v wrk >/dev/null || { echo "run.sh: wrk not found (apt-get install -y wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "run.sh: curl not found" >&2; exit 1; }
mkdir -p "$dir"

cd "$root"
go build -o "$dir/parley" ./cmd/parley
go build -o "$dir/gen" ./bench/load/gen
"$dir/gen" -db "$db" -statements "$statements"

server=
cleanup() {
	if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then
		kill "$server"
		wait "$server" 2>/dev/null || true
	fi
}
trap cleanup EXIT INT TERM

# No PARLEY_TOKEN: writes are refused, reads are what is measured.
env -u PARLEY_TOKEN "$dir/parley" serve --addr "127.0.0.1:$port" --db "$db" --poll 1m 2>"$dir/server.log" &
server=$!
for _ in $(seq 1 100); do
	curl -fsS -o /dev/null "$base/api/v1/stats" 2>/dev/null && break
	kill -0 "$server" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
	sleep 0.1
done
curl -fsS "$base/api/v1/stats"

# statements: pages of 50 through the whole list, as a client following the next links reads them (the
# links carry a cursor). The links are collected once with curl, then each wrk connection reads them in turn.
pages=$dir/pages.txt
if [[ ! -s $pages || $pages -ot $db ]]; then
	: >"$pages.tmp"
	next="/api/v1/statements?limit=50"
	while [[ -n $next ]]; do
		echo "$next" >>"$pages.tmp"
		next=$(curl -fsS "$base$next" | grep -o '"next":"[^"]*"' | sed 's/^"next":"//; s/"$//; s/\\u0026/\&/g' || true)
	done
	mv "$pages.tmp" "$pages"
fi
echo "statement pages: $(wc -l <"$pages")"
cat >"$dir/statements.lua" <<LUA
local paths = {}
for line in io.lines("$pages") do paths[#paths + 1] = line end
local n = 0
function setup(thread) thread:set("start", math.random(1, #paths)) end
request = function()
  n = n + 1
  return wrk.format("GET", paths[((start or 0) + n) % #paths + 1])
end
LUA
# search: one word of the ledger's vocabulary per request, some frequent, some rare.
words='"ceasefire", "strike", "union", "Nato", "guarantees", "budget", "minister", "tariffs", "pensions",
  "Crimea", "election", "wage", "talks", "exchange", "offer"'
cat >"$dir/search.lua" <<LUA
local words = {$words}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/statements?q=" .. words[(n % #words) + 1])
end
LUA
# search-new: the same words, each request for another slice of the first hundred results (limit 1 to 50,
# offset 0 to 49), so that no URL repeats within a run and every answer is computed: what searches cost when
# the response cache cannot help.
cat >"$dir/search-new.lua" <<LUA
local words = {$words}
local n = 0
function setup(thread) thread:set("start", math.random(0, 2499)) end
request = function()
  n = n + 1
  local k = ((start or 0) + math.floor(n / #words)) % 2500
  return wrk.format("GET", "/api/v1/statements?q=" .. words[(n % #words) + 1] .. "&limit=" .. (k % 50 + 1) .. "&offset=" .. math.floor(k / 50))
end
LUA

results=$dir/results.txt
: >"$results"
run() { # name, warm-up path, wrk arguments...
	local name=$1 warm=$2
	shift 2
	# Requests of the previous run that wrk gave up on may still be running: let them finish, then make one
	# request of this kind, so that the figures are neither those of the last run's tail nor of a cold cache.
	sleep 5
	curl -fsS -o /dev/null "$base$warm"
	echo "== $name: wrk -t$threads -c$conns -d$duration --latency $*" | tee -a "$results"
	wrk -t"$threads" -c"$conns" -d"$duration" --latency "$@" | tee "$dir/$name.wrk"
	awk -v name="$name" '
		/Requests\/sec/ { rps = $2 }
		/^ +50%/ { p50 = $2 }
		/^ +99%/ { p99 = $2 }
		/Non-2xx/ { non2xx = $NF }
		/Socket errors/ { sock = $0; sub(/^ *Socket errors: */, "", sock) }
		END { printf "%-13s %10s req/s  p50 %-9s p99 %-9s non-2xx %s  socket errors: %s\n", name, rps, p50, p99, non2xx + 0, (sock == "" ? "none" : sock) }
	' "$dir/$name.wrk" >>"$dir/summary.txt.part"
}
rm -f "$dir/summary.txt.part"
run statements "/api/v1/statements?limit=50" -s "$dir/statements.lua" "$base"
# The same pages for clients that accept gzip (browsers, Go's and Python's HTTP clients do), which get the
# kept answers as they are instead of inflated. It follows the run above, so the pages start out cached.
run statements-gz "/api/v1/statements?limit=50" -H "Accept-Encoding: gzip" -s "$dir/statements.lua" "$base"
run search "/api/v1/statements?q=ceasefire" -s "$dir/search.lua" "$base"
run positions "/api/v1/positions" "$base/api/v1/positions"
run search-new "/api/v1/statements?q=ceasefire" -s "$dir/search-new.lua" "$base"

echo
echo "== summary ($(nproc) cores shared by wrk and the server; ledger $(du -h "$db" | cut -f1))" | tee -a "$results"
tee -a "$results" <"$dir/summary.txt.part"
rm -f "$dir/summary.txt.part"
# First requests, in process and one at a time (bench/load/prof): what a page, a search or the positions
# cost when the response cache does not have them (pages and searches by URL, positions after a write).
cleanup
server=
echo
echo "== first requests, in process, without the response cache (bench/load/prof)" | tee -a "$results"
go build -o "$dir/prof" ./bench/load/prof
tr -d ' \n' <<<"$words" | tr ',' '\n' | tr -d '"' | sed 's|^|/api/v1/statements?q=|' >"$dir/searches.txt"
"$dir/prof" -db "$db" -response-cache=false -paths "$pages" | tee -a "$results"
"$dir/prof" -db "$db" -response-cache=false -paths "$dir/searches.txt" | tee -a "$results"
"$dir/prof" -db "$db" -response-cache=false -n 3 /api/v1/positions /api/v1/issues | tee -a "$results"
if grep -q "level=ERROR" "$dir/server.log"; then
	echo "server errors (from $dir/server.log):" >&2
	grep "level=ERROR" "$dir/server.log" | head -5 >&2
fi
