package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"entente"
	"entente/ingest"
	"entente/pipeline"
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
			ctx := cmd.Context() // cancelled by Ctrl-C and SIGTERM (main)
			if _, err := os.Stat(db); err != nil && readOnly {
				return fmt.Errorf("store %s: %w", db, err)
			}
			st, err := sqlite.Open(ctx, db, sqlite.Options{ReadOnly: readOnly})
			if err != nil {
				return err
			}
			defer st.Close()
			logger := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			cfg := web.Config{
				Store:         st,
				Token:         token,
				RatePerSecond: rate,
				Logger:        logger,
			}
			if !readOnly {
				cfg.Ingest = pipelineIngest(st)
			}
			srv, err := web.New(cfg)
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

// pipelineIngest returns the server's ingest function: it codes the posted
// articles with the default chain (built on first use, so that a server that
// never ingests does not load the dictionaries and model) on all cores, and
// stores them in one transaction. Results follow the order of the articles;
// an article that cannot be coded is reported as rejected.
func pipelineIngest(st entente.Store) web.IngestFunc {
	var (
		once     sync.Once
		chain    *pipeline.Chain
		chainErr error
	)
	return func(ctx context.Context, arts []entente.Article) ([]entente.PutResult, error) {
		once.Do(func() { chain, chainErr = pipeline.DefaultChain() })
		if chainErr != nil {
			return nil, chainErr
		}
		results := make([]entente.PutResult, len(arts))
		var coded []entente.CodedArticle
		var at []int // index in arts of each coded article
		err := pipeline.Run(ctx, pipeline.Options{},
			func(ctx context.Context, emit func(int) error) error {
				for i := range arts {
					if err := emit(i); err != nil {
						return err
					}
				}
				return nil
			},
			func(i int) (pipeline.Coded, error) {
				a := arts[i]
				if a.ID == "" {
					a.ID = ingest.ContentID(a.Text)
				}
				if a.Source == "" {
					a.Source = "api"
				}
				return chain.Process(&a)
			},
			func(r pipeline.Result[int, pipeline.Coded]) error {
				if r.Err != nil {
					results[r.In] = entente.PutResult{ArticleID: arts[r.In].ID, Status: entente.PutRejected, Err: r.Err}
					return nil
				}
				coded = append(coded, r.Out.CodedArticle)
				at = append(at, r.In)
				return nil
			})
		if err != nil {
			return nil, err
		}
		res, err := st.PutArticles(ctx, coded)
		if err != nil {
			return nil, err
		}
		for k, r := range res {
			results[at[k]] = r
		}
		return results, nil
	}
}
