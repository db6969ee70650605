package pipeline

import (
	"strings"
	"testing"

	"entente"
)

// TestNoMisfires checks, through the whole chain, sentences on which rules
// of the dictionaries and the actor matcher once fired where they should
// not: each must not code the forbidden events (source, code and target;
// "*" matches any source or target, a two-digit code a whole root), and
// must code the wanted one when there is one.
func TestNoMisfires(t *testing.T) {
	checkCoded(t, []codedCase{
		// an attack on a place "in" a state is one way, no clash
		{"PKK fighters attacked an outpost in northern Iraq on Saturday.", "", []string{"IRQ * KURREB"}},
		// a sports win is no attack, a railway crossing no border, troops
		// rotated no release, citizens flown home no deportation, fighters
		// caught near a headquarters no occupation, a carrier sent to an
		// ally no show of force, and a city named as a place no party
		{"Spain downed England 2-1 in the final.", "", []string{"* 19 *"}},
		{"Police closed a railway crossing in Berlin after the derailment.", "", []string{"* 163 *"}},
		{"Ukraine returned troops to the front after rotation.", "", []string{"* 0841 *"}},
		{"Britain put its citizens on a flight home from Sudan.", "", []string{"* 174 *"}},
		{"Israeli troops captured Hamas fighters outside their headquarters.", "", []string{"* 192 *"}},
		{"The US sent an aircraft carrier toward Israel to deter Iran.", "", []string{"* 150 *"}},
		{"Hungary's Orban criticised the decisions taken in Brussels.", "", []string{"* * BEL"}},
		{"Students blocked the Gazela bridge in Belgrade.", "SRBEDU 144 SRB", nil},
		// fire opened near a crossing opens nothing
		{"Israeli and Egyptian troops opened fire near the Kerem Shalom crossing.", "", []string{"* 08 *"}},
		// labour strikes are no air strikes
		{"French unions carried out strikes in Paris on Thursday.", "", []string{"* 19 *"}},
		// denouncing is condemning, not ending a pact
		{"The US denounced Iran's cooperation with Russia.", "USA 111 IRN", []string{"* 16 *"}},
		// troops blocking roads blockade; only civilians obstruct
		{"Russian troops blocked roads into Kherson.", "", []string{"* 144 *"}},
		// troops gathering hold no rally
		{"Hundreds of Russian troops gathered near the Ukrainian border.", "", []string{"* 14 *", "* 114 *"}},
		// visas scrapped are no easing
		{"Latvia scrapped visas for Russian citizens.", "", []string{"* 081 *"}},
		// assistance sought is no aid given
		{"Kenya announced it would seek assistance from the World Bank.", "", []string{"* 03 *"}},
		// documents seized at a headquarters occupy nothing
		{"Police seized documents at the party headquarters in Ankara.", "", []string{"* 192 *"}},
		// a company gaining control of a port occupies nothing
		{"A Chinese company gained control of the port of Piraeus.", "", []string{"* 19 *"}},
		// hospitals on alert are no forces on alert
		{"China ordered its hospitals on high alert.", "", []string{"* 152 *"}},
		// a place in Brussels is Belgium's, not the EU's
		{"Belgian police raided homes in Brussels on Monday.", "", []string{"* * IGOEUREEC"}},
		// "off" after a verb is a particle, and a ship seized off a coast
		// is no act on the coast's state
		{"Villagers fought off Chinese fishermen, Philippine police said.", "", []string{"CHNCVL * *"}},
		{"Iran seized an oil tanker off Fujairah on Thursday.", "", []string{"IRN * ARE"}},
		// plain "Congo" beside the Republic named as a party, or beside a
		// place of the other Congo, stays the Democratic Republic
		{"Congo's army shelled rebel positions near Goma, officials in Brazzaville said.", "", []string{"COG * *", "COGMIL * *"}},
	})
}

// codedCase is a text, an event it must code ("SRC CODE TGT", "" for none
// required) and events it must not code (see misfire).
type codedCase struct {
	text      string
	want      string
	forbidden []string
}

// checkCoded codes each case's text through the default chain, as an
// article of 1 May 2024, and checks its wanted and forbidden events.
func checkCoded(t *testing.T, cases []codedCase) {
	t.Helper()
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		found := tc.want == ""
		_, events := codeText(t, chain, tc.text)
		for _, e := range events {
			if e.Source+" "+e.Code+" "+e.Target == tc.want {
				found = true
			}
			for _, f := range tc.forbidden {
				if misfire(f, e) {
					t.Errorf("%q: %s %s %s matches the forbidden %q", tc.text, e.Source, e.Code, e.Target, f)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s among %+v", tc.text, tc.want, events)
		}
	}
}

// misfire reports whether event e matches pattern f ("SRC CODE TGT", "*"
// for any actor, a two-digit code for a root).
func misfire(f string, e entente.Event) bool {
	p := strings.Fields(f)
	if len(p) != 3 {
		return false
	}
	code := p[1] == "*" || p[1] == e.Code || len(p[1]) == 2 && e.Root == p[1]
	return code && (p[0] == "*" || p[0] == e.Source) && (p[2] == "*" || p[2] == e.Target)
}

// TestPastReferenceDeeds checks that a deed the sentence measures time
// from ("since the invasion") is no event, and that one that dates the
// clause ("after the invasion") is its own doer's, not the clause's
// subject's.
func TestPastReferenceDeeds(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The Polish president visited Kyiv, his first trip since the Russian invasion.", "POLGOV 042 UKRGOV", []string{"* 19 *"}},
		{"The Polish president visited Kyiv after the Russian invasion.", "POLGOV 042 UKRGOV", []string{"POLGOV 19 *"}},
	})
}

// TestControlOfFirms checks that control taken of a company a state's
// adjective describes is property confiscated (1711), not its territory
// occupied (192), while control of a port stays an occupation.
func TestControlOfFirms(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The Greek government said it was taking control of a Canadian-led consortium.", "GRCGOV 1711 CAN", []string{"* 192 *"}},
		{"Venezuela took control of US oil company assets.", "VEN 1711 USA", []string{"* 192 *"}},
		{"Russian forces took control of the Ukrainian port of Mariupol.", "RUSMIL 192 UKR", nil},
		{"Mongolia's government seized control of the Australian-owned Tavan copper mine on Friday.", "MNGGOV 1711 AUS", []string{"* 192 *"}},
	})
}

// TestNamingNoCall checks that "what it called" names a thing and makes no
// call (the CALL block's default is a telephone call, 041).
func TestNamingNoCall(t *testing.T) {
	checkCoded(t, []codedCase{
		{"North Korea threatened on Sunday to respond with force to what it called repeated provocations by South Korea.", "PRK 130 KOR",
			[]string{"* 04 *"}},
	})
}

// TestRelativeClauseRoles checks the roles of relative clauses: the noun a
// passive relative clause modifies is its patient, not its doer ("nationals
// who had been held"), and the noun an active one with a subject of its own
// modifies is its object ("proposals he took to Tehran"), so that a place
// after "to" is not the one taken.
func TestRelativeClauseRoles(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Iran freed two Swiss nationals who had been held in Tehran's Evin prison for a year.", "IRN 0841 CHECVL", []string{"CHE 17 *", "CHECVL 17 *"}},
		{"Qatar mediated the release of Americans who were detained in Iran.", "", []string{"QAT 17 *", "USA 17 *"}},
		{"The UN envoy said the proposals he took to Tehran last month were rejected.", "", []string{"* 17 *", "* 18 *"}},
		// a relative clause with no relative pronoun has the noun it
		// modifies for object, who did what it is accused of
		{"Britain imposed sanctions on three Iranian officials it accused of ordering the arrest of journalists.", "GBR 112 IRNGOV", []string{"GBR 17 *"}},
	})
}

// TestEnvoyPosting checks that the state an ambassador is posted to is part
// of the envoy's mention, not a party: the envoy meets the minister named
// after the verb.
func TestEnvoyPosting(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The US ambassador to Mexico met the Mexican foreign minister to discuss security cooperation.", "USAGOV 040 MEXGOV",
			[]string{"* * MEX", "MEX * *"}},
	})
}

// TestPlaceNotKiller checks that beside a subject of the verb a place
// after "in" is where an act happened, not who did it ("killed a commander
// in an air strike in Gaza" against KILL's "* + IN $").
func TestPlaceNotKiller(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Israel's army said it had killed a senior Hamas commander in an air strike in Gaza.", "ISRMIL 190 PSEREBHMSMIL",
			[]string{"PSEGZA * *"}},
	})
}

