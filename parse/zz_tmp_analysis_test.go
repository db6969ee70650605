package parse

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"
)

func TestTmpAnalysis(t *testing.T) {
	path := os.Getenv("MODEL")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	t0 := time.Now()
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("load", time.Since(t0), m)
	dev := readShared(t, "en_ewt-ud-dev.conllu.gz")
	errs := map[string][2]int{}
	for i := range dev {
		toks := Tokens(&dev[i])
		m.Parse(toks)
		for j, w := range dev[i].Words {
			k := Universal(w.Deprel)
			e := errs[k]
			e[1]++
			if toks[j].Head+1 != w.Head {
				e[0]++
			}
			errs[k] = e
		}
	}
	var ks []string
	for k := range errs {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return errs[ks[i]][0] > errs[ks[j]][0] })
	for _, k := range ks[:15] {
		fmt.Printf("%-10s wrong head %5d of %5d (%.1f%%)\n", k, errs[k][0], errs[k][1], 100*float64(errs[k][0])/float64(errs[k][1]))
	}
}

func TestTmpLoad(t *testing.T) {
	path := os.Getenv("MODEL")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	t0 := time.Now()
	_, err := Load(bytes.NewReader(b))
	fmt.Println("load", time.Since(t0), err)
}

func TestTmpLabels(t *testing.T) {
	path := os.Getenv("MODEL")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	dev := readShared(t, "en_ewt-ud-dev.conllu.gz")
	conf := map[string]int{}
	for i := range dev {
		toks := Tokens(&dev[i])
		m.Parse(toks)
		for j, w := range dev[i].Words {
			if toks[j].Head+1 == w.Head && Universal(toks[j].Rel) != Universal(w.Deprel) {
				conf[Universal(w.Deprel)+" -> "+Universal(toks[j].Rel)]++
			}
		}
	}
	var ks []string
	for k := range conf {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return conf[ks[i]] > conf[ks[j]] })
	for _, k := range ks[:20] {
		fmt.Printf("%-25s %d\n", k, conf[k])
	}
}
