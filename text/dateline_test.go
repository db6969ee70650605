package text

import (
	"strings"
	"testing"

	"entente"
)

func TestDatelineEnd(t *testing.T) {
	for _, c := range []struct {
		in, want string // want: the dateline's text, "" for none
	}{
		{"TOKYO, March 3 - Japan said on Tuesday ...", "TOKYO, March 3 -"},
		{"LONDON, Feb 26 (Reuters) - Britain said ...", "LONDON, Feb 26 (Reuters) -"},
		{"SANTA ANA, Calif., March 16 - Datapower Inc said ...", "SANTA ANA, Calif., March 16 -"},
		{"MICHIGAN CITY, Ind., March 24 - Control Resources said ...", "MICHIGAN CITY, Ind., March 24 -"},
		{"MOSCOW (Reuters) - Russia said ...", "MOSCOW (Reuters) -"},
		{"Islamabad, May 1 - Pakistan said ...", "Islamabad, May 1 -"},
		{"KABUL — Afghan forces said ...", "KABUL —"},
		{"NAIROBI, Aug 3 (Thomson Reuters Foundation) - Kenya said ...", "NAIROBI, Aug 3 (Thomson Reuters Foundation) -"},
		{"Lima (Associated Press) - Peru said ...", "Lima (Associated Press) -"},
		{"Rome (a long aside here) - Italy said ...", ""},
		// with a year, or the day before the month
		{"BERLIN, April 12, 2025 (Reuters) - Germany said ...", "BERLIN, April 12, 2025 (Reuters) -"},
		{"PARIS, 12 April 2025 (AFP) - France said ...", "PARIS, 12 April 2025 (AFP) -"},
		{"DAKAR, Jan. 5, 2024 - Senegal said ...", "DAKAR, Jan. 5, 2024 -"},
		// no dateline: a name and a dash without date, agency or capitals
		{"Russia - the largest country - said ...", ""},
		{"U.S. - Japan talks ended.", ""},
		{"Russia and China - both members - said ...", ""},
		{"In Tokyo, March 3 - a date in the middle.", ""},
		{"Japan said on March 3 that it would act.", ""},
		// a hyphen inside a name is no dash
		{"SPLA-IO rebels attacked an army base.", ""},
		{"KABUL-based diplomats said ...", ""},
		{"", ""},
	} {
		toks := Tokenize(c.in, 0)
		n := DatelineEnd(toks)
		got := ""
		if n > 0 {
			got = c.in[toks[0].Span.Start:toks[n-1].Span.End]
		}
		if got != c.want {
			t.Errorf("DatelineEnd(%q): %q, want %q (tokens %v)", c.in, got, c.want, forms(toks))
		}
	}
}

func forms(toks []entente.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Form + "|")
	}
	return b.String()
}

func TestDatelineDate(t *testing.T) {
	for _, c := range []struct {
		in, want string // want: YYYY-MM-DD, "" for none
	}{
		{"BERLIN, April 12, 2025 (Reuters) - Germany said ...", "2025-04-12"},
		{"PARIS, 12 April 2025 (AFP) - France said ...", "2025-04-12"},
		{"DAKAR, Sept. 5, 2024 - Senegal said ...", "2024-09-05"},
		{"TOKYO, March 3 - Japan said ...", ""},                // no year
		{"LIMA, February 30, 2024 - Peru said ...", ""},        // no such day
		{"Japan said on March 3, 2024 that it would act.", ""}, // no dateline
	} {
		got := ""
		if d, ok := DatelineDate(Tokenize(c.in, 0)); ok {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("DatelineDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
