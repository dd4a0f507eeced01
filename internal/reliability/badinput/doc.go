// Package badinput holds Parley's bad-input tests; it has no code of its own. Each test gives `parley` an
// input that is broken, hostile or absurdly large, as users do (`parley ingest FILE|URL`, `parley watch`),
// over a ledger that already holds the seed article, and checks that:
//
//   - the input is refused with exit status 1 and a message that names it and says why, or stored with the
//     statements clean copy would give (files_test.go, net_test.go);
//   - the run ends within a timeout that detects hangs, and its peak resident memory, which the process
//     reports from /proc/self/status as it exits (Linux), stays under a stated bound;
//   - nothing stored before changes: every row of documents, statements and claims (and the stable columns
//     of actors) is byte for byte what it was, and the ledger's Stats are unchanged when nothing was added;
//   - `parley check` passes afterwards.
//
// The inputs are testdata/bad/ at the repository root (small files, described in its README) and larger ones
// generated in a temporary directory (gen_test.go): a 10 MiB and a 50 MB single line, a 4 MiB and a 50 MB
// single sentence, one-line paragraphs that used to be quadratic, HTML nested 500 and 100,000 deep, and a
// gzip bomb. Web inputs come from a loopback server (net_test.go): an endless page and feed, a page and a
// feed that trickle forever, redirect loops and gzip bombs. script_test.go renders a page with <script> in a
// quote through the web UI and the JSON API.
//
// Subprocesses are this test binary re-run as `parley` (TestMain). The 50 MB runs need PARLEY_LONG=1 (and
// not -short); the rest run in CI on SQLite, and on PostgreSQL when PARLEY_TEST_PG is set. docs/RELIABILITY.md
// ("Bad input") states the bounds and the figures measured.
package badinput
