package web

import (
	"context"
	"testing"
	"time"

	"entente/sqlite"
)

func TestZZAnalyze(t *testing.T) {
	st, err := sqlite.Open(context.Background(), "/tmp/entente-an-1m.db", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	if _, err := st.SQL().Exec("ANALYZE"); err != nil {
		t.Fatal(err)
	}
	t.Log("analyze", time.Since(t0))
	st.Close()
}
