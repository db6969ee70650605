package actor

import (
	"errors"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/text"
)

// FuzzParse feeds arbitrary dictionary text to the reader in each format.
// Invariants: no panic; every reported problem is an *entente.Error naming
// the file and a line that exists; whatever loaded matches a sentence with
// spans inside the text.
func FuzzParse(f *testing.F) {
	f.Add("PAKISTAN_ [PAK]\n+PAKISTANI_\nNAWAZ_SHARIF\n\t[PAKGOV 130605-170728]\n\t[PAKELI]\n", "Pakistani leader Nawaz Sharif.")
	f.Add("!PERSON! = MAN, MEN\nBUSINESS!PERSON! {} [~BUS]\nMINISTER [~GOV]\n", "Pakistani businessmen.")
	f.Add("+WORLD CUP\nBASEBALL_\n<!-- x\n-->\n", "the World Cup")
	f.Add("AL GORE [TEN]\n[X 9-]\n+\n[\n~FINISH\nX [Y]\n", "Al big Gore")
	f.Add("X_\x1aY\uFFFD [ABC >2101] [DEF <0101011]\n\t[GHI 010101-]\n", "X Y")
	f.Add("NASGUL [###] # x\nISILDUR [+++]\nLORIEN [ELR/GAL]\nMOUSE= [MUS]\n<! -- y -->\nGOLLUM\n\t[HOB 950601 - 990815]\n", "Nasgul, Lorien_x and Mouse met Gollum.")
	f.Add("DOL_AMROTH [DOL]\n", "_Dol__Amroth_ of Dol_Amroth_x a_ _b")
	f.Fuzz(func(t *testing.T, dict, txt string) {
		for _, format := range []Format{FormatActors, FormatAgents, FormatDiscards} {
			lines := strings.Count(dict, "\n") + 1
			var errs []error
			m, err := Load(Options{NoValidate: true, Report: func(e error) { errs = append(errs, e) }},
				File{Name: "fuzz", Format: format, Data: []byte(dict)})
			if err != nil {
				t.Fatalf("non-strict Load failed: %v", err)
			}
			for _, e := range errs {
				var ee *entente.Error
				if !errors.As(e, &ee) || ee.Input != "fuzz" || ee.Line < 1 || ee.Line > lines+1 {
					t.Fatalf("bad error report %v (%d lines)", e, lines)
				}
			}
			a := &entente.Article{Text: txt}
			sents := text.Split(a)
			for _, mm := range m.Match(a, sents, time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)) {
				if !mm.Span.Valid(len(txt)) || mm.Span.Len() == 0 || mm.Code == "" {
					t.Fatalf("bad mention %+v", mm)
				}
			}
			for _, d := range m.Discards(a, sents) {
				if !d.Span.Valid(len(txt)) {
					t.Fatalf("bad discard %+v", d)
				}
			}
		}
	})
}

// FuzzMatch runs the default dictionaries over arbitrary text. Invariants:
// spans in bounds and inside their sentence, token ranges valid, mentions
// in sentence order, antecedents before their mention.
func FuzzMatch(f *testing.F) {
	f.Add("Pakistan's foreign minister met Russian troops in Moscow. The country said its army would act.")
	f.Add("Former President Pervez Musharraf and then-President Zardari. Both sides agreed; they left.")
	f.Add("U.S.-backed forces. al-Qaeda! The group... ISIS, IS, is, us, US.")
	f.Add("Soldiers from Iran, officials and lawmakers in Iraq and Syria, and Turkey's deputy foreign minister_x said its ties held.")
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		a := &entente.Article{Text: txt}
		sents := text.Split(a)
		prev := -1
		for _, mm := range m.Match(a, sents, time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC)) {
			if mm.Sentence < prev || mm.Sentence >= len(sents) {
				t.Fatalf("mention out of order or sentence: %+v", mm)
			}
			prev = mm.Sentence
			s := sents[mm.Sentence]
			if !mm.Span.Valid(len(txt)) || mm.Span.Start < s.Span.Start || mm.Span.End > s.Span.End {
				t.Fatalf("span %v outside sentence %v", mm.Span, s.Span)
			}
			if mm.Tokens[0] < 0 || mm.Tokens[0] >= mm.Tokens[1] || mm.Tokens[1] > len(s.Tokens) {
				t.Fatalf("bad token range %v of %d", mm.Tokens, len(s.Tokens))
			}
			if mm.Antecedent != nil && mm.Antecedent.End > mm.Span.Start {
				t.Fatalf("antecedent %v after mention %v", *mm.Antecedent, mm.Span)
			}
		}
	})
}
