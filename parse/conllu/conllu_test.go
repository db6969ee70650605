package conllu

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"entente"
)

// sample is a made-up two-sentence document: a multiword token, an empty
// node, comments and a MISC field.
const sample = `# sent_id = a
# text = They don't wait.
1	They	they	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	wait	wait	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = b
1	Go	go	VERB	VB	_	0	root	_	_
1.1	went	go	VERB	VBD	_	_	_	0:root	_
`

func TestReadWrite(t *testing.T) {
	sents, bad, err := Read(strings.NewReader(sample), "sample")
	if err != nil || len(bad) != 0 {
		t.Fatalf("Read: %v %v", err, bad)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if s.ID() != "a" || s.Text() != "They don't wait." || s.Line != 1 {
		t.Errorf("comments: id %q text %q line %d", s.ID(), s.Text(), s.Line)
	}
	if len(s.Words) != 5 || len(s.Multi) != 1 || s.Multi[0] != (MultiToken{First: 2, Last: 3, Form: "don't", Misc: "_"}) {
		t.Errorf("words %d multi %+v", len(s.Words), s.Multi)
	}
	if w := s.Words[3]; w.Form != "wait" || w.Head != 0 || w.Deprel != "root" || w.Misc != "SpaceAfter=No" {
		t.Errorf("word 4: %+v", w)
	}
	if len(sents[1].Words) != 1 {
		t.Errorf("empty node kept as a word: %+v", sents[1].Words)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents); err != nil {
		t.Fatal(err)
	}
	again, bad, err := Read(&buf, "written")
	if err != nil || len(bad) != 0 {
		t.Fatalf("re-read: %v %v", err, bad)
	}
	if len(again) != len(sents) {
		t.Fatalf("round trip: %d sentences, want %d", len(again), len(sents))
	}
	for i := range sents {
		if len(again[i].Words) != len(sents[i].Words) || len(again[i].Multi) != len(sents[i].Multi) {
			t.Errorf("sentence %d changed in a round trip", i)
		}
		for j := range sents[i].Words {
			if again[i].Words[j] != sents[i].Words[j] {
				t.Errorf("sentence %d word %d: %+v, want %+v", i, j, again[i].Words[j], sents[i].Words[j])
			}
		}
	}
}

func TestReadBadRecords(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
	}{
		{"few fields", "1\tGo\tgo\n", 1},
		{"bad head", "1\tGo\tgo\tVERB\tVB\t_\tx\troot\t_\t_\n", 1},
		{"out of sequence", "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2},
		{"head beyond", "# c\n1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n", 1},
		{"bad range", "1-x\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", 1},
	}
	good := "\n1\tOK\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, bad, err := Read(strings.NewReader(tt.in+good), "in.conllu")
			if err != nil {
				t.Fatal(err)
			}
			if len(sents) != 1 || sents[0].Words[0].Form != "OK" {
				t.Errorf("the good sentence after the bad one was not kept: %+v", sents)
			}
			if len(bad) != 1 {
				t.Fatalf("got %d errors, want 1: %v", len(bad), bad)
			}
			var e *entente.Error
			if !errors.As(bad[0], &e) || e.Input != "in.conllu" || e.Line != tt.line {
				t.Errorf("error %v: want input in.conllu line %d", bad[0], tt.line)
			}
		})
	}
}

func TestMiscValue(t *testing.T) {
	tests := []struct {
		misc, key, want string
		ok              bool
	}{
		{"SpaceAfter=No|TokenRange=3:7", "TokenRange", "3:7", true},
		{"SpaceAfter=No|TokenRange=3:7", "SpaceAfter", "No", true},
		{"_", "SpaceAfter", "", false},
		{"", "SpaceAfter", "", false},
	}
	for _, tt := range tests {
		got, ok := MiscValue(tt.misc, tt.key)
		if got != tt.want || ok != tt.ok {
			t.Errorf("MiscValue(%q, %q) = %q, %v; want %q, %v", tt.misc, tt.key, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\tA\n\n\n2-1\t\t\t")
	f.Fuzz(func(t *testing.T, in string) {
		sents, _, err := Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, s := range sents {
			for i, w := range s.Words {
				if w.ID != i+1 || w.Head > len(s.Words) {
					t.Fatalf("ill-formed sentence kept: %+v", s.Words)
				}
			}
		}
	})
}
