package sqlite

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTextSimhash checks that textSimhash gives simhash's answer on texts
// of ASCII, other scripts, case-folded letters, digits, punctuation and
// invalid UTF-8, short and long.
func TestTextSimhash(t *testing.T) {
	pieces := []string{"the", "The", "MINISTER", "said", "2024", "3.5%", "Ünïcode", "straße", "ΣΊΣΥΦΟΣ", "Київ",
		"北京", "K", "İstanbul", " ", "  ", ",", ". ", "\n\n", "\xff", "\xe2\x82", "don't", "co-operation", "x9",
		"ǅemal", "٣٤", "—", "\u00a0"}
	r := rand.New(rand.NewSource(7))
	texts := []string{"", "one", "too short to hash", words(3, 9), words(4, 400), strings.Repeat("a b c d ", 300)}
	for n := 0; n < 500; n++ {
		var b strings.Builder
		for k := r.Intn(1200); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		want, wantLong := simhash(text)
		got, gotLong := textSimhash(text)
		if got != want || gotLong != wantLong {
			t.Fatalf("textSimhash(%.80q) = %x, %v; simhash gives %x, %v", text, got, gotLong, want, wantLong)
		}
	}
}

// BenchmarkSimhash compares simhash and textSimhash on a 2 KB article.
func BenchmarkSimhash(b *testing.B) {
	text := codedArticles(rand.New(rand.NewSource(1)), 1, 1, 10, false)[0].Article.Text
	for _, f := range []struct {
		name string
		fn   func(string) (uint64, bool)
	}{{"reference", simhash}, {"text", textSimhash}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				f.fn(text)
			}
		})
	}
}
