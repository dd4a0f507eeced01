#!/bin/sh
# Instruction counts of `parley bench extract`: the tokenization pass and the full pipeline on the same bytes,
# counted by valgrind's callgrind. Unlike the timed ratio, the count does not move with the machine's load, so
# two trees can be compared while other work runs; it leaves out what time sees of cache and branch misses.
#
#   bench/instructions/run.sh [BINARY] [DIR]    (defaults: ./parley, .polnear/data/dev/text)
#
# Needs valgrind (Debian: apt-get install valgrind). Go's asynchronous preemption signals crash callgrind, so
# it is turned off for the run; so is the collector (GOGC=off), whose assists would land in whichever pass
# allocates when it runs.
set -eu
bin=${1:-./parley}
dir=${2:-.polnear/data/dev/text}
command -v valgrind >/dev/null || { echo "instructions: valgrind not found (apt-get install valgrind)" >&2; exit 2; }
[ -x "$bin" ] || { echo "instructions: $bin is not an executable (go build -o parley ./cmd/parley)" >&2; exit 2; }
[ -d "$dir" ] || { echo "instructions: no corpus at $dir (see DEVELOPERS.md to fetch PolNeAR)" >&2; exit 2; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
GOGC=off GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" bench extract --passes 1 "$dir" >/dev/null 2>&1
# runBench calls text.Analyze once on its own and once inside Pipeline.Document: halve its inclusive count.
callgrind_annotate --inclusive=yes "$out" | awk '
/^ *[0-9,]+ .*internal\/text\.Analyze( \[.*\])?$/ && !a { gsub(",", "", $1); a = $1 }
/^ *[0-9,]+ .*analyze\.\(\*Pipeline\)\.Document( \[.*\])?$/ && !d { gsub(",", "", $1); d = $1 }
END {
	if (!a || !d) { print "instructions: functions not found in the profile" > "/dev/stderr"; exit 1 }
	printf "tokenize+sentences  %14.0f instructions\n", a / 2
	printf "full extraction     %14.0f instructions\n", d
	printf "extraction / tokenization instruction ratio: %.2fx\n", d / (a / 2)
}'
