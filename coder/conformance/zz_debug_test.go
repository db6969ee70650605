package conformance

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/actor"
	"entente/coder"
	"entente/coder/verbs"
	"entente/internal/sharedtest"
	"entente/parse"
	"entente/text"
)

func TestZZDebug(t *testing.T) {
	ids := strings.Split(os.Getenv("ZZ_IDS"), ",")
	if ids[0] == "" {
		t.Skip()
	}
	path := sharedtest.Path(t, "conformance/petrarch/PETR.UnitTest.records.xml")
	p, _ := parse.Default()
	f, _ := os.Open(path)
	env, recs, _ := ReadPetrarch(f)
	dir := filepath.Dir(path)
	d := verbs.New()
	d.ReadFile(filepath.Join(dir, env.Verbs))
	var files []actor.File
	for _, a := range []struct {
		name string
		fmt  actor.Format
	}{{env.Actors, actor.FormatActors}, {env.Agents, actor.FormatAgents}, {env.Discards, actor.FormatDiscards}} {
		data, _ := os.ReadFile(filepath.Join(dir, a.name))
		files = append(files, actor.File{Name: a.name, Format: a.fmt, Data: data, Connectors: actor.ConnectPETRARCH})
	}
	m, _ := actor.Load(actor.Options{NoValidate: true, Report: func(error) {}}, files...)
	for _, r := range recs {
		found := false
		for _, id := range ids {
			found = found || id == r.ID
		}
		if !found {
			continue
		}
		date, _ := time.Parse("20060102", r.Date)
		a := &entente.Article{ID: r.ID, Text: r.Text, Published: date}
		sents := keepUndiscarded(m, a, text.Split(a))
		ms := m.Match(a, sents, date)
		fmt.Println("==", r.ID, r.Text, "expected", r.Expected, r.NoEvents, r.Error)
		for _, s := range sents {
			p.Parse(s.Tokens)
			for i, tk := range s.Tokens {
				fmt.Printf("  %d %s %s %d %s %s\n", i, tk.Form, tk.UPOS, tk.Head, tk.Rel, tk.Lemma)
			}
		}
		for _, mm := range ms {
			fmt.Printf("  mention %v %q %s kind=%v\n", mm.Tokens, mm.Span.Of(a.Text), mm.Code, mm.Kind)
		}
		c := coder.New(d, p, coder.Options{RequireTarget: r.RequireDyad})
		for _, e := range c.Code(a, sents, ms) {
			fmt.Println("  got", e.Source, e.Target, e.Code, e.Matched[len(e.Matched)-1].Text)
		}
	}
}

func TestZZFails(t *testing.T) {
	if os.Getenv("ZZ_FAILS") == "" {
		t.Skip()
	}
	p, _ := parse.Default()
	sc, _ := RunPetrarch(sharedtest.Path(t, "conformance/petrarch/PETR.UnitTest.records.xml"), p)
	for _, r := range sc.Results {
		if r.Record.Scored && !r.Pass {
			fmt.Println("FAIL", r.Record.ID, r.Record.Expected, "got", r.Got)
		}
	}
	fmt.Println(sc.Passed, sc.Scored)
}
