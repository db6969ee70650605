package pipeline

import "testing"

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
