// Package reliability holds Parley's end-to-end reliability tests; it has no code of its own. They build the
// parley binary and run it as users do, as subprocesses over a real ledger:
//
//   - crash safety (crash_test.go): `parley ingest` killed with SIGKILL at seeded random points, after which
//     `parley check` must pass and a second ingest must complete the set, each document stored once with the
//     statements and claims a clean ingest stores;
//   - concurrency (concurrency_test.go): `parley serve` answering API queries while two `parley ingest`
//     processes write to the same SQLite ledger, and two ingests of overlapping inputs at once.
//
// The default runs are small enough for CI (a few kills of a few hundred files per backend). PARLEY_LONG=1
// (without -short) runs the full figures that docs/RELIABILITY.md reports: 20 kills of 1,000 files per backend.
// PostgreSQL runs when PARLEY_TEST_PG is set, on a fresh schema per test (internal/store/pgtest).
package reliability
