// Package security holds Parley's security tests; it has no code of its own. They run in CI (they are fast:
// in process, on loopback, on small ledgers) and check, from outside the packages they test:
//
//   - writes (auth_test.go): every write route of api.Routes refuses a request without the bearer token
//     (401) or with a wrong one (403) and accepts the right one; `parley serve` refuses a non-loopback
//     address without PARLEY_TOKEN, listens on loopback by default and refuses Host names other than its own;
//   - SSRF (ssrf_test.go): `parley ingest URL` and POST /api/v1/ingest {"url"} refuse private, loopback,
//     link-local, unspecified and IPv4-mapped addresses and names that resolve to them, and a loopback
//     server standing in for the target receives no request;
//   - search injection (search_test.go): full-text and speaker filters take any input as plain text: no
//     query is answered 500, LIKE wildcards match themselves, and the ledger is intact afterwards;
//   - escaping (escape_test.go): every page rendered over data holding script tags, event-handler
//     attributes and javascript: URLs shows them as text, with no handler attribute, no foreign script and
//     no javascript: link;
//   - path traversal (traversal_test.go): /static/ with "..", encoded and doubled variants answers 404 or
//     400, never a file from outside the embedded assets.
//
// PostgreSQL variants run when PARLEY_TEST_PG is set (see internal/store/pgtest).
package security