// TestOperationsLaunched checks that a military operation or offensive
// launched in a place or against a party is an attack (190), the place's
// state its target, and that rescue, peacekeeping or anti-fraud operations
// and offensives of lobbying are not.
func TestOperationsLaunched(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Turkey launched a military operation in northern Syria.", "TUR 190 SYR", nil},
		{"Pakistan launched a military operation against militants in North Waziristan.", "PAK 190 PAKREB", nil},
		{"Kenya launched a rescue operation after the floods.", "", []string{"* 19 *"}},
		{"The UN launched a peacekeeping operation in Mali.", "", []string{"* 19 *"}},
		// offensives of words and operations to rescue people
		{"Ukraine mounted a lobbying offensive in Washington to secure more aid.", "", []string{"* 19 *"}},
		{"France launched a military operation to rescue hostages in Mali.", "", []string{"* 19 *"}},
		{"The EU launched an anti-fraud operation against Chinese e-commerce platforms.", "", []string{"* 19 *"}},
	})
}

// TestPlanOwners checks that an infinitive right after a party's bid or
// application ("Sweden's bid to join NATO") is that party's deed, not the
// deed of whoever blocks the bid.
func TestPlanOwners(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Turkey threatened to block Sweden's bid to join NATO.", "SWE 036 IGOWSTNAT", []string{"TUR 03 IGOWSTNAT", "TUR 04 IGOWSTNAT"}},
	})
}

// TestLoansAndTruces checks that a loan a lender approves for a state is
// aid extended (071), whatever the amount's currency, and that a trade
// truce broken is no ceasefire violated (196).
func TestLoansAndTruces(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The IMF approved a 3 billion dollar loan for Egypt.", "IGOBUSIMF 071 EGY", nil},
		{"The IMF approved a loan of 3 billion dollars for Egypt.", "IGOBUSIMF 071 EGY", nil},
		{"Washington accused Beijing of violating the trade truce.", "USAGOV 112 CHNGOV", []string{"* 196 *"}},
	})
}

// TestTariffsHit checks that tariffs that hit a state are imposed on it
// (163), no blow struck, and that a measure going into force travels
// nowhere.
func TestTariffsHit(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Washington's new duties on steel went into force on Wednesday, hitting Canada, the biggest supplier.", "USAGOV 163 CAN",
			[]string{"* 19 *", "* 042 *"}},
	})
}

// TestLegalActionTaken checks that legal action taken or a case brought
// against a party sues it (115).
func TestLegalActionTaken(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Brussels took fresh legal action against the UK on Wednesday.", "IGOEUREEC 115 GBR", nil},
		{"South Africa brought a case against Israel at the World Court.", "ZAF 115 ISR", nil},
	})
}

// TestReviewTariffsAndLeagues checks two of the session's review cases:
// sanctions a third party holds up are not eased, and a league named in a
// political sentence does not discard it.
func TestReviewTariffsAndLeagues(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Hungary delayed new EU sanctions on Russia for a week.", "", []string{"* 085 *"}},
		{"India suspended the Indian Premier League after Pakistan launched drone attacks on Indian cities.", "PAK 190 IND", nil},
	})
}

// TestCoderReview checks the coder review's other cases: sanctions named
// beside a strike do not make it a sanction; talks after which one leaves
// stay the subject's; a campaign's place is no doer; a military unit is no
// firm; a subject that names no actor leaves the place after "in" its
// state; a treaty named after a city is no place; "called on" is no
// naming.
func TestCoderReview(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Despite Western sanctions, Russian missiles hit Kyiv on Monday.", "RUS 195 UKRGOV", []string{"* 163 *"}},
		{"US tariffs on Canadian steel hit Canada.", "USA 163 CAN", []string{"* 143 *"}},
		{"US sanctions hit Russia as Ukrainian drones struck Moscow.", "USA 163 RUS", []string{"UKR 163 *"}},
		{"U.S. Secretary of State Antony Blinken left Cairo after talks with Egyptian President Abdel Fattah al-Sisi.", "USAGOV 046 EGYGOV", nil},
		{"The West condemned Russia's Ukraine campaign to seize territory.", "WST 111 RUS", []string{"UKR 192 RUS"}},
		{"Russian troops took control of the Ukrainian unit's positions near Avdiivka.", "RUSMIL 192 UKR", []string{"* 1711 *"}},
		{"The army killed 20 militants in a military operation in Pakistan.", "PAK 190 PAKREB", nil},
		{"Germany finally did what the United States had called on it to do.", "USA 020 ", nil},
	})
}

// TestBreakingThings checks that breaking a thing with no pattern for it
// ("an extended logjam", "trade rules") is no attack, while a ceasefire
// broken is violated (196) and lines broken through are attacked.
func TestBreakingThings(t *testing.T) {
	checkCoded(t, []codedCase{
		{"House and Senate negotiators, breaking an extended logjam over funding, agreed to appropriate funds.", "", []string{"* 19 *"}},
		{"The Commission has charged the United States with breaking international trade rules.", "", []string{"* 19 *"}},
		{"Russia broke the ceasefire in Ukraine.", "RUS 196 UKR", nil},
		{"Ethiopia has broken relations with Libya.", "ETH 161 LBY", nil},
		{"Iranian troops broke through Iraqi lines near Basra.", "IRNMIL 190 IRQ", nil},
	})
}

// TestEntryAirdropsAndStrafing checks verbs the dictionaries lacked: people
// turned away or refused entry are barred (172), migrants turned away sent
// back (174); relief and aid airdropped over or into a place are
// humanitarian aid (073), leaflets are none; strafing is fire from the air
// (195); wanted men handed over are extradited (174).
func TestEntryAirdropsAndStrafing(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Moldova turned away 19 Russians at Chisinau airport on Friday.", "MDA 172 RUS", nil},
		{"Poland denied entry to Belarusian truckers on Monday.", "POL 172 BLRLAB", nil},
		{"Estonia refused entry to Russian citizens on Wednesday.", "EST 172 RUSCVL", nil},
		{"Jordan's air force airdropped food over Gaza on Tuesday.", "JORMIL 073 PSEGZA", nil},
		{"Jordanian planes airdropped 12 tonnes of aid into northern Gaza on Tuesday.", "JOR 073 PSEGZA", nil},
		{"The US airdropped leaflets over Iraq.", "", []string{"* 07 *"}},
		{"Cameroonian military helicopters strafed Boko Haram fighters near Amchide on Sunday.", "CMRMIL 195 NGAREB", nil},
		{"Jordan handed over 14 wanted men to Syria on Sunday.", "JOR 174 SYR", nil},
	})
}

// TestGuestsHosted checks hosting told in other words: a chairman or a
// speaker received is a guest (043), and so is one for whom a red carpet
// is rolled out; a welcome received is none.
func TestGuestsHosted(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Erdogan received the chairman of the Bosnian presidency on Wednesday.", "TURGOV 043 BIH", nil},
		{"Seoul rolled out the red carpet for Turkmen President Serdar Berdimuhamedov on Tuesday.", "KORGOV 043 TKMGOV", nil},
		{"Nigeria's president received a warm welcome in Accra.", "", []string{"* 043 *"}},
	})
}

// TestNamesAndPenalties checks words of the verb dictionaries read in
// other senses: a word of an actor's name is no pattern word ("Rapid
// Support Forces" is no support), a guest received in the passive is
// hosted (043); a penalty slapped on a firm is a fine (172), not an
// assault; retaliating against a state's duties is a sanction (163), not
// an attack; a ship a navy seizes is property seized (171).
func TestNamesAndPenalties(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Sudan's army said its air defences shot down two Rapid Support Forces drones over Atbara on Monday.", "", []string{"* 051 *"}},
		{"The Iraqi prime minister was received in Amman by King Abdullah of Jordan.", "JORGOV 043 IRQGOV", nil},
		{"EU antitrust regulators slapped a penalty of more than 1.8 billion euros on Apple on Monday.", "IGOEUREEC 172 ", []string{"* 180 *"}},
		{"Ottawa retaliated against American duties by levying counter-tariffs on U.S. imports.", "CANGOV 163 USA", []string{"* 190 *"}},
		{"Iran's navy seized a Greek tanker on Thursday.", "IRNMIL 171 GRCBUS", []string{"* 173 *"}},
	})
}

// TestIraqiMilitias checks Iraq's Shiite militias, which the Phoenix files
// read as Lebanon's Hezbollah or a Palestinian rights group.
func TestIraqiMilitias(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Kataib Hezbollah attacked a US base in Iraq on Monday.", "IRQREB 190 USA", []string{"LBNREB * *"}},
		{"Asaib Ahl al-Haq fighters attacked a US base in Iraq on Monday.", "IRQREB 190 USA", nil},
		{"Hezbollah fired rockets at Israel.", "LBNREB 194 ISR", nil},
	})
}

