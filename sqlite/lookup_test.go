package sqlite

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"entente"
)

func TestLookups(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	var batch []entente.CodedArticle
	for i := 0; i < 5; i++ {
		id := fmt.Sprintf("a%d", i)
		batch = append(batch, article(id, "P", words(i+1, 40), ev{src: "USA", tgt: fmt.Sprintf("RUS%d", i), code: "042", day: i}))
	}
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	all := collect(t, db, entente.EventFilter{})
	if len(all) != 5 {
		t.Fatalf("got %d events, want 5", len(all))
	}
	for _, want := range all {
		got, err := db.Event(ctx, want.StoreID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("Event(%d) = %+v, want %+v", want.StoreID, *got, want)
		}
	}
	if _, err := db.Event(ctx, 9999); !errors.Is(err, entente.ErrNotFound) {
		t.Errorf("Event(9999): err = %v, want ErrNotFound", err)
	}

	var stored []entente.StoredArticle
	if err := db.Articles(ctx, "", func(a *entente.StoredArticle) error {
		stored = append(stored, *a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, want := range stored {
		got, err := db.Article(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("Article(%q) = %+v, want %+v", want.ID, *got, want)
		}
	}
	if _, err := db.Article(ctx, "missing"); !errors.Is(err, entente.ErrNotFound) {
		t.Errorf("Article(missing): err = %v, want ErrNotFound", err)
	}

	latest, err := db.LatestArticles(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range latest {
		if a.Text != "" {
			t.Errorf("latest article %s has its text", a.ID)
		}
		ids = append(ids, a.ID)
	}
	if want := []string{"a4", "a3", "a2"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("LatestArticles(3) = %v, want %v", ids, want)
	}

	// A page of events reads the same events as the unpaged query.
	page := collect(t, db, entente.EventFilter{Actor: "USA", Limit: 2, Offset: 1})
	if !reflect.DeepEqual(page, all[1:3]) {
		t.Errorf("page = %+v, want %+v", page, all[1:3])
	}
}

func TestStatisticsAtOpen(t *testing.T) {
	ctx := context.Background()
	db, path := openTemp(t)
	var batch []entente.CodedArticle
	for i := 0; i < statsMinEvents/10+1; i++ {
		var evs []ev
		for k := 0; k < 10; k++ {
			evs = append(evs, ev{src: "USA", tgt: fmt.Sprintf("R%03d%02d", i, k), code: "042", day: k})
		}
		batch = append(batch, article(fmt.Sprintf("s%d", i), "P", words(i+1, 40), evs...))
	}
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	// Drop whatever statistics Close would take, to check that Open takes
	// them.
	if _, err := db.SQL().ExecContext(ctx, `DROP TABLE IF EXISTS sqlite_stat1`); err != nil {
		t.Fatal(err)
	}
	db.written.Store(0)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'events'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no statistics on events after Open")
	}
}
