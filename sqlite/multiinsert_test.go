package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestMultiInsertShapes checks that rows written by multiInsert, whose
// columns of one value are bound once or written as constants, read back
// as the same rows inserted one by one with every value bound, through
// database/sql and on the driver's connection directly.
func TestMultiInsertShapes(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	const schema = `(id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c REAL, d INTEGER, e TEXT, f INTEGER NOT NULL DEFAULT 0)`
	for _, table := range []string{"mi_pool", "mi_raw", "mi_plain"} {
		if _, err := db.SQL().Exec(`CREATE TABLE ` + table + schema); err != nil {
			t.Fatal(err)
		}
	}
	const cols = 7
	var rows []any
	for i := 0; i < 45; i++ {
		c := 0.0
		switch {
		case i < 32 && i%3 == 0:
			c = math.Copysign(0, -1)
		case i >= 32 && i < 40:
			c = 2.5
		}
		var e any = fmt.Sprint("row ", i)
		if i >= 32 && i < 40 {
			e = "same"
		}
		var b any
		if i >= 40 {
			b = sql.NullInt64{Int64: 0, Valid: true}
		}
		var f any = int64(0)
		if i%2 == 1 && i >= 32 {
			f = 0 // an int, not an int64: another value
		}
		rows = append(rows, int64(i+1), "", b, c, int64(7), e, f)
	}
	head := `INSERT INTO %s (id, a, b, c, d, e, f)`
	// Through database/sql (an in-transaction statement).
	w, err := db.begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.multiInsert(fmt.Sprintf(head, "mi_pool"), "", cols, append([]any(nil), rows...)); err != nil {
		t.Fatal(err)
	}
	if err := w.commit(); err != nil {
		t.Fatal(err)
	}
	// On the driver's connection.
	l, err := db.newLoader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w, err = db.beginOn(ctx, l.conn)
	if err != nil {
		t.Fatal(err)
	}
	w.raw = l.raw
	if err := w.multiInsert(fmt.Sprintf(head, "mi_raw"), "", cols, append([]any(nil), rows...)); err != nil {
		t.Fatal(err)
	}
	if err := w.commit(); err != nil {
		t.Fatal(err)
	}
	l.release()
	for i := 0; i < len(rows); i += cols {
		if _, err := db.SQL().Exec(fmt.Sprintf(head, "mi_plain")+` VALUES (?, ?, ?, ?, ?, ?, ?)`, rows[i:i+cols]...); err != nil {
			t.Fatal(err)
		}
	}
	dump := func(table string) string {
		r, err := db.SQL().Query(`SELECT id, quote(a), quote(b), typeof(c), quote(c), quote(d), quote(e), typeof(f), f FROM ` + table + ` ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var out []string
		for r.Next() {
			v := make([]any, 9)
			p := make([]any, 9)
			for i := range v {
				p[i] = &v[i]
			}
			if err := r.Scan(p...); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(v...))
		}
		return strings.Join(out, "\n")
	}
	want := dump("mi_plain")
	if strings.Count(want, "\n") != 44 {
		t.Fatalf("plain rows:\n%s", want)
	}
	for _, table := range []string{"mi_pool", "mi_raw"} {
		if got := dump(table); got != want {
			t.Errorf("%s:\n%s\nwant\n%s", table, got, want)
		}
	}
}

// TestInsertText checks the text of a statement with a shared column, a
// constant and plain parameters: the shared column comes first and is
// numbered, so that the plain parameters follow it.
func TestInsertText(t *testing.T) {
	got := insertText(`INSERT INTO t (x, y, z)`, `ON CONFLICT DO NOTHING`, []string{"", "''", sharedParam}, 2)
	want := `INSERT INTO t (z, x, y) VALUES (?1, ?, ''), (?1, ?, '') ON CONFLICT DO NOTHING`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	rows := []any{int64(1), "", "s", int64(2), "", "s"}
	args := shapedArgs(nil, rows, []string{"", "''", sharedParam})
	if fmt.Sprint(args) != "[s 1 2]" {
		t.Errorf("args %v, want [s 1 2]", args)
	}
}