// TestSessionReview checks the misfires a review of this session's rules
// found: titles inside titled names stay pattern words; a navy holding
// drills with ships seizes none, nor does one detaining fishermen on a
// trawler; turning away from a party bars no one; a welcome given to a
// plan, a warning received and a progressive "was welcoming" host no one;
// the verb "wanted" is no wanted man; a blockade retaliated against by
// rockets is an attack; a number after "and" begins a clause.
func TestSessionReview(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Modi received Japanese Prime Minister Fumio Kishida in New Delhi.", "INDGOV 043 JPNGOV", nil},
		{"Israel recalled Ambassador Gilad Erdan from Washington.", "ISR 161 USAGOV", nil},
		{"The Chinese navy held exercises with Russian ships.", "CHNMIL 062 RUS", []string{"* 171 *"}},
		{"Sri Lankan navy detained 12 Indian fishermen on a trawler.", "LKAMIL 173 INDAGR", []string{"* 171 *"}},
		{"Russia has turned away from the West.", "", []string{"* 172 *"}},
		{"France and Germany denied Ukraine entry into NATO at the Bucharest summit.", "", []string{"* 172 *"}},
		{"The Turkish foreign minister was welcoming the Swedish proposal.", "", []string{"* 043 *"}},
		{"Israel gave a lukewarm welcome to the Arab League peace plan.", "", []string{"* 043 *"}},
		{"Kyiv received a warning from the EU commissioner for enlargement.", "", []string{"* 043 *"}},
		{"Ukraine transferred the weapons Poland wanted to Polish forces.", "UKR 072 POLMIL", []string{"* 174 *"}},
		{"Gaza militants retaliated against Israel's trade blockade by firing rockets at Sderot.", "PSEGZAREB 190 ISR", []string{"* 163 *"}},
		{"Sudanese troops fled and 300 looted Egyptian shops.", "", []string{"SDNMIL * EGY"}},
	})
}

// TestDatesAndParticiples holds rules of session 29: a preposition before a
// day's or a month's name dates the act and leads to no target, a number
// before a participle goes with the noun after it, and no word outside the
// closed class of pronouns is tagged as one ("set free" read as a pronoun);
// representations made to a state are a protest, penalties imposed on an
// actor sanctions; a pattern of "said" does not take its words from an
// adjunct of the reported verb; defence forces are armed forces; a town or
// a post seized is territory taken, people named by their demonym are no
// place, and people returned to a country are sent back; UN and African
// Union missions and leaders of the Horn of Africa are actors.
func TestDatesAndParticiples(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Argentina's foreign ministry accused the United Kingdom on Wednesday of expanding military exercises around the Falkland Islands without notice.",
			"ARGGOV 112 GBR", []string{"* * GBRFLK"}},
		{"Pakistan set free 22 jailed fishermen from India on Thursday.", "PAK 0841 INDAGR", []string{"* 173 *"}},
		{"Sudan handed over 20 detained Egyptian traders to Egyptian officials on Tuesday.", "", []string{"* 173 *"}},
		{"Beijing has made stern representations to New Delhi over the remarks.", "CHNGOV 114 INDGOV", []string{"* 042 *"}},
		{"Israel condemned on Thursday Spain's recognition of a Palestinian state.", "ISR 112 ESP", []string{"* * PSE"}},
		{"Jordan said on Wednesday it was recalling the kingdom's ambassador to Israel over the Gaza offensive.", "JOR 161 ISRGOV", []string{"* 138 *"}},
		{"The U.S. Treasury Department on Wednesday imposed penalties on a pair of top M23 rebel leaders.", "USAGOV 163 CODREB", nil},
		{"The Kenya Defence Forces said they killed 11 al-Shabaab fighters in the Boni Forest.", "KENMIL 190 SOMREB", nil},
		{"The Uganda People's Defence Force attacked rebel camps in Ituri on Monday.", "UGAMIL 190 COD", []string{"MMRREB * *"}},
		{"In 1979 Tanzania's army took the Ugandan capital and drove Idi Amin from power.", "TZAMIL 192 UGA", []string{"* 173 *"}},
		{"Ecuador captured nine armed Colombians outside Nueva Loja on Tuesday.", "ECU 173 COL", []string{"* 192 *"}},
		{"UNIFIL accused the Israeli army on Wednesday of bulldozing a fence near Marwahin.", "IGOUNO 112 ISRMIL", nil},
		{"President Guelleh received Somalia's defence minister in Djibouti on Monday.", "DJIGOV 043 SOMGOV", nil},
		{"Israel said it would respond with an offensive in Rafah.", "ISR 138 PSEGZA", nil},
		{"Russian authorities seized the Danone headquarters.", "", []string{"* 192 *"}},
		{"Rights groups said Lebanon forcibly returned some 60 Syrians to Syria on Thursday.", "LBN 174 SYR", []string{"* 042 *", "* 043 *"}},
		{"Islamabad said on Wednesday it would send the Indian envoy home.", "PAKGOV 131 INDGOV", []string{"* 036 *"}},
		{"Niger sent the French ambassador home on Friday.", "NER 174 FRAGOV", []string{"* 050 *"}},
		{"Moscow sent home two British diplomats on Friday.", "RUSGOV 174 GBRGOV", []string{"* 050 *"}},
		{"France sent its ambassador home for consultations on Tuesday.", "FRA 161 ", []string{"* 050 *", "* 174 *"}},
		{"Taliban insurgents swept into Kabul on Sunday and seized the presidential palace.", "AFGMIL 192 AFGGOV", []string{"* 090 *", "* 173 *"}},
		{"M23 rebels swept into the Congolese city of Goma.", "CODREB 192 COD", []string{"* 090 *"}},
	})
}

// TestBorderPlaces checks that a state named only as the other side of a
// border near which something happens is no party to the act, while a
// crossing closed on a border is closed to it.
func TestBorderPlaces(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Nigerien soldiers killed 14 militants close to the border with Burkina Faso on Tuesday.", "NERMIL 190 NERREB", []string{"* * BFA"}},
		{"Nigerien soldiers beat back an assault on an army outpost close to the frontier with Libya on Monday.", "", []string{"* * LBY"}},
		{"Guatemalan soldiers fought a gun battle with narcotics traffickers close to the Mexican frontier in Huehuetenango.", "GTMMIL 190 GTMCRM", []string{"* 163 *", "* * MEX"}},
		{"Basotho troops exchanged fire with a band of livestock thieves close to the South African frontier on Monday.", "LSOMIL 190 LSOCRM", []string{"* * ZAF", "ZAF * *"}},
		{"Dakar yesterday shut the Kidira post on the Malian frontier following raids on Senegalese truckers.", "SEN 163 MLI", nil},
		{"Tajikistan opened its Oybek checkpoint on the Uzbek border again on Tuesday.", "TJK 080 UZB", nil},
	})
}

// TestQuantifierAt checks that the "at" of "at least" is no preposition of
// a pattern: "killed at least 12 fighters" is a killing by the subject,
// not one "at" the hands of those killed.
func TestQuantifierAt(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Cameroonian soldiers killed at least 12 Boko Haram fighters who attacked a military post near Kolofata on Monday.", "CMRMIL 190 NGAREB", []string{"NGAREB 1823 *"}},
		{"Chadian troops killed at most five rebels on Tuesday.", "TCDMIL 190 TCDREB", []string{"TCDREB * TCDMIL"}},
		{"Gunmen killed at least 15 worshippers in Burkina Faso.", "BFAUAF 193 BFAREL", []string{"BFAREL * *"}},
		{"Militants killed at least seven police officers in Pakistan's Khyber Pakhtunkhwa province.", "PAKREB 190 PAKCOP", []string{"PAKCOP * *"}},
	})
}

// TestMissileTests checks that missiles launched at no one, told with the
// waters they fell in or as a test, are a show of force (150) and the state
// whose waters they fell near is no target, while missiles fired at a
// target stay an attack.
func TestMissileTests(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Pyongyang launched a pair of ballistic missiles shortly before midnight on Wednesday, with both falling outside Japan's exclusive economic zone, the government in Tokyo said.",
			"PRKGOV 150 ", []string{"* 194 *", "* * JPN"}},
		{"Japan's defence ministry said a long-range ballistic missile fired by North Korea on Wednesday flew for about 74 minutes before falling outside Japan's exclusive economic zone.",
			"PRK 150 ", []string{"* 183 *", "* * JPN"}},
		{"Houthi rebels fired missiles at a tanker in the Red Sea on Monday.", "YEMREB 195 ", []string{"* 150 *"}},
		{"Russia launched missiles at Kyiv overnight, with debris falling in a test site.", "RUS 195 UKRGOV", []string{"* 150 *"}},
	})
}

