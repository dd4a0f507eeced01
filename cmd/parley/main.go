// Command parley turns news articles into a sourced ledger of who said what. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/parley-ledger/parley/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, cli.OSEnv(), os.Args[1:])
	stop()
	os.Exit(code)
}
