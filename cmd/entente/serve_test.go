package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"entente"
	"entente/sqlite"
	"entente/web"
)

// TestServeIngest posts an article to a real server wired to the real coding
// pipeline and store, and checks that it is coded and stored, and that the
// token guards the endpoint.
func TestServeIngest(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "serve.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := web.New(web.Config{Store: st, Token: "s3cret", Ingest: pipelineIngest(st)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()

	body := `[{"title":"Border talks","published":"2025-02-11T00:00:00Z",` +
		`"text":"NEW DELHI, Feb 11 - India and Bangladesh signed a border agreement on Tuesday. Indian troops later fired on smugglers near the frontier."},` +
		`{"text":"   "}]`
	post := func(token string) *http.Response {
		req, _ := http.NewRequest(http.MethodPost, ts.URL+"/api/ingest", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	if resp := post(""); resp.StatusCode != http.StatusUnauthorized && resp.StatusCode != http.StatusForbidden {
		t.Fatalf("ingest without a token: status %d, want 401 or 403", resp.StatusCode)
	}
	// The blank article makes the whole request invalid: nothing is stored.
	if resp := post("s3cret"); resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("ingest with a blank article: status %d, want 400", resp.StatusCode)
	}
	body = body[:strings.LastIndex(body, `,{"text":"   "}`)] + "]"
	resp := post("s3cret")
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("ingest: status %d", resp.StatusCode)
	}
	var got struct {
		Results []struct {
			ArticleID string `json:"article_id"`
			Status    string `json:"status"`
			Events    int    `json:"events"`
		} `json:"results"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got.Results) != 1 || got.Results[0].Status != string(entente.PutAdded) || got.Results[0].ArticleID == "" {
		t.Fatalf("results = %+v, want one added article", got.Results)
	}
	n := 0
	if err := st.Events(ctx, entente.EventFilter{Actor: "IND"}, func(e *entente.StoredEvent) error {
		n++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n == 0 || got.Results[0].Events == 0 {
		t.Fatalf("no Indian events stored (result says %d events)", got.Results[0].Events)
	}
}