// TestCompoundSideBySide checks that a compound subject of a one-way act
// with a complement of its own ("opposed to the plan", "called for calm")
// acts on that side by side, not on one another, while the two sides of a
// dispute or a fight still act on each other.
func TestCompoundSideBySide(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Norway and Iceland protested against the whaling ban on Monday.", "", []string{"NOR * ISL", "ISL * NOR"}},
		{"Chile and Peru are opposed to the new fishing quotas.", "", []string{"CHL * PER", "PER * CHL"}},
		{"Ghana and Togo protested to Burkina Faso over the arrests of their traders.", "GHA 111 BFA", []string{"GHA * TGO", "TGO * GHA"}},
		{"Guyana and Suriname disagreed over the maritime boundary.", "GUY 110 SUR", nil},
	})
}

// TestReportedSubject checks that a pattern of a verb of saying does not
// code what the subject of the reported clause names ("said a ceasefire
// should be ...": no ceasefire declared by the speaker), while words in the
// reported clause's predicate still do ("said it would meet"); and that a
// verb's form read as the noun of a predicate after "under" ("was under
// pressure", "is under attack") tells no act of its subject.
func TestReportedSubject(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Khamenei said a ceasefire should be concurrent with a withdrawal of Iraqi forces.", "", []string{"* 0871 *"}},
		{"Dawkins told reporters that retaliation against Japan was no way to solve trade disputes.", "", []string{"* 13 *", "* 130 *"}},
		{"Japan said it would meet Chinese officials next week.", "JPN 036 CHNGOV", nil},
		{"Analysts in New Delhi said the government was under strong public pressure to respond.", "", []string{"* 170 *"}},
		{"Ukraine is under attack from Russia.", "", []string{"UKR * RUS"}},
	})
}

// TestDatingDeed checks that a deed named only to date another ("after the
// invasion of Ukraine") takes no doer from the actors before it by word
// order, while one whose doer it names keeps it.
func TestDatingDeed(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Russia became India's largest supplier of crude after the invasion of Ukraine in 2022.", "", []string{"IND * *"}},
		{"Chile became Peru's main lender after the war with Bolivia.", "", []string{"PER * *"}},
		{"China's exports grew after the invasion of Ukraine by Russia.", "RUS 192 UKR", []string{"CHN * *"}},
	})
}

// TestPassiveDoer checks that the doer of a passive is its agent and not an
// actor named deeper in the sentence (the owner of a convoy in a clause of
// "when", the people of a suspicion's matter), and that a pattern's word
// inside an actor's name ("charge d'affaires") is no word of the pattern.
func TestPassiveDoer(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Pakistan vowed to protect Chinese engineers working on the dam. Three Chinese nationals were killed in March when a gunman attacked their minibus.",
			"", []string{"* 18 *", "* 19 *"}},
		{"A U.S. Marine was held on suspicion of lying about contacts with Soviet nationals.", "", []string{"* 17 *"}},
		{"Two Afghan soldiers were killed by Pakistani troops.", "PAKMIL 190 AFGMIL", nil},
		{"The Italian foreign minister met the Iranian charge d'affaires in Rome on Tuesday.", "ITAGOV 040 IRNGOV", []string{"* 11 *"}},
	})
}

// TestNamedAsNoCall checks that a thing called something makes no
// telephone call (CALL's default 041), that "on" before a weekday dates a
// call rather than making it an appeal ("called on"), that a passive's
// agent is not the agent of a noun after it ("halted after mediation by
// Qatar"), that flying close to a coast is no visit, that recognising a
// government is the grant of recognition (054), that a trip completed was
// made, and that a participle describing its noun ("ministers meeting here")
// meets no party named in another clause.
func TestNamedAsNoCall(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Moscow called the naval drills \"a reckless provocation\" on Friday.", "", []string{"* 04 *"}},
		{"Tehran called the new European sanctions illegal and counterproductive.", "", []string{"* 04 *"}},
		{"Erdogan called Putin on Friday.", "TURGOV 041 RUSGOV", []string{"* 02 *"}},
		{"The fighting was halted only after mediation by Qatar.", "", []string{"QAT * *", "* * QAT"}},
		{"Chinese bombers flew close to the Japanese coast on Tuesday.", "", []string{"* 04 *"}},
		{"Belarus recognised the new Taliban government in March.", "BLR 054 AFGGOV", nil},
		{"The Chilean foreign minister completed a three-day trip to Peru on Friday.", "CHLGOV 042 PER", []string{"* 16 *"}},
		{"EU foreign ministers meeting here issued a statement criticising Japan's export surplus.", "", []string{"* 04 JPN"}},
	})
}

// TestAskedForNotDone checks that an act asked for ("asked for a meeting")
// or weighed ("thinking about sanctions") is not told as done, that asking
// for help is an appeal (023), that thinking ill of a party does nothing
// to it, that an act a thing aims at is not done, and that insisting on
// something demands it (100).
func TestAskedForNotDone(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, root string
	}{
		{"Ukraine asked for a meeting with NATO.", "04"},
		{"India insisted on talks with Pakistan.", "04"},
		{"Japan is thinking about sanctions against Russia.", "16"},
		{"Israel thinks Iran is lying.", "06"},
	} {
		_, events := codeText(t, chain, c.text)
		for _, e := range events {
			if e.Root == c.root && e.Factual() {
				t.Errorf("%q: %s %s %s is %s", c.text, e.Source, e.Code, e.Target, e.Modality)
			}
		}
	}
	checkCoded(t, []codedCase{
		{"Pakistan asked for Chinese help on Tuesday.", "PAK 023 CHN", []string{"* 04 *"}},
		// insisting on something demands it; insisting one did nothing
		// denies it
		{"Serbia insisted on talks with Kosovo.", "SRB 100 KSV", []string{"* 016 *"}},
		// an act a thing leads to or aims at is not done, nor by the
		// speaker
		{"Russia condemned the deal as a step toward invasion.", "", []string{"* 19 *"}},
		{"North Korea condemned the pact as a dangerous alliance aimed at invasion.", "", []string{"* 19 *"}},
	})
}

// TestPresenceVisit checks that an official, government or international
// body told to be in another state's territory or capital visits it (042,
// hosted 043) when the text tells a stay (a purpose, a time), and that
// forces, embassies and exiles there do not.
func TestPresenceVisit(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The Kenyan foreign minister was in Addis Ababa on Monday for talks on the border.", "KENGOV 042 ETHGOV", nil},
		{"A European Union delegation is in Kinshasa to observe the vote.", "IGOEUREEC 042 COD", nil},
		{"Ethiopian troops are in Somalia.", "", []string{"* 04 *"}},
		// a stay, not where one lives or sits
		{"The Chinese embassy is in Washington.", "", []string{"* 04 *"}},
		{"The deposed Sudanese president is in Egypt.", "", []string{"* 04 *"}},
	})
}

// TestConsultationParties checks the parties of consultations the parser
// misreads: two subjects joined by "and" are one coordinated subject; a
// "with" phrase naming the other party that the parse hung on a noun of
// the topic, or on a weekday, is the verb's; a party named in what the
// talks are about is their topic, and no pattern reads the verb on words
// of that topic ("ships" is no seizure of ships).
func TestConsultationParties(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Kuwait's prime minister and Jordan's Ayman Safadi held talks in Amman on Tuesday on regional tensions, including attacks on shipping, officials said.",
			"KWTGOV 046 JORGOV", []string{"* 17 *"}},
		{"The Chilean foreign minister discussed fishing rights and river pollution with his Argentine counterpart in Santiago on Friday.",
			"CHLGOV 046 ARGGOV", nil},
		{"Peru held talks on Wednesday with Ecuador.", "PER 046 ECU", nil},
		{"Austria held talks about Serbian attacks on ships.", "", []string{"* 17 *", "AUT * SRB"}},
		// the party a topic is discussed with, named with a title, even
		// when the parse hangs the "with" on the topic
		{"Peru's foreign minister discussed Bolivia's border dispute with Chilean Foreign Minister Alberto van Klaveren on Monday.",
			"PERGOV 046 CHLGOV", []string{"PERGOV * BOL"}},
		{"Peru's president discussed mining and water rights with Bolivia's chief negotiator in Lima on Friday.", "PERGOV 046 BOLGOV", nil},
		// talks that are the purpose of a journey to come are intended,
		// though the parse hangs them on the date
		{"The Bolivian minister will travel to Santiago next week for talks with Chile's president.", "BOLGOV 036 CHLGOV", []string{"* 046 *"}},
		// nor is a party named in what a party agrees to discuss
		{"Russia agreed to discuss the problems of Syria and Libya at the next round.", "", []string{"RUS * SYR", "RUS * LBY"}},
	})
}

