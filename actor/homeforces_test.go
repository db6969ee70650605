package actor

import (
	"testing"
	"time"
)

// TestHomeForces: security forces that open a sentence with a place after
// "in" are that place's state's, and put the sentence there for the agents
// after them; troops so named are not (attachPrep), nor are security
// forces later in a sentence.
func TestHomeForces(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Security forces in Togo used tear gas on demonstrators.", "Security forces in Togo=TGOMIL demonstrators=TGOOPP"},
		{"The security forces in Honduras detained two men.", "security forces in Honduras=HNDMIL men=HNDCVL"},
		{"Troops in Chad stayed in their barracks.", "Chad=TCD their barracks=TCDMIL"},
		{"Kenya said security forces in Somalia were attacked.", "Kenya=KEN Somalia=SOM"},
	} {
		if g := spanCodes(m, tc.text); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestStateFought: armed bare agents in a sentence that says nowhere where
// it happens are of the one state whose forces, officials or country it
// names (stateFought); not when it names two states, or only people of one.
func TestStateFought(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Separatists shelled Ukrainian positions on Tuesday.", "Separatists=UKRREB Ukrainian=UKR"},
		{"Rebels overran a Myanmar military post.", "Rebels=MMRREB Myanmar military=MMRMIL"},
		{"Anglophone separatists ambushed a convoy, leaving three Cameroonian soldiers dead.", "separatists=CMRREB Cameroonian soldiers=CMRMIL"},
		{"Separatist forces shelled Ukrainian positions.", "Separatist forces=UKRREB Ukrainian=UKR"},
		{"Militants attacked Chinese engineers on Tuesday.", "Chinese engineers=CHNCVL"},
		{"Rebels attacked Chadian and Sudanese troops.", "Chadian=TCDMIL Sudanese troops=SDNMIL"},
		{"The rebels attacked Ukrainian positions.", "Ukrainian=UKR"},
		{"Gunmen attacked a base, killing Tanzanian peacekeepers.", "Tanzanian peacekeepers=TZAMIL"},
		{"Militants attacked a Beninese army post near the border with Burkina Faso.", "Militants=BENREB Beninese army=BENMIL Burkina Faso=BFA"},
		{"Gunmen attacked the Turkish embassy on Monday.", "Turkish embassy=TURGOV"},
		{"Pirates hijacked a Liberian-flagged tanker.", "Liberian=LBR"},
		{"Militants attacked Tajik troops near the Afghan border.", "Militants=TJKREB Tajik troops=TJKMIL Afghan=AFG"},
		{"Militants attacked the Afghan border town of Khost.", "Militants=AFGREB Afghan=AFG Khost=AFG"},
		{"Gunmen attacked Paraguayan police posts along the Brazilian border.", "Gunmen=PRYUAF Paraguayan police posts=PRYCOP Brazilian=BRA"},
		{"Cameroonian separatists kidnapped villagers on Monday.", "Cameroonian separatists=CMRREB villagers=CMRCVL"},
	} {
		if g := spanCodes(m, tc.text); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestTownOf: a town named after "the town of" (or city, village) places
// its sentence, as one after "in" does (placeState), through the places
// the matcher knows; a town hall "of" a town does not.
func TestTownOf(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m = m.WithPlaces(func(name string) string {
		if name == "Bouar" {
			return "CAF"
		}
		return ""
	})
	for _, tc := range []struct{ text, want string }{
		{"Rebels attacked the town of Bouar on Wednesday.", "Rebels=CAFREB"},
		{"Rebels attacked the villages of Bouar on Wednesday.", "Rebels=CAFREB the villages=CAFCVL"},
		{"Rebels attacked the town hall of Bouar on Wednesday.", ""},
		{"Police stopped 30 migrants in the town of Bouar on Wednesday.", "Police=CAFCOP"},
	} {
		if g := spanCodes(m, tc.text); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestAgentBeforeAdverb: a bare agent followed by an adverb ("militants
// reportedly"), a word of nearness ("close to", "next to") or of time is
// an agent, not the modifier of a noun ("militant networks"), and takes
// its country as any bare agent does.
func TestAgentBeforeAdverb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Nigerien soldiers killed 14 militants close to the border with Burkina Faso.", "Nigerien soldiers=NERMIL militants=NERREB Burkina Faso=BFA"},
		{"Nigerien soldiers killed militants next to a school.", "Nigerien soldiers=NERMIL militants=NERREB"},
		{"Militants reportedly attacked Tajik troops on Monday.", "Militants=TJKREB Tajik troops=TJKMIL"},
		{"Militant networks attacked Tajik troops on Monday.", "Tajik troops=TJKMIL"},
		{"Opposition rally organisers met Tajik officials on Monday.", "Tajik officials=TJKGOV"},
	} {
		if g := spanCodes(m, tc.text); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestReportingState: bare troops or police in the clause a state reports
// are that state's (reportingState); not when the report comes from an
// embassy abroad, the troops are placed or owned, or the speaker is no
// state.
func TestReportingState(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Nigeria's army said troops killed 20 insurgents on Monday.", "Nigeria's army=NGAMIL troops=NGAMIL insurgents=NGAREB"},
		{"Iraq said soldiers repelled an attack near the border.", "Iraq=IRQ soldiers=IRQMIL"},
		{"Turkey's interior ministry said police detained 30 suspects.", "Turkey's interior ministry=TURGOV police=TURCOP"},
		{"Chad's Paris embassy said troops annihilated a column.", "Chad=TCD Paris embassy=FRAGOV"},
		{"Kenya said troops in Somalia were attacked.", "Kenya=KEN Somalia=SOM"},
		{"The charity said soldiers fired on the crowd.", ""},
		{"Iraq said troops from Iran crossed the border.", "Iraq=IRQ troops from Iran=IRNMIL"},
	} {
		if g := spanCodes(m, tc.text); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestArabicNamesAndOldTitles: a family name after "al-" or "bin" that
// follows a given name is that person's, neither a place of that name
// (Sabah, Malaysia) nor an office holder who shares it; an entry that
// writes a title with a name, outside its tenure, leaves the title to the
// one now named ("Foreign Minister Abdullah", Afghanistan's of 2003 to
// 2006, is not Oman's).
func TestArabicNamesAndOldTitles(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Kuwaiti Foreign Minister Salem al-Sabah arrived in Baghdad.", "Kuwaiti Foreign Minister=KWTGOV Baghdad=IRQGOV"},
		{"Omani Foreign Minister Abdullah al-Yahya arrived in Baghdad.", "Omani Foreign Minister=OMNGOV Baghdad=IRQGOV"},
		{"Rebels attacked a convoy in Sabah.", "Rebels=MYSREB Sabah=MYS"},
		{"Saudi Crown Prince Mohammed bin Salman met Emir Tamim.", "Saudi=SAU Crown Prince Mohammed bin Salman=SAUGOV Emir Tamim=QATGOV"},
	} {
		if g := spanCodes(m, tc.text); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestRecentOfficeHolders: office holders of 2015 to 2025 are coded by the
// office they held on the story's date (a former minister as an elite,
// one whose Phoenix record ends in the 2000s by the entente record that
// replaces it).
func TestRecentOfficeHolders(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, date, want string
	}{
		{"Jean-Noel Barrot arrived in Algiers.", "2025-04-06", "Jean-Noel Barrot=FRAGOV Algiers=DZAGOV"},
		{"Dmytro Kuleba spoke at a conference.", "2022-05-01", "Dmytro Kuleba=UKRGOV"},
		{"Dmytro Kuleba spoke at a conference.", "2025-05-01", "Dmytro Kuleba=UKRELI"},
		{"Yvette Cooper spoke at a conference.", "2025-10-01", "Yvette Cooper=GBRGOV"},
		{"Toshimitsu Motegi spoke at a conference.", "2023-05-01", "Toshimitsu Motegi=JPNLEG"},
		{"Antonio Costa spoke at a conference.", "2025-02-01", "Antonio Costa=IGOEUREEC"},
		// a demonym of two states leaves the person the state the
		// dictionaries give (Congo-Brazzaville's president)
		{"Congolese President Denis Sassou Nguesso spoke at a conference.", "2022-07-25", "Congolese President Denis Sassou Nguesso=COGGOV"},
	} {
		d, err := time.Parse("2006-01-02", tc.date)
		if err != nil {
			t.Fatal(err)
		}
		if g := spanCodesAt(m, tc.text, d); g != tc.want {
			t.Errorf("%q on %s: got %q, want %q", tc.text, tc.date, g, tc.want)
		}
	}
}
