package quantity

import (
	"testing"

	"entente"
	"entente/text"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []entente.Quantity // Span is checked as Phrase below
		phr  []string
	}{
		{"The deal was worth $153 million.", []entente.Quantity{{Kind: Money, Unit: "USD", Best: 153e6}}, []string{"$153 million"}},
		{"The militia earns $2.5 million per month from tolls.", []entente.Quantity{{Kind: Money, Unit: "USD", Best: 2.5e6, Rate: "month"}}, []string{"$2.5 million per month"}},
		{"The province asked for Rs 5 billion in relief.", []entente.Quantity{{Kind: Money, Unit: "INR", Best: 5e9}}, []string{"Rs 5 billion"}},
		{"The bank lent €2bn to the utility.", []entente.Quantity{{Kind: Money, Unit: "EUR", Best: 2e9}}, []string{"€2bn"}},
		{"Donors pledged US$40m a year.", []entente.Quantity{{Kind: Money, Unit: "USD", Best: 40e6, Rate: "year"}}, []string{"US$40m a year"}},
		{"The loan of 300 million Pakistani rupees was approved.", []entente.Quantity{{Kind: Money, Unit: "PKR", Best: 300e6}}, []string{"300 million Pakistani rupees"}},
		{"The project will cost $2-3 billion.", []entente.Quantity{{Kind: Money, Unit: "USD", Low: 2e9, Best: 2.5e9, High: 3e9}}, []string{"$2-3 billion"}},
		{"Aid of up to $1.9 billion was frozen.", []entente.Quantity{{Kind: Money, Unit: "USD", Best: 1.9e9, High: 1.9e9}}, []string{"up to $1.9 billion"}},
		{"Gunmen killed at least 18 people in the market.", []entente.Quantity{{Kind: People, Unit: "killed", Low: 18, Best: 18}}, []string{"at least 18 people"}},
		{"Dozens of refugees crossed the border.", []entente.Quantity{{Kind: People, Unit: "refugees", Low: 24, Best: 36, High: 99}}, []string{"Dozens of refugees"}},
		{"Between 200 and 300 troops were deployed.", []entente.Quantity{{Kind: People, Unit: "troops", Low: 200, Best: 250, High: 300}}, []string{"Between 200 and 300 troops"}},
		{"Some 4,000 soldiers took part.", []entente.Quantity{{Kind: People, Unit: "troops", Best: 4000}}, []string{"Some 4,000 soldiers"}},
		{"Twelve civilians were wounded by shelling.", []entente.Quantity{{Kind: People, Unit: "wounded", Best: 12}}, []string{"Twelve civilians"}},
		{"Several hundred protesters gathered.", []entente.Quantity{{Kind: People, Unit: "protesters", Low: 300, Best: 500, High: 900}}, []string{"Several hundred protesters"}},
		{"A few thousand troops crossed the river.", []entente.Quantity{{Kind: People, Unit: "troops", Low: 2000, Best: 3000, High: 5000}}, []string{"A few thousand troops"}},
		{"Several refugees drowned.", []entente.Quantity{{Kind: People, Unit: "killed", Low: 3, Best: 5, High: 9}}, []string{"Several refugees"}},
		{"Tens of thousands of protesters marched.", []entente.Quantity{{Kind: People, Unit: "protesters", Low: 20000, Best: 30000, High: 99999}}, []string{"Tens of thousands of protesters"}},
		{"The air force ordered 12 Su-30MKI jets and the army T-90 tanks.", []entente.Quantity{{Kind: Weapon, Unit: "Su-30MKI", Best: 12}, {Kind: Weapon, Unit: "T-90"}}, []string{"12 Su-30MKI", "T-90"}},
		{"The sale of S-400 batteries angered allies.", []entente.Quantity{{Kind: Weapon, Unit: "S-400"}}, []string{"S-400"}},
		{"It bought Mi-35M helicopters and Patriot missiles.", []entente.Quantity{{Kind: Weapon, Unit: "Mi-35M"}, {Kind: Weapon, Unit: "Patriot"}}, []string{"Mi-35M", "Patriot"}},
		// Not quantities.
		{"The 2,410-km border has been closed since 2014.", nil, nil},
		{"In 2016 troops left; the G-20 and COVID-19 were discussed.", nil, nil},
		{"The two countries ended 40 years of conflict.", nil, nil},
		{"The patriot sang.", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := &entente.Article{Text: tt.text}
			var got []entente.Quantity
			for _, s := range text.Split(a) {
				got = append(got, Find(&s, a.Text)...)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %d quantities", got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				phrase := g.Span.Of(a.Text)
				g.Span = entente.Span{}
				if g != w || phrase != tt.phr[i] {
					t.Errorf("got %+v %q, want %+v %q", g, phrase, w, tt.phr[i])
				}
			}
		})
	}
}

func TestForEvent(t *testing.T) {
	a := &entente.Article{Text: "The rebels seized $5 million while the army lost 30 soldiers."}
	s := text.Split(a)[0]
	qs := Find(&s, a.Text)
	verb := func(f string) int {
		for i, tok := range s.Tokens {
			if tok.Form == f {
				return i
			}
		}
		t.Fatalf("no %q", f)
		return -1
	}
	if got := ForEvent(&s, verb("seized"), qs); len(got) != 1 || got[0].Kind != Money {
		t.Errorf("seized: %+v", got)
	}
	if got := ForEvent(&s, verb("lost"), qs); len(got) != 1 || got[0].Kind != People {
		t.Errorf("lost: %+v", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("at least $2-3 billion per month, dozens of 12 F-16s, Rs. 5 lakh")
	f.Add("between $ and - to 1,000,000.5bn tens of thousands of")
	f.Fuzz(func(t *testing.T, s string) {
		sent := entente.Sentence{Span: entente.Span{Start: 0, End: len(s)}}
		last := 0
		for _, q := range Find(&sent, s) {
			if !q.Span.Valid(len(s)) || q.Span.Start < last || q.Span.Len() == 0 {
				t.Fatalf("bad span %+v in %q", q, s)
			}
			last = q.Span.End
			if q.Low > q.Best && q.Best != 0 || q.High != 0 && q.High < q.Best {
				t.Fatalf("estimates out of order: %+v", q)
			}
		}
	})
}
