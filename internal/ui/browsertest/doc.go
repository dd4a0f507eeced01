// Package browsertest owns the web UI's end-to-end tests in a real headless Chromium (through chromedp): it
// serves a ledger holding the seed article, drives the pages as a reader would, checks what they show and
// saves the screenshots in docs/screenshots/. The tests skip when Chromium is not installed
// (scripts/install-chromium installs it).
package browsertest