// TestWeaponsFiredFrom checks that a weapon fired from a state, with no
// one named as firing it, is that state's, and that a shell that "landed"
// in a country is fire on it, not a visit, when the parse makes "landed"
// a complement of "fired".
func TestWeaponsFiredFrom(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Rockets fired from Syria hit a village in northern Jordan on Sunday.", "SYR 195 JOR", nil},
		{"Two farmers were hurt when a shell fired from across the Armenian border landed in Azerbaijan on Monday.", "ARM 194 AZE", []string{"* 04 *"}},
	})
}

// TestCompanyOwner checks that the state whose adjective names a company is
// the target of what is done to the company's people ("the executives of
// Turkish Petroleum").
func TestCompanyOwner(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Canada sanctioned three directors of Iranian Shipping Lines on Tuesday.", "CAN 163 IRN", nil},
	})
}

// TestRecentLeaders checks leaders in office after the Phoenix files end,
// named with their titles or alone (entente.actors.txt, session 34).
func TestRecentLeaders(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Sultan Haitham bin Tariq met King Salman in Riyadh on Monday.", "OMNGOV 040 SAUGOV", nil},
		{"Emir Tamim telephoned Kyriakos Mitsotakis on Monday.", "QATGOV 041 GRCGOV", nil},
		{"Sadyr Japarov hosted Emomali Rahmon in Bishkek.", "KGZGOV 043 TJKGOV", nil},
	})
}

// TestDescribedPair checks that "the two" with words describing the pair
// before its noun ("the two nuclear-armed neighbours") refers to the two
// parties of the sentence before, and "the two ministers" to the two
// persons named as ministers.
func TestDescribedPair(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Armenia accused Azerbaijan of shelling a village. Russia urged the two warring neighbours to respect the ceasefire.", "RUS 022 AZE", nil},
		{"Armenia accused Azerbaijan of shelling a village. Russia urged the two warring neighbours to respect the ceasefire.", "RUS 022 ARM", nil},
		// "the two ministers" are the two named as ministers, though
		// others were named since
		{"Japan's foreign minister said relations with Seoul had improved. The South Korean minister thanked Tokyo for its help. " +
			"Officials in Pyongyang denied any role. The two ministers also discussed North Korea.", "JPNGOV 046 KORGOV", []string{"* 04 PRK", "* 04 PRKGOV"}},
	})
}

// TestJoinedAttackers checks that two subjects joined by "and" who strike
// or fight something else act together on it, not on one another, while
// two who clash or fight a war do; that a "by" phrase of a participle in
// the object is no pattern's "by"; that "adding" a remark grants nothing;
// and that "calling" a thing something names it.
func TestJoinedAttackers(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Paris and Rome hit sites used by Islamic State fighters on Saturday.", "FRAGOV 190 IMGMUSISI", []string{"FRAGOV * ITAGOV", "ITAGOV * FRAGOV", "* 11 *"}},
		{"Chad and Niger fought militants along the border.", "", []string{"TCD * NER", "NER * TCD"}},
		{"Armenia and Azerbaijan fought a war over the region.", "ARM 190 AZE", nil},
		{"Armenia and Azerbaijan killed hundreds of soldiers in the fighting.", "ARM 190 AZE", nil},
		{"Peru condemned the raid, the ministry said, adding that it violated Chilean sovereignty.", "", []string{"* 06 *"}},
		{"Egypt condemned the Turkish strikes on Libyan targets, calling them a clear violation of Libyan sovereignty.", "EGY 111 TUR", []string{"* 04 *"}},
	})
}

// TestParliamentDeputy checks that a deputy is a member of a parliament (LEG),
// an opposition one the opposition, not the police the Phoenix agents file
// makes of "deputy".
func TestParliamentDeputy(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Authorities in Senegal arrested an opposition deputy in Dakar on Tuesday.", "SENGOV 173 SENOPP", []string{"* * SENCOP"}},
		{"Georgian police detained two opposition deputies outside parliament.", "GEOCOP 173 GEOOPP", []string{"* * GEOCOP"}},
	})
}

// TestSaidIn checks that the place where something was said ("officials
// said in Brussels") gives no nationality to the people a sentence names,
// and that migrants pushed back at a border are sent back (174), as those
// turned back are.
func TestSaidIn(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Canada on Monday imposed sanctions on three people accused of smuggling arms, officials said in Ottawa.", "", []string{"* * CANCVL"}},
		{"Polish border guards pushed back 30 migrants who tried to cross from Belarus on Sunday.", "POLMIL 174 BLR", []string{"* 10 *"}},
	})
}

// TestCameDown checks that a drone that "came down" in a country crashed
// there and visited no one.
func TestCameDown(t *testing.T) {
	checkCoded(t, []codedCase{
		{"A Russian drone that flew in from Belarus came down in eastern Poland on Sunday.", "", []string{"* 04 *"}},
	})
}

// TestReviewedRules holds the cases a review of session 34's rules found
// misfiring, each a sentence of our own: fire traded or aimed at each
// other's positions is mutual; "including" after a party's "with" phrase
// lists parties, not topics; a country in a "with" phrase of the topic's
// noun ("ties with China") is topic; a weapon whose launcher is named, if
// not known, is not its launch site's; troops take a building by
// occupation; "reported in Kenya" places the act; "the two ministers" are
// no prime minister; one who comes under fire for a deed makes no visit,
// and the deed stays done.
func TestReviewedRules(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Armenia and Azerbaijan traded artillery fire overnight.", "ARM 194 AZE", nil},
		{"Thai and Cambodian troops shelled each other's positions along the border.", "THAMIL 194 KHMMIL", nil},
		{"The Saudi crown prince held talks with regional leaders, including Iran's president.", "SAUGOV 046 IRNGOV", nil},
		{"Japanese and Australian ministers discussed the deterioration of ties with China.", "JPNGOV 046 AUSGOV", []string{"* * CHN"}},
		{"A drone launched from Iraq by unknown attackers struck an oil field in Kuwait.", "", []string{"IRQ * *"}},
		{"Russian troops took control of the Ukrainian government building in Kherson.", "RUSMIL 192 UKRGOV", []string{"* 1711 *"}},
		{"Clashes between police and protesters were reported in Kenya on Monday.", "KENCOP 190 KENOPP", nil},
		{"Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Beijing on Monday. " +
			"Indian Prime Minister Narendra Modi later spoke to US President Donald Trump by phone. " +
			"The two ministers signed an agreement on a rail link.", "CHNGOV 057 PAKGOV", []string{"* 057 INDGOV", "INDGOV 057 *"}},
		{"Moscow could come under fire at the summit for its invasion of Ukraine.", "RUSGOV 192 UKR", []string{"* 04 *"}},
	})
}

// TestDecidedSanctions checks that a sanction, cut or break of ties that
// is agreed, decided or approved is imposed (16x), not threatened (13x),
// while one only planned stays a threat.
func TestDecidedSanctions(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The European Union agreed on Monday to extend sanctions on Iran over its supply of drones.", "IGOEUREEC 163 IRN", []string{"* 13 *"}},
		{"Ukraine decided to sever diplomatic relations with Iran.", "UKR 161 IRN", []string{"* 13 *"}},
		{"Japan decided to cut aid to Myanmar.", "JPN 162 MMR", []string{"* 13 *"}},
		{"Washington approved new sanctions on Iranian oil exports.", "USAGOV 163 IRN", []string{"* 08 *"}},
		{"Japan will decide to cut aid to Myanmar.", "JPN 1311 MMR", []string{"* 162 *"}},
		{"Japan refused to agree to sanctions on Myanmar.", "", []string{"* 163 *"}},
	})
}

// TestMediatedTalks checks that a party named as the agent of a
// participle ("talks mediated by Turkey") or a capital where it was is
// not the target of the main verb, whose coordinated subjects act on one
// another, and that the mediation told as past is not intended.
func TestMediatedTalks(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Ethiopia and Somalia agreed to restore diplomatic relations after talks mediated by Turkey in Ankara.", "ETH 030 SOM", []string{"* * TUR", "* * TURGOV", "TUR 039 *"}},
		{"Ethiopia and Somalia agreed to restore diplomatic relations after talks mediated by Turkey in Ankara.", "TUR 045 ", nil},
	})
}

