# The README's commands. `make test` is what CI runs.
GO ?= go

.PHONY: build seed test eval bench fuzz lint

build:
	$(GO) build -o parley ./cmd/parley

# Build, ingest the seed article twice (it is stored once) and list its statements.
seed: build
	./parley ingest ../shared/seed/*.txt && ./parley statements --format table

test:
	$(GO) test -count=1 ./...

# Score extraction on PolNeAR dev when it is present (never committed; see DEVELOPERS.md).
eval: build
	./parley eval --split dev

bench: build
	./parley bench extract .polnear/data/dev/text

fuzz:
	scripts/fuzz-short 60s

lint:
	gofmt -l $$(git ls-files '*.go')
	$(GO) vet ./...
	staticcheck ./...
