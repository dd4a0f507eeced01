package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/ui"
)

// serveCommands are the commands for the JSON API and web UI: serve.
func serveCommands() map[string]command {
	return map[string]command{
		"serve": {"serve the JSON API and the web UI over the ledger", runServe},
	}
}

func runServe(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "serve", "")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; a non-loopback address needs $PARLEY_TOKEN")
	db := dbFlag(fs)
	cbFlag := codebookFlag(fs)
	poll := fs.Duration("poll", 3*time.Second, "how often to look for documents stored by other processes (parley ingest, watch)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *poll <= 0 {
		return fmt.Errorf("--poll %s: want a positive duration such as 3s", *poll)
	}
	token := env.Getenv("PARLEY_TOKEN")
	if err := api.CheckAddr(*addr, token); err != nil {
		return err
	}
	cb, cbName, err := loadCodebook(env, *cbFlag)
	if err != nil {
		return err
	}
	st, path, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	events := api.NewBroker()
	// Articles posted to the API go through the same pipeline as `parley ingest`: claims included.
	opt := api.Options{Ledger: st, Claims: claimsAPI(st, cb), Codebook: cb, Token: token, Events: events, Logger: log,
		Pipeline: analyze.NewWith(analyze.Config{Claims: claims.New(cb)}), CodebookName: cbName}
	a := api.New(opt)
	u, err := ui.New(ui.Options{API: a, Logger: log})
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	a.Register(mux)
	u.Register(mux)
	var hosts []string
	if api.IsLoopback(*addr) {
		hosts = api.LoopbackHosts(*addr)
	}
	h := api.Secure(mux, hosts)

	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	writes := "writes need the bearer token in $PARLEY_TOKEN"
	if token == "" {
		writes = "writes disabled: set PARLEY_TOKEN to allow them"
	}
	fmt.Fprintf(env.Stderr, "ledger: %s\nserving http://%s/ (%s)\n", path, ln.Addr(), writes)

	wctx, stopWatch := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { events.Watch(wctx, st, *poll, log) })
	err = api.Serve(ctx, ln, h, api.ServerOptions{OnShutdown: events.Close, Logger: log})
	stopWatch()
	wg.Wait()
	return err
}