// TestVisitBy checks that "a visit by X to Y" is X's visit to Y, also when
// the parse hangs the "by" on the first word of X's name.
func TestVisitBy(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The visit by Olaf Scholz to Kyiv came a week after the attack.", "DEUGOV 042 UKRGOV", nil},
		{"China and Russia signed the deal during a visit by Xi Jinping to Moscow.", "CHNGOV 042 RUSGOV", []string{"RUS 042 *"}},
	})
}

// TestMilitaryAidPledged checks that military or security aid pledged,
// with its sum, is military aid (0332), not the economic aid (0331) of a
// sum pledged.
func TestMilitaryAidPledged(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Germany pledged 500 million euros in military aid to Ukraine.", "DEU 0332 UKR", []string{"* 0331 *"}},
		{"The United States pledged $300 million in security assistance to Taiwan.", "USA 0332 TWN", nil},
		{"France pledged 100 million euros in aid to Lebanon.", "FRA 0331 LBN", nil},
	})
}

// TestHeldOut329Rules checks the rules that the misses of held-out rounds
// 329 to 332 led to, each on a sentence of our own: a phone call held with
// someone; food aid paused or suspended (1623), with an acronym subject
// the tagger read as a symbol and a long closing attribution; arms
// unloaded for a state's army (072); house arrest and custody (173);
// rebels who seize a person take a hostage (181); companies sanctioned
// where they are based; peacekeepers pulled out (1661); a reporter sent
// out of the country (174); a capital before a site names where, not
// whose; a weapon's hyphenated modifier keeps its owner; a person named
// after "with" inside what is discussed is consulted; a past tense the
// tagger read as a preposition, or as a participle before "as it began",
// is the verb.
func TestHeldOut329Rules(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Egypt's President Abdel Fattah al-Sisi held a phone call with Somali President Hassan Sheikh Mohamud on Tuesday.", "EGYGOV 041 SOMGOV", nil},
		{"USAID suspended food aid deliveries to Ethiopia on Thursday, citing a diversion of grain, a US embassy spokesperson in Addis Ababa said.", "USAGOVDEV 1623 ETH", []string{"* 010 *"}},
		{"The United States paused food assistance to Ethiopia.", "USA 1623 ETH", nil},
		{"An Egyptian warship unloaded weapons at Mogadishu port on Monday for the Somali army.", "EGYMIL 072 SOMMIL", nil},
		{"South Sudanese security forces placed the country's vice president under house arrest on Wednesday.", "SSDMIL 173 SSDGOV", nil},
		{"Papuan separatist rebels seized a New Zealand pilot on Tuesday.", "IDNREB 181 NZL", []string{"* 173 *"}},
		{"The US Treasury sanctioned six companies based in Hong Kong on Thursday.", "USAGOV 163 HKG", nil},
		{"Russia began pulling its peacekeepers out of Lebanon on Wednesday.", "RUS 1661 LBN", nil},
		{"Kazakhstan sent a Russian reporter out of the country on Wednesday.", "KAZ 174 RUSMED", nil},
		{"Police raided the Tbilisi headquarters of the opposition party on Thursday.", "GEOCOP 190 GEOOPP", []string{"* * GEOGOV"}},
		{"US forces destroyed three Houthi anti-ship cruise missiles in Yemen on Thursday.", "USAMIL 1712 YEMREBMIL", []string{"* * USAMIL"}},
		{"Malaysia's foreign minister discussed US tariffs and regional security with Antony Blinken in Kuala Lumpur.", "MYSGOV 046 USAGOV", nil},
		{"Houthi rebels hit the perimeter of Israel's main airport with a missile on Sunday, the first time a missile from Yemen evaded air defences there, the Israeli military said.", "YEMREB 194 ISR", nil},
		{"Azerbaijan's military bombarded ethnic Armenian positions on Tuesday as it began a military operation in the Karabakh region, residents said.", "AZEMIL 190 ARM", nil},
		{"Drones launched by the RSF struck fuel storage facilities in Port Sudan on Monday, an army spokesman said, reporting a major blaze.", "SDNREB 195 SDN", nil},
		{"The Tatmadaw bombed a village in Sagaing region on Tuesday.", "MMRMIL 190 MMRCVL", nil},
	})
}

// TestThirdParties checks that a state named between another state and
// its envoy is where the envoy is sent, not whose he is; that one named in
// an absolute "with" clause ("with Erdogan mediating") or in a concession
// ("in spite of anger from India") is not the target; and that a deed
// told as done and as stopped in one sentence is kept as done.
func TestThirdParties(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Sudan's army chief discussed aid corridors with Washington's Sudan envoy in Port Sudan on Monday.", "SDNMIL 046 USAGOV", []string{"* * SDNGOV"}},
		{"Somalia's president held talks with Ethiopia's prime minister in Ankara on Wednesday, with Turkish President Recep Tayyip Erdogan mediating.", "SOMGOV 046 ETHGOV", []string{"SOMGOV * TURGOV", "SOMGOV * TUR"}},
		{"Russia and Pakistan conducted their first joint military drills in spite of anger from India.", "RUS 062 PAK", []string{"* * IND"}},
		{"Armenia and Azerbaijan stopped fighting on Tuesday, ending a war that killed several thousand soldiers.", "ARM 190 AZE", nil},
	})
}

// TestOwnersAndWaters checks that a state named off whose coast an act
// happened is not its target; that people "were wounded" (read by the
// tagger as an adjective) are the patients, wounded by the "by" phrase's
// head; that a thing "used by" or "tied to" an actor is that actor's; and
// that a possessor of an actor with a role gives way to it.
func TestOwnersAndWaters(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Houthi fighters hijacked a vehicle carrier off Yemen's coast on Sunday.", "YEMREB 181 ", []string{"* * YEM"}},
		{"Several American service members were wounded on Monday when rockets launched by suspected Iran-aligned militants slammed into a base in Iraq.", "IRQREB 180 USA", []string{"USA * *"}},
		{"American F-16s bombed an ammunition depot tied to Iran's Revolutionary Guards in eastern Syria on Friday.", "USA 194 IRNMIL", []string{"* * SYR"}},
		{"US fighter jets struck two facilities used by Iran's Revolutionary Guards in eastern Syria on Friday.", "USAMIL 195 IRNMIL", []string{"* * IRN"}},
	})
}

// TestSentToStrike checks that jets sent to bomb a party attack it and
// give it no aid (weapons sent to one party to fight another stay aid),
// that "as fighting flared" names no doer from the clause before, that an
// arrest at an airport occupies nothing, and that a word in "-ist" read
// as a superlative adverb is a noun again.
func TestSentToStrike(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The Royal Thai Air Force sent F-16 jets to bomb Cambodian army positions as fighting flared around the temples.", "THAMIL 190 KHMMIL", []string{"* 07 *", "KHMMIL * *"}},
		{"The United States sent weapons to Ukraine to fight Russia.", "USA 072 UKR", nil},
		{"Philippine police arrested former president Rodrigo Duterte at Manila's airport on Tuesday.", "PHLCOP 173 PHLELI", []string{"* 192 *"}},
		{"French police arrested a suspected Basque separatist wanted by Spain near Bayonne.", "FRACOP 173 ESP", nil},
	})
}

// TestSaidAndSummits checks that a participle after a comma joined to a
// reported clause is the sayer's ("said that ..., accusing X"); that ties
// ruined are relations reduced (161), no force; that a summit held is a
// meeting, never a detention; that "the village of" an unknown place is
// no actor; and that fire near a place is no bombing.
func TestSaidAndSummits(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Sergei Lavrov said on Tuesday that Yerevan was steering Armenia away from Russia, accusing Pashinyan's government of ruining bilateral ties.", "RUSGOV 112 ARMGOV", []string{"* 19 *", "ARMGOV 112 *"}},
		{"China held a summit with Kazakhstan in Xian on Monday.", "CHN 040 KAZ", []string{"* 173 *"}},
		{"Azerbaijani forces opened fire on Armenian positions near the village of Nerkin Hand on Tuesday.", "AZEMIL 193 ARM", []string{"* * AZECVL"}},
		{"Azerbaijani troops fired at a combat post near Nerkin Hand in Armenia's Syunik province on Tuesday.", "AZEMIL 190 ARM", []string{"* 183 *"}},
	})
}

