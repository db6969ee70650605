package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"entente/sqlite"
	"entente/web"
)

func newServeCmd() *cobra.Command {
	var (
		db, addr, token string
		readOnly        bool
		rate            float64
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the event store: a JSON API (/api/openapi.json) and web pages",
		Long: `serve answers HTTP on --addr (default 127.0.0.1:8080): the JSON API described
at /api/openapi.json, and pages for analysts (overview, dyads with their relation
index charts, the signed network, events with their evidence, search).

Read endpoints are open. Write endpoints (POST /api/ingest) need the token given
by --token or the ENTENTE_TOKEN environment variable, sent as
"Authorization: Bearer TOKEN"; without a token writes are disabled. Binding an
address other than loopback without a token is refused.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if token == "" {
				token = os.Getenv("ENTENTE_TOKEN")
			}
			if err := web.CheckBind(addr, token); err != nil {
				return err
			}
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
			defer stop()
			if _, err := os.Stat(db); err != nil && readOnly {
				return fmt.Errorf("store %s: %w", db, err)
			}
			st, err := sqlite.Open(ctx, db, sqlite.Options{ReadOnly: readOnly})
			if err != nil {
				return err
			}
			defer st.Close()
			logger := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			srv, err := web.New(web.Config{
				Store:         st,
				Token:         token,
				RatePerSecond: rate,
				Logger:        logger,
				// Ingest is nil here: POST /api/ingest answers 501 until
				// the coding pipeline is wired in as a web.IngestFunc.
			})
			if err != nil {
				return err
			}
			go func() {
				if err := srv.Warm(ctx); err != nil && ctx.Err() == nil {
					logger.Warn("warming the caches failed", "err", err)
				}
			}()
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listen %s: %w", addr, err)
			}
			hs := web.HTTPServer(addr, srv)
			fmt.Fprintf(cmd.ErrOrStderr(), "entente: serving %s on http://%s/ (writes %s)\n", db, ln.Addr(),
				map[bool]string{true: "need the token", false: "disabled"}[token != ""])
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case err := <-errc:
				if !errors.Is(err, http.ErrServerClosed) {
					return fmt.Errorf("serve: %w", err)
				}
				return nil
			case <-ctx.Done():
			}
			sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := hs.Shutdown(sctx); err != nil {
				return fmt.Errorf("shutdown: %w", err)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&db, "db", "entente.db", "the event store (SQLite file)")
	fl.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	fl.StringVar(&token, "token", "", "token for the write endpoints (default $ENTENTE_TOKEN)")
	fl.BoolVar(&readOnly, "read-only", false, "open the store read-only")
	fl.Float64Var(&rate, "rate", 50, "requests per second allowed to each client address (negative: no limit)")
	return cmd
}
