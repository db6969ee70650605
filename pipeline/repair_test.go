package pipeline

import (
	"testing"

	"entente"
)

// TestVisitingModifier checks that "visiting" before an official or a body
// ("told visiting U.S. Secretary of State ...", "met the visiting Chinese
// premier"), which the parser reads as a verb with the official for its
// object, makes the official the visitor and the other party of the clause
// the host, never the reverse; that the participle is no word of the
// governing verb's patterns (TELL's "* VISIT [036]" is "told him of a
// visit"); and that a visit going on is no intent, whatever the clause
// around it ("held talks with", where "talks" governs intents).
func TestVisitingModifier(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Vladimir Putin met the visiting Chinese premier in Moscow on Monday.", "CHNGOV 042 RUSGOV",
			[]string{"RUSGOV 042 CHNGOV", "CHNGOV 043 RUSGOV"}},
		{"Vladimir Putin met the visiting Chinese premier in Moscow on Monday.", "RUSGOV 043 CHNGOV", nil},
		{"Kenya's president told the visiting Ugandan foreign minister that trade was growing.", "UGAGOV 042 KENGOV",
			[]string{"KENGOV 036 *", "KENGOV 042 *"}},
		{"Indian officials held talks with visiting US Secretary of State Antony Blinken in New Delhi.", "USAGOV 042 INDGOV",
			[]string{"* 036 *", "INDGOV 042 *"}},
		// a host the dictionaries do not know: the party of the clause
		// that reports the visit
		{"Kenyan officials said Mwangi told visiting Ugandan Foreign Minister Okello that trade was growing.", "UGAGOV 042 KENGOV",
			[]string{"KENGOV 042 *", "* 036 *"}},
		{"Ghana's president held a welcome ceremony in Accra for his visiting Togolese counterpart.", "TGOGOV 042 GHAGOV", nil},
	})
}

// TestCoordinatedSubjects checks that two titled leaders joined by "and"
// before their verb are both its subjects, though the parser makes the
// first title the sentence's root and the verb a conjunct of it; and that
// an object before "and" stays the object of its own verb.
func TestCoordinatedSubjects(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan discussed the border dispute by telephone on Monday.",
			"KENGOV 041 TZAGOV", []string{"* * JORELI", "JORELI * *"}},
		{"Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan discussed the border dispute by telephone on Monday.",
			"TZAGOV 041 KENGOV", nil},
	})
}

// TestVisitingReview checks the review's cases of "visiting" told as a
// verb ("spent Tuesday visiting", "is in Pyongyang visiting", "travelled to
// Moscow, visiting"), where the subject visits; a visitor's other acts
// host nothing; a visit the clause negates stays negated; and the words
// around a visitor's participle make no event of the visit's ("praised
// the visiting leader" is no praise by the visitor).
func TestVisitingReview(t *testing.T) {
	checkCoded(t, []codedCase{
		{"U.S. Secretary of State Antony Blinken spent Tuesday visiting Ukrainian President Volodymyr Zelenskiy in Kyiv.",
			"USAGOV 042 UKRGOV", []string{"UKRGOV 042 USAGOV"}},
		{"Lavrov is in Pyongyang visiting North Korean leader Kim Jong Un.", "RUSGOV 042 PRKGOV", []string{"PRK 043 PRKGOV"}},
		{"Indian Prime Minister Narendra Modi travelled to Moscow, visiting Russian President Vladimir Putin for talks.",
			"INDGOV 042 RUSGOV", []string{"RUSGOV 042 INDGOV"}},
		{"Visiting Iranian Foreign Minister Hossein Amirabdollahian condemned the United States on Monday.", "IRNGOV 111 USA",
			[]string{"IRNGOV 042 USA", "USA 043 IRNGOV"}},
		{"Israeli troops detained a visiting American activist in the West Bank.", "ISRMIL 173 USAOPP",
			[]string{"USAOPP 042 ISRMIL", "ISRMIL 043 USAOPP"}},
		{"Russian President Vladimir Putin praised the visiting North Korean leader.", "PRK 042 RUSGOV", []string{"PRK 051 RUSGOV"}},
		// the second review: a sentence-initial visitor who is the
		// subject of the next verb, and one a statement reports
		{"Visiting Chinese Foreign Minister Wang Yi met Russian President Vladimir Putin in Moscow.", "CHNGOV 042 RUSGOV", nil},
		{"Kremlin officials said visiting US envoy Witkoff met Putin.", "USAGOV 042 RUSGOV", []string{"RUSGOV 042 USAGOV"}},
	})
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	const negated = "Germany said it will not meet visiting Iranian officials."
	_, events := codeText(t, chain, negated)
	for _, e := range events {
		if e.Code == "042" && e.Modality != entente.Negated {
			t.Errorf("%q: %s %s %s is %s, want negated", negated, e.Source, e.Code, e.Target, e.Modality)
		}
	}
}