// TestReviewedRules35 holds the cases a review of session 35's rules found
// misfiring: sanctions eased or called for by an adopted resolution, or
// plans unveiled, are not imposed; a decision conditioned by "unless"
// stays a threat; "sanctioned" a deployment authorises it; drones sent to
// one state to attack another stay aid to the first; a visit postponed,
// cancelled or denied did not happen; a sentence passed by rebels is no
// hostage-taking, nor are soldiers taken; one's own soldiers sent out of
// the country are not expelled; praise at a meeting hosts no one; a call
// with one's team is no call with a state; a mediator's own capital is
// not a party; a confrontation with forces is not a consultation with
// them; drills off a coast are against its state.
func TestReviewedRules35(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The Security Council adopted a resolution easing sanctions on Somalia, diplomats in New York said on Friday.", "", []string{"* 163 *"}},
		{"The United States unveiled plans to sanction Chinese firms that supply Russia's military, officials said on Friday.", "", []string{"* 163 *"}},
		{"The Arab League decided to suspend Syria's membership unless Damascus halts its crackdown within a week.", "IGOMEAARL 1313 SYR", []string{"IGOMEAARL 161 *"}},
		{"The UN Security Council sanctioned the deployment of a Kenyan-led police force to Haiti on Monday.", "", []string{"* 163 *"}},
		{"Iran sent drones to Russia to attack Ukrainian cities, Western intelligence officials said on Tuesday.", "IRN 072 RUS", nil},
		{"Houthi rebels convicted 11 Yemenis of spying for Israel and sentenced them to death.", "", []string{"* 181 *"}},
		{"Rebel forces in Myanmar's Shan state detained dozens of junta soldiers who surrendered after a battle.", "", []string{"* 181 *"}},
		{"Russia sent its wounded soldiers out of the country for treatment in Belarus.", "", []string{"* 174 *"}},
		{"The European Union welcomed Serbia's commitment to dialogue with Kosovo at the talks in Brussels.", "", []string{"* 043 *"}},
		{"French President Emmanuel Macron had a call with his team in Paris before flying to Beijing.", "", []string{"* 041 *"}},
		{"Armenia and Azerbaijan agreed to restore relations after talks mediated by Russia in Moscow.", "ARM 030 AZE", []string{"* * RUSGOV", "* * RUS"}},
		{"The German chancellor discussed Ukraine's confrontation with Russian forces at a meeting in Berlin.", "", []string{"* 04 RUSMIL"}},
		{"Chinese warships conducted drills off Taiwan's coast on Monday.", "CHNMIL 150 TWN", nil},
	})
}

// TestCalledOffVisits checks that a visit postponed, cancelled or whose
// reports are denied is coded as negated, not as done.
func TestCalledOffVisits(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"A visit by U.S. Secretary of State Antony Blinken to Beijing was postponed after a Chinese balloon was spotted.",
		"China cancelled a planned visit by German Foreign Minister Annalena Baerbock to Beijing.",
		"Russia denied reports of a secret visit by Kim Jong Un to Moscow.",
	} {
		_, events := codeText(t, chain, text)
		found := false
		for _, e := range events {
			if e.Code != "042" {
				continue
			}
			found = true
			if e.Modality != entente.Negated {
				t.Errorf("%q: %s 042 %s is %s, want negated", text, e.Source, e.Target, e.Modality)
			}
		}
		if !found {
			t.Errorf("%q: no visit among %+v", text, events)
		}
	}
}

// TestAheadOf checks that a party of an act that dates another ("ahead of
// negotiations with Washington") does not take the place of the party the
// talks are held with.
func TestAheadOf(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Oman's foreign minister held talks with his Iranian counterpart in Muscat on Saturday, ahead of a new round of nuclear negotiations with Washington.", "OMNGOV 046 IRNGOV", nil},
	})
}

// TestPastAdjuncts checks that what a speaker said on his return from, or
// during, a visit announces no visit (the visit itself is coded), and
// that aid promised to be stopped is a threat to stop it, not aid given.
func TestPastAdjuncts(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Pakistan's foreign minister said on his return from a visit to Russia that ties were improving.", "PAKGOV 042 RUS", []string{"* 036 *"}},
		{"The Pakistani prime minister said during a visit to Beijing that the corridor would be expanded.", "PAKGOV 042 CHNGOV", []string{"* 036 *"}},
		{"The United States promised to stop military assistance to Egypt on Tuesday.", "USA 1311 EGY", []string{"* 0332 *", "* 033 *"}},
		{"Germany stopped humanitarian aid to Niger after the coup.", "DEU 1623 NER", nil},
	})
}

// TestAttackNouns checks that an attack, raid or air strike told as a
// noun is coded with the doer its own words name (an adjective, "by", the
// weapon's adjective, the subject of a verb that does it) and the party
// it falls on; that the victims or the reporter are never its doer; that
// a target across a verb is not the noun's; and that the weapon makes it
// an aerial (195) or artillery (194) attack.
func TestAttackNouns(t *testing.T) {
	checkCoded(t, []codedCase{
		{"The attack by Russia on Ukraine killed ten people.", "RUS 190 UKR", nil},
		{"Ten people were killed in a Russian missile attack on Kharkiv on Sunday.", "RUS 195 UKR", []string{"UKRCVL * *"}},
		{"U.S. warships destroyed an Iranian oil platform in retaliation for Friday's Iranian missile attack on a U.S. flag tanker.", "IRN 195 USA", nil},
		{"Ten people were killed in an attack on a market in Kharkiv.", "", []string{"UKRCVL 19 *", "UKR 19 *"}},
		{"Kenyan troops killed five al-Shabaab fighters in an attack on a base in Somalia.", "KENMIL 190 SOMREB", []string{"SOMREB 19 *"}},
		{"Jordan condemned Israel on Monday over a settler attack on a village near Ramallah.", "JOR 111 ISR", []string{"JOR 19 *"}},
		{"Officials said the attacks took place after the start of talks on Afghanistan in Geneva.", "", []string{"* 19 AFG"}},
		{"Rescuers searched a cafe in Hroza that was hit by a Russian missile yesterday, officials said.", "RUS 195 ", []string{"* 141 *", "* 114 *"}},
		{"A foreign trawler was seized by the Fijian navy on Tuesday.", "FJIMIL 1711 ", nil},
	})
}

// TestHedgedNouns checks the modality an event noun takes from its own
// modifier or from the word it depends on.
func TestHedgedNouns(t *testing.T) {
	checkModalities(t, []modalityCase{
		{"The risk of an Iranian attack on U.S. warships is rated as low.", "190", entente.Hypothetical},
		{"Russia was blamed by Poland for the attack on Warsaw.", "190", entente.Alleged},
		{"Officials in Islamabad prepared for a planned visit by Chinese Foreign Minister Wang Yi to Pakistan.", "036", entente.Intended},
		{"China is preparing for an invasion of Taiwan, US officials said.", "1382", entente.Intended},
		{"Iran denied any role in the attack on the tanker off Oman.", "190", entente.Negated},
		{"Iran denied involvement in the drone attack on Saudi oil facilities.", "195", entente.Negated},
		{"The agreement signed by Turkey and Libya on Wednesday angered Greece.", "057", entente.Asserted},
		{"Taiwan is training for a Chinese invasion.", "192", entente.Hypothetical},
		{"Israel rejected any role for Turkey in the ceasefire talks with Hamas.", "046", entente.Asserted},
	})
}

// modalityCase is a text and the modality its event of one code must
// have.
type modalityCase struct {
	text, code string
	want       entente.Modality
}

// checkModalities codes each case's text through the default chain and
// checks that it has an event of the case's code, with a source, and
// that every such event has the case's modality.
func checkModalities(t *testing.T, cases []modalityCase) {
	t.Helper()
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		_, events := codeText(t, chain, tc.text)
		found := false
		for _, e := range events {
			if e.Code != tc.code || e.Source == "" {
				continue
			}
			found = true
			if e.Modality != tc.want {
				t.Errorf("%q: %s %s %s is %s, want %s", tc.text, e.Source, e.Code, e.Target, e.Modality, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no %s event among %+v", tc.text, tc.code, events)
		}
	}
}

// TestHeldOut333Rules checks rules made from the misses of held-out rounds
// 333 to 336: a deal sealed is signed; shelling is artillery fire; the
// user of a weapon does what it is used for, whoever made it; parties of
// an act that dates this one by a preposition are not its target, however
// the parse hangs them; plural people before a capital are not the
// capital's; a "by" date is a deadline, not the act's date; aircraft
// flying into airspace show force; a meeting told in the past was held;
// calls and missile strikes told as nouns; a statute named after a city.
// (Articles are of 1 May 2024: Marco Rubio is a senator, Donald Trump a
// former president.)
func TestHeldOut333Rules(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Washington and Kyiv sealed their long-delayed natural resources deal on Wednesday.", "USAGOV 057 UKRGOV", []string{"* 070 *"}},
		{"Russian forces shelled Nikopol on Tuesday, officials said.", "RUSMIL 194 UKR", nil},
		{"Kyiv used American long-range ATACMS to hit an ammunition depot in the Bryansk region on Tuesday.", "UKRGOV 190 RUS", []string{"USA * *"}},
		{"Belarus released 52 prisoners today, including several foreign nationals, after a visit to Minsk by US envoy John Coale.", "BLR 0841 ", []string{"* * USAGOV"}},
		{"Pakistan deployed troops to the border ahead of talks with India on Tuesday.", "PAK 150 ", []string{"PAK 072 *", "IND 086 *"}},
		{"The Kenyan foreign minister presented the plan during a meeting with Ugandan officials.", "KENGOV 020 UGAGOV", nil},
		{"The 40 Russian embassy employees Berlin expelled in April posed a threat to Germany's security.", "", []string{"DEULAB * *"}},
		{"Three Russian MiG-31 fighter jets violated Estonian airspace on Friday and stayed for twelve minutes.", "RUSMIL 150 EST", nil},
		{"Russian MiG-31s flew into Estonia's airspace without permission on Friday.", "RUSMIL 150 EST", []string{"* 154 *"}},
		{"Sergei Lavrov met Marco Rubio in the Saudi capital on Tuesday in the first high-level talks between Moscow and Washington.", "RUSGOV 040 USALEG", []string{"* 036 *"}},
		{"After talks with a Ukrainian delegation in Jeddah on Tuesday, Secretary of State Marco Rubio said Washington would resume military aid.", "USALEG 046 UKR", nil},
		{"Vladimir Putin agreed in a phone call with Donald Trump on Tuesday to stop attacks on energy facilities.", "RUSGOV 041 USAELI", nil},
		{"The death toll from the January 14 Russian missile strike on an apartment building in Dnipro has passed 40.", "RUS 195 UKR", nil},
		{"Workers at the port staged a strike on Monday.", "", []string{"* 19 *"}},
		{"Ukraine's parliament ratified the Rome Statute of the International Criminal Court.", "", []string{"* * ITA", "* * ITAGOV"}},
		{"LNG can no longer be reloaded in European ports under the 14th round of EU sanctions on Moscow agreed in June.", "IGOEUREEC 163 RUSGOV", nil},
		{"The Security Council adopted a resolution easing sanctions on Somalia.", "", []string{"* 163 *"}},
		{"Japan refused to agree to sanctions on Myanmar.", "", []string{"* 163 *"}},
		{"Moscow's annexation of Crimea in March 2014 triggered the first round of Western sanctions.", "RUSGOV 192 UKR", nil},
		{"Russian drones began crossing into Polish airspace late on Tuesday night during an attack on western Ukraine.", "RUS 150 POL", []string{"POL 19 *"}},
		{"Several drones were shot down by Polish and Dutch aircraft, Prime Minister Donald Tusk said.", "", []string{"POL * NLD", "NLD * POL"}},
		{"Pakistan bombed areas inside Afghanistan on Monday in what its Foreign Office called intelligence-based operations against militants.", "", []string{"* 111 *"}},
		{"Washington said its strike in the Afghan capital on Sunday killed Osama bin Laden's successor.", "USAGOV 190 IMGMUSALQ", []string{"AFG * *"}},
		{"China sent 200,000 doses of vaccine to Zimbabwe on Monday.", "CHN 073 ZWE", nil},
		{"Mozambican troops took back Mocimboa da Praia on Sunday.", "MOZMIL 192 ", []string{"* 173 *", "* * CPV"}},
		{"Beijing on Monday objected to the Indian leader's trip to the border state.", "CHNGOV 114 IND", nil},
		{"Saudi Arabia executed three Pakistani men for drug smuggling.", "SAU 180 PAKCVL", nil},
		{"The army executed its plan to retake the city.", "", []string{"* 180 *"}},
		{"Iraq threatened a resumption of air raids on Iranian towns.", "IRQ 1384 IRN", []string{"* 19 *"}},
	})
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	_, events := codeText(t, chain, "Moscow ordered Estonian envoy Margus Laidre out by early February, Russia said on Monday.")
	for _, e := range events {
		if e.When.Phrase != "on Monday" {
			t.Errorf("%s %s %s dated by %q, want the day it was ordered (on Monday)", e.Source, e.Code, e.Target, e.When.Phrase)
		}
	}
	if len(events) == 0 {
		t.Error("the expulsion is not coded")
	}
}

// TestReviewedRules36 checks the cases a review of session 36's rules
// found coded wrongly, each now coded as it should be.
func TestReviewedRules36(t *testing.T) {
	checkCoded(t, []codedCase{
		{"Hungarian Prime Minister Viktor Orban's attack on Brussels drew a sharp rebuke from the European Commission.", "HUNGOV 111 IGOEUREEC", []string{"* 190 *"}},
		{"An Air France cabin crew strike on Monday disrupted flights to Senegal.", "", []string{"* 195 *"}},
		{"North Korea tested a missile capable of a strike on the US mainland, Japan said.", "", []string{"* 195 USA"}},
		{"Hungary vetoed new EU sanctions on Russia at a summit in Brussels.", "", []string{"* 163 *"}},
		{"Hungary's veto of sanctions on Russia angered Kyiv.", "", []string{"* 163 *"}},
		{"EU foreign ministers were divided over sanctions on Israel.", "", []string{"* 163 *"}},
		{"Ireland's push for sanctions on Israel found little support in Brussels.", "", []string{"* 163 *"}},
		{"Erdogan took back his remarks about Israel after protests from Washington.", "", []string{"* 192 *"}},
		{"Ukraine took back the bodies of 500 soldiers from Russia on Friday.", "", []string{"* 192 *"}},
		{"Palestinian workers held a rally in Ramallah against the occupation of the West Bank.", "", []string{"PSELAB 192 *"}},
		{"Civilian flights from Israel crossed into Saudi airspace for the first time on Sunday.", "", []string{"* 150 *"}},
		{"Qatar shelled out $2 billion to rebuild Gaza.", "", []string{"* 19 *"}},
		{"Israel's long-planned offensive on Rafah began on Tuesday.", "ISR 190 PSEGZA", nil},
		{"12 people were wounded in a Russian air strike on Zaporizhzhia.", "RUS 195 UKR", nil},
		{"A Russian air strike on Kharkiv killed two people.", "RUS 195 UKR", []string{"RUS 190 UKR"}},
		{"Yerevan suspended its role in the Moscow-led security bloc, the prime minister's office said.", "ARMGOV 161 RUSGOV", nil},
		{"Warplanes loyal to Khalifa Haftar struck Tripoli's Mitiga airport on Monday.", "LBYMIL 195 LBY", nil},
		{"Chad decided to scrap its military pact with Paris.", "TCD 160 FRAGOV", nil},
		// from a second review
		{"Countries allied with the United States condemned Russia.", "", []string{"USA * *"}},
		{"A Russian attack on Kharkiv injured a German journalist.", "RUS 180 DEUMED", nil},
		{"A Hamas attack on southern Israel took 250 people hostage.", "PSEREBHMS 181 ", nil},
	})
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code, date string }{
		{"Russia withdrew its last troops from Estonia by August 1994.", "087", "1994-08-01"},
		{"By mid-February, Russian troops had captured the town of Avdiivka.", "192", "2024-02-01"},
		{"Hamas's attack on Israel on October 7 killed about 1,200 people.", "190", "2023-10-07"},
	} {
		_, events := codeText(t, chain, tc.text)
		found := false
		for _, e := range events {
			if e.Code != tc.code {
				continue
			}
			found = true
			if got := e.When.Date.Format("2006-01-02"); got != tc.date {
				t.Errorf("%q: %s %s %s dated %s, want %s", tc.text, e.Source, e.Code, e.Target, got, tc.date)
			}
		}
		if !found {
			t.Errorf("%q: no %s among %+v", tc.text, tc.code, events)
		}
	}
}

// TestAttackPlacedOnTarget checks that an attack or an occupation whose
// sentence names no place is placed in its target's country, not its
// doer's.
func TestAttackPlacedOnTarget(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code, country string }{
		{"Pakistani jets struck Afghan border posts on Monday.", "195", "AF"},
		{"Moscow's annexation of Crimea in March 2014 triggered sanctions.", "192", "UA"},
		{"China criticised Japan on Monday.", "111", "CN"},
	} {
		_, events := codeText(t, chain, tc.text)
		found := false
		for _, e := range events {
			if e.Code != tc.code {
				continue
			}
			found = true
			if e.Place == nil || e.Place.Country != tc.country {
				t.Errorf("%q: %s %s %s placed at %+v, want country %s", tc.text, e.Source, e.Code, e.Target, e.Place, tc.country)
			}
		}
		if !found {
			t.Errorf("%q: no %s among %+v", tc.text, tc.code, events)
		}
	}
}
