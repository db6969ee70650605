package parse

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"entente"
)

// toksOf builds tokens from "form/UPOS/head/rel" fields, heads 1-based and
// 0 for the root as in CoNLL-U.
func toksOf(t *testing.T, s string) []entente.Token {
	t.Helper()
	var toks []entente.Token
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		if len(p) != 4 {
			t.Fatalf("bad field %q", f)
		}
		h, err := strconv.Atoi(p[2])
		if err != nil {
			t.Fatalf("bad head in %q", f)
		}
		toks = append(toks, entente.Token{Form: p[0], UPOS: p[1], Head: h - 1, Rel: p[3]})
	}
	return toks
}

// TestRepair: the parses repair mends, and some it must leave alone.
func TestRepair(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{
			// "fought traffickers close to the Mexican frontier": "close"
			// read as a verb whose subject is the noun before it
			"troops/NOUN/2/nsubj fought/VERB/0/root with/ADP/4/case traffickers/NOUN/5/nsubj close/VERB/2/conj to/ADP/8/case the/DET/8/det frontier/NOUN/5/obl in/ADP/10/case Huehuetenango/PROPN/5/obl ./PUNCT/2/punct",
			"troops/2/nsubj fought/0/root with/4/case traffickers/2/obl close/4/amod to/8/case the/8/det frontier/5/obl in/10/case Huehuetenango/2/obl ./2/punct",
		},
		{
			// "killed at least 12 fighters": "at" read as the case of
			// "least", the noun as an oblique
			"soldiers/NOUN/2/nsubj killed/VERB/0/root at/ADP/4/case least/ADJ/5/nmod 12/NUM/6/nummod fighters/NOUN/2/obl ./PUNCT/2/punct",
			"soldiers/2/nsubj killed/0/root at/5/advmod least/3/fixed 12/6/nummod fighters/2/obj ./2/punct",
		},
		{
			// "Gunmen killed at least 15 worshippers" read as a noun and
			// its participle
			"Gunmen/NOUN/0/root killed/VERB/1/acl at/ADP/4/case least/ADJ/5/nmod 15/NUM/6/nummod worshippers/NOUN/2/obl ./PUNCT/1/punct",
			"Gunmen/2/nsubj killed/0/root at/5/advmod least/3/fixed 15/6/nummod worshippers/2/obj ./2/punct",
		},
		{
			// a preposition before "at least" keeps the oblique
			"Protesters/NOUN/2/nsubj gathered/VERB/0/root in/ADP/7/case at/ADP/5/case least/ADJ/6/nmod 12/NUM/7/nummod cities/NOUN/2/obl ./PUNCT/2/punct",
			"Protesters/2/nsubj gathered/0/root in/7/case at/6/advmod least/4/fixed 12/7/nummod cities/2/obl ./2/punct",
		},
		{
			// the verb "close" keeps its object: "close the border"
			"Niger/PROPN/2/nsubj will/AUX/3/aux close/VERB/0/root to/ADP/5/case traders/NOUN/3/obl ./PUNCT/3/punct",
			"Niger/2/nsubj will/3/aux close/0/root to/5/case traders/3/obl ./3/punct",
		},
		{
			// "set free 22 jailed fishermen": the number read as the
			// participle's, the participle as a clause of "free"
			"Pakistan/PROPN/2/nsubj set/VERB/0/root free/ADJ/2/xcomp 22/NUM/5/nummod jailed/VERB/3/ccomp fishermen/NOUN/5/obj from/ADP/8/case India/PROPN/5/obl ./PUNCT/2/punct",
			"Pakistan/2/nsubj set/0/root free/2/xcomp 22/6/nummod jailed/6/amod fishermen/2/obj from/8/case India/2/obl ./2/punct",
		},
		{
			// "expelled on Friday two Somali diplomats": the date read as
			// the object's ("on" its case, "Friday" its compound)
			"Kenya/PROPN/2/nsubj expelled/VERB/0/root on/ADP/7/case Friday/PROPN/7/compound two/NUM/7/nummod Somali/ADJ/7/amod diplomats/NOUN/2/obl ./PUNCT/2/punct",
			"Kenya/2/nsubj expelled/0/root on/4/case Friday/2/obl two/7/nummod Somali/7/amod diplomats/2/obj ./2/punct",
		},
		{
			// "condemned on Thursday Spain's recognition": the possessor
			// read as the date's
			"Israel/PROPN/2/nsubj condemned/VERB/0/root on/ADP/7/case Thursday/PROPN/7/nmod:poss Spain/PROPN/4/flat 's/PART/4/case recognition/NOUN/2/obl ./PUNCT/2/punct",
			"Israel/2/nsubj condemned/0/root on/4/case Thursday/2/obl Spain/7/nmod:poss 's/5/case recognition/2/obj ./2/punct",
		},
		{
			// "said on Friday evening": the part of the day is the date's,
			// no object
			"Gazprom/PROPN/2/nsubj said/VERB/0/root on/ADP/4/case Friday/PROPN/2/obl evening/NOUN/2/obl ./PUNCT/2/punct",
			"Gazprom/2/nsubj said/0/root on/4/case Friday/2/obl evening/2/obl ./2/punct",
		},
		{
			// "condemned on Wednesday Pakistani air strikes ... that it
			// said had killed": the verb read as a participle of the
			// subject, the object as an oblique, the relative clause's
			// verb as the sentence's
			"The/DET/3/det Taliban/PROPN/3/compound government/NOUN/17/nsubj condemned/VERB/3/acl on/ADP/6/case Wednesday/PROPN/4/obl Pakistani/ADJ/9/amod air/NOUN/9/compound strikes/NOUN/4/obl in/ADP/12/case Paktika/PROPN/12/compound province/NOUN/4/obl that/SCONJ/15/mark it/PRON/15/nsubj said/VERB/17/advcl had/AUX/17/aux killed/VERB/0/root 46/NUM/19/nummod people/NOUN/17/obj ./PUNCT/17/punct",
			"The/3/det Taliban/3/compound government/4/nsubj condemned/0/root on/6/case Wednesday/4/obl Pakistani/9/amod air/9/compound strikes/4/obj in/12/case Paktika/12/compound province/4/obl that/15/mark it/15/nsubj said/17/advcl had/17/aux killed/9/acl:relcl 46/19/nummod people/17/obj ./4/punct",
		},
		{
			// "handed over 20 detained traders": the participle read as a
			// second verb of the sentence
			"Sudan/PROPN/2/nsubj handed/VERB/0/root over/ADV/2/advmod 20/NUM/5/nummod detained/VERB/2/conj traders/NOUN/5/obj to/ADP/8/case Cairo/PROPN/5/obl ./PUNCT/2/punct",
			"Sudan/2/nsubj handed/0/root over/2/advmod 20/6/nummod detained/6/amod traders/2/obj to/8/case Cairo/2/obl ./2/punct",
		},
		{
			// "Bulgarian and North Macedonian leaders held": the first
			// adjective read as an adverb of the verb
			"Bulgarian/ADJ/6/advmod and/CCONJ/4/cc North/PROPN/4/compound Macedonian/ADJ/5/amod leaders/NOUN/6/nsubj held/VERB/0/root talks/NOUN/6/obj ./PUNCT/6/punct",
			"Bulgarian/5/amod and/4/cc North/4/compound Macedonian/1/conj leaders/6/nsubj held/0/root talks/6/obj ./6/punct",
		},
		{
			// "Iran today rejected": the name read as the compound of the
			// time word, the time word as the subject
			"Iran/PROPN/2/compound today/NOUN/3/nsubj rejected/VERB/0/root the/DET/5/det proposal/NOUN/3/obj ./PUNCT/3/punct",
			"Iran/3/nsubj today/3/obl:unmarked rejected/0/root the/5/det proposal/3/obj ./3/punct",
		},
		{
			// "last week", the name read as its compound
			"Iran/PROPN/3/compound last/ADJ/3/amod week/NOUN/4/nsubj rejected/VERB/0/root the/DET/6/det proposal/NOUN/4/obj ./PUNCT/4/punct",
			"Iran/4/nsubj last/3/amod week/4/obl:unmarked rejected/0/root the/6/det proposal/4/obj ./4/punct",
		},
		{
			// "late Monday" hung on the subject
			"Kenya/PROPN/4/nsubj late/ADJ/3/amod Monday/PROPN/1/appos expelled/VERB/0/root two/NUM/6/nummod diplomats/NOUN/4/obj ./PUNCT/4/punct",
			"Kenya/4/nsubj late/3/amod Monday/4/obl:unmarked expelled/0/root two/6/nummod diplomats/4/obj ./4/punct",
		},
		{
			// "Venezuela's military arrested": the possessed noun read as
			// an adjective of the verb
			"Venezuela/PROPN/3/nmod:poss 's/PART/1/case military/ADJ/4/amod arrested/VERB/0/root a/DET/6/det citizen/NOUN/4/obj ./PUNCT/4/punct",
			"Venezuela/3/nmod:poss 's/1/case military/4/nsubj arrested/0/root a/6/det citizen/4/obj ./4/punct",
		},
		{
			// "called on Beijing to pull": "on" read as the marker of a
			// clause whose subject is the addressee
			"ministry/NOUN/2/nsubj called/VERB/0/root on/SCONJ/6/mark Beijing/PROPN/6/nsubj to/PART/6/mark pull/VERB/2/advcl a/DET/8/det vessel/NOUN/6/obj ./PUNCT/2/punct",
			"ministry/2/nsubj called/0/root on/4/case Beijing/2/obl to/6/mark pull/2/advcl a/8/det vessel/6/obj ./2/punct",
		},
		{
			// a determiner and an adjective hung on the verb belong to
			// the subject after them, an adjective read as its head
			// ("national"), which is a noun
			"A/DET/5/det French/ADJ/5/amod national/ADJ/5/nsubj:pass was/AUX/5/aux:pass freed/VERB/0/root ./PUNCT/5/punct",
			"A/3/det French/3/amod national/5/nsubj:pass was/5/aux:pass freed/0/root ./5/punct",
		},
		{
			// but not when the verb hangs on an earlier verb, which may
			// have lost its object to it ("detained a Japanese national
			// caught photographing")
			"China/PROPN/2/nsubj detained/VERB/0/root a/DET/6/det Japanese/ADJ/6/amod national/ADJ/6/nsubj caught/VERB/2/advcl ./PUNCT/2/punct",
			"China/2/nsubj detained/0/root a/6/det Japanese/6/amod national/6/nsubj caught/2/advcl ./2/punct",
		},
		{
			// the possessor hung on the verb
			"Venezuela/PROPN/4/nmod:poss 's/PART/1/case military/ADJ/4/amod arrested/VERB/0/root a/DET/6/det citizen/NOUN/4/obj ./PUNCT/4/punct",
			"Venezuela/3/nmod:poss 's/1/case military/4/nsubj arrested/0/root a/6/det citizen/4/obj ./4/punct",
		},
		{
			// the possessor hung on the verb, whose subject stands
			// between them
			"Zagreb/PROPN/5/nmod:poss 's/PART/1/case agriculture/ADJ/4/amod ministry/PROPN/5/nsubj halted/VERB/0/root imports/NOUN/5/obj ./PUNCT/5/punct",
			"Zagreb/4/nmod:poss 's/1/case agriculture/4/amod ministry/5/nsubj halted/0/root imports/5/obj ./5/punct",
		},
		{
			// the passive verb of a clause after "after" read as the main
			// verb, the main verb as a participle of the subject
			"Sweden/PROPN/10/nsubj:pass protested/VERB/1/acl to/ADP/4/case Moscow/PROPN/2/obl after/ADP/8/case a/DET/8/det Russian/ADJ/8/amod submarine/NOUN/2/obl was/AUX/10/aux:pass spotted/VERB/0/root ./PUNCT/10/punct",
			"Sweden/2/nsubj protested/0/root to/4/case Moscow/2/obl after/10/mark a/8/det Russian/8/amod submarine/10/nsubj:pass was/10/aux:pass spotted/2/advcl ./2/punct",
		},
		{
			// nor a participle that only says when: "Journalists
			// arrested after the protests were released"
			"Journalists/NOUN/6/nsubj:pass arrested/VERB/1/acl after/ADP/4/case protests/NOUN/2/obl were/AUX/6/aux:pass released/VERB/0/root ./PUNCT/6/punct",
			"Journalists/6/nsubj:pass arrested/1/acl after/4/case protests/2/obl were/6/aux:pass released/0/root ./6/punct",
		},
		{
			"Ukraine/PROPN/6/nsubj:pass deployed/VERB/1/acl after/ADP/4/case vote/NOUN/2/obl was/AUX/6/aux:pass attacked/VERB/0/root ./PUNCT/6/punct",
			"Ukraine/6/nsubj:pass deployed/1/acl after/4/case vote/2/obl was/6/aux:pass attacked/0/root ./6/punct",
		},
		{
			// but a participle with an oblique of place is one
			"Troops/NOUN/6/nsubj:pass stationed/VERB/1/acl near/ADP/5/case the/DET/5/det border/NOUN/2/obl were/AUX/6/aux:pass attacked/VERB/0/root ./PUNCT/6/punct",
			"Troops/6/nsubj:pass stationed/1/acl near/5/case the/5/det border/2/obl were/6/aux:pass attacked/0/root ./6/punct",
		},
		{
			// a participle after a noun read as a conjunct of the verb
			// with no conjunction between them
			"Kosovo/PROPN/2/nsubj suspended/VERB/0/root the/DET/4/det tariff/NOUN/2/obj on/ADP/6/case goods/NOUN/4/nmod imported/VERB/2/conj from/ADP/9/case Serbia/PROPN/7/obl ./PUNCT/2/punct",
			"Kosovo/2/nsubj suspended/0/root the/4/det tariff/2/obj on/6/case goods/4/nmod imported/6/acl from/9/case Serbia/7/obl ./2/punct",
		},
		{
			// nor a conjunct with a subject of its own after a colon
			"Russia/PROPN/2/nsubj expelled/VERB/0/root diplomats/NOUN/2/obj :/PUNCT/6/punct Warsaw/PROPN/6/nsubj retaliated/VERB/2/conj ./PUNCT/2/punct",
			"Russia/2/nsubj expelled/0/root diplomats/2/obj :/6/punct Warsaw/6/nsubj retaliated/2/conj ./2/punct",
		},
		{
			// but a conjunct after "and" is one
			"Troops/NOUN/2/nsubj stormed/VERB/0/root the/DET/4/det town/NOUN/2/obj and/CCONJ/6/cc killed/VERB/2/conj ./PUNCT/2/punct",
			"Troops/2/nsubj stormed/0/root the/4/det town/2/obj and/6/cc killed/2/conj ./2/punct",
		},
		{
			// left alone by repairPossessedModifier without a possessor,
			// or when the verb has a subject; the adjective hung on the
			// verb goes to the subject (repairVerbModifiers)
			"Israeli/ADJ/3/amod troops/NOUN/3/nsubj fired/VERB/0/root ./PUNCT/3/punct",
			"Israeli/2/amod troops/3/nsubj fired/0/root ./3/punct",
		},
		{
			// a second subject
			"The/DET/2/det army/NOUN/4/nsubj today/NOUN/4/nsubj shelled/VERB/0/root the/DET/6/det town/NOUN/4/obj ./PUNCT/4/punct",
			"The/2/det army/4/nsubj today/4/obl:unmarked shelled/0/root the/6/det town/4/obj ./4/punct",
		},
		{
			// left alone when the verb hangs below the time word: no
			// cycle
			",/PUNCT/4/nsubj said/PRON/0/root yesterday/NOUN/2/nmod Iran/VERB/3/nsubj",
			",/4/nsubj said/0/root yesterday/2/nmod Iran/3/nsubj",
		},
		{
			// a word of a list with the subject
			"Kenya/PROPN/3/nsubj yesterday/NOUN/1/list expelled/VERB/0/root two/NUM/5/nummod diplomats/NOUN/3/obj ./PUNCT/3/punct",
			"Kenya/3/nsubj yesterday/3/obl:unmarked expelled/0/root two/5/nummod diplomats/3/obj ./3/punct",
		},
		{
			// "said Chadian troops fired rockets": the name read as the
			// object of "said" and the verb as the adjective of a noun
			// hung on it
			"The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root Chadian/ADJ/5/amod troops/NOUN/3/obj fired/VERB/7/amod rockets/NOUN/5/conj at/ADP/9/case Abeche/PROPN/5/nmod ./PUNCT/3/punct",
			"The/2/det army/3/nsubj said/0/root Chadian/5/amod troops/6/nsubj fired/3/ccomp rockets/6/obj at/9/case Abeche/6/obl ./3/punct",
		},
		{
			// but "troops and rockets" is a coordination
			"The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root troops/NOUN/3/obj and/CCONJ/7/cc fired/VERB/7/amod rockets/NOUN/4/conj ./PUNCT/3/punct",
			"The/2/det army/3/nsubj said/0/root troops/3/obj and/7/cc fired/7/amod rockets/4/conj ./3/punct",
		},
		{
			// "said X attacked Y, killing ...": the result of the reported
			// deed is the deed's
			"Police/NOUN/2/nsubj said/VERB/0/root rebels/NOUN/4/nsubj attacked/VERB/2/ccomp a/DET/6/det village/NOUN/4/obj ,/PUNCT/8/punct killing/VERB/2/advcl five/NUM/8/obj ./PUNCT/2/punct",
			"Police/2/nsubj said/0/root rebels/4/nsubj attacked/2/ccomp a/6/det village/4/obj ,/8/punct killing/4/advcl five/8/obj ./2/punct",
		},
		{
			// but "citing ..." stays the speaker's
			"Police/NOUN/2/nsubj said/VERB/0/root rebels/NOUN/4/nsubj attacked/VERB/2/ccomp a/DET/6/det village/NOUN/4/obj ,/PUNCT/8/punct citing/VERB/2/advcl witnesses/NOUN/8/obj ./PUNCT/2/punct",
			"Police/2/nsubj said/0/root rebels/4/nsubj attacked/2/ccomp a/6/det village/4/obj ,/8/punct citing/2/advcl witnesses/8/obj ./2/punct",
		},
		{
			// "said on Monday that X attacked": the complement of said
			"Moscow/PROPN/2/nsubj said/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl that/PRON/8/obj drones/NOUN/8/nsubj had/AUX/8/aux attacked/VERB/4/acl:relcl a/DET/10/det depot/NOUN/8/obj ./PUNCT/2/punct",
			"Moscow/2/nsubj said/0/root on/4/case Monday/2/obl that/8/mark drones/8/nsubj had/8/aux attacked/2/ccomp a/10/det depot/8/obj ./2/punct",
		},
		{
			"The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root last/ADJ/5/amod week/NOUN/3/obl:unmarked that/PRON/9/obj troops/NOUN/9/nsubj had/AUX/9/aux killed/VERB/5/acl:relcl ./PUNCT/3/punct",
			"The/2/det army/3/nsubj said/0/root last/5/amod week/3/obl:unmarked that/9/mark troops/9/nsubj had/9/aux killed/3/ccomp ./3/punct",
		},
		{
			// a true relative clause of a day, with no subject of its own
			"He/PRON/2/nsubj recalled/VERB/0/root the/DET/4/det day/NOUN/2/obj that/PRON/6/nsubj changed/VERB/4/acl:relcl history/NOUN/6/obj ./PUNCT/2/punct",
			"He/2/nsubj recalled/0/root the/4/det day/2/obj that/6/nsubj changed/4/acl:relcl history/6/obj ./2/punct",
		},
		{
			// "X did Y, Z said" read as two subjects of "said": the deed is
			// the predicate, the attribution its parataxis
			"Russian/ADJ/2/amod forces/NOUN/10/nsubj shelled/VERB/2/acl Kharkiv/PROPN/3/obj on/ADP/6/case Tuesday/PROPN/3/obl ,/PUNCT/6/punct the/DET/9/det governor/NOUN/10/nsubj said/VERB/0/root ./PUNCT/10/punct",
			"Russian/2/amod forces/3/nsubj shelled/0/root Kharkiv/3/obj on/6/case Tuesday/3/obl ,/6/punct the/9/det governor/10/nsubj said/3/parataxis ./3/punct",
		},
		{
			// "charge d'affaires" read as a clause: one noun, the object
			"Lithuania/PROPN/2/nsubj summoned/VERB/0/root Belarus/PROPN/5/nmod:poss 's/PART/3/case charge/NOUN/6/nsubj d'affaires/VERB/2/ccomp on/ADP/8/case Monday/PROPN/6/obl over/ADP/10/case drone/NOUN/6/obl ./PUNCT/2/punct",
			"Lithuania/2/nsubj summoned/0/root Belarus/5/nmod:poss 's/3/case charge/2/obj d'affaires/5/flat on/8/case Monday/2/obl over/10/case drone/2/obl ./2/punct",
		},
		{
			// the same noun parsed right: left alone
			"Kyiv/PROPN/2/nsubj summoned/VERB/0/root the/DET/4/det charge/NOUN/2/obj d'affaires/NOUN/4/flat ./PUNCT/2/punct",
			"Kyiv/2/nsubj summoned/0/root the/4/det charge/2/obj d'affaires/4/flat ./2/punct",
		},
		{
			// two subjects with no verb modifying the first: left alone
			"Rivals/NOUN/4/nsubj ,/PUNCT/3/punct officials/NOUN/4/nsubj said/VERB/0/root ./PUNCT/4/punct",
			"Rivals/4/nsubj ,/3/punct officials/4/nsubj said/0/root ./4/punct",
		},
		{
			// not after a time noun: left alone
			"Iran/PROPN/2/nsubj denied/VERB/0/root reports/NOUN/2/obj that/PRON/6/obj Russia/PROPN/6/nsubj armed/VERB/3/acl:relcl ./PUNCT/2/punct",
			"Iran/2/nsubj denied/0/root reports/2/obj that/6/obj Russia/6/nsubj armed/3/acl:relcl ./2/punct",
		},
		{
			// "released twenty captured soldiers": the participle modifies
			// the noun, which is the object
			"Asmara/PROPN/2/nsubj released/VERB/0/root twenty/NUM/2/obj captured/VERB/2/ccomp Ethiopian/PROPN/6/compound soldiers/NOUN/4/obj on/ADP/8/case Wednesday/PROPN/4/obl ./PUNCT/2/punct",
			"Asmara/2/nsubj released/0/root twenty/6/nummod captured/6/amod Ethiopian/6/compound soldiers/2/obj on/8/case Wednesday/2/obl ./2/punct",
		},
		{
			// "handed over 14 wanted men": the number read as the
			// participle's subject; the noun is the first verb's object
			"Jordan/PROPN/2/nsubj handed/VERB/0/root over/ADV/4/advmod 14/NUM/5/nsubj wanted/VERB/2/ccomp men/NOUN/5/obj to/ADP/8/case Syria/PROPN/5/obl ./PUNCT/2/punct",
			"Jordan/2/nsubj handed/0/root over/4/advmod 14/6/nummod wanted/6/amod men/2/obj to/8/case Syria/2/obl ./2/punct",
		},
		{
			// a number the object before a verb with no object: left alone
			"Kenya/PROPN/2/nsubj reported/VERB/0/root two/NUM/2/obj killed/VERB/2/xcomp in/ADP/6/case Lamu/PROPN/4/obl ./PUNCT/2/punct",
			"Kenya/2/nsubj reported/0/root two/2/obj killed/2/xcomp in/6/case Lamu/4/obl ./2/punct",
		},
		{
			// "banned all trade in arms with Libya": the verb after the
			// determiner is the object noun, its obliques its modifiers,
			// the weekday the verb's
			"Malta/PROPN/2/nsubj banned/VERB/0/root all/DET/4/advmod trade/VERB/2/ccomp in/ADP/6/case arms/NOUN/4/obl with/ADP/8/case Libya/PROPN/4/obl on/ADP/10/case Monday/PROPN/4/obl ./PUNCT/2/punct",
			"Malta/2/nsubj banned/0/root all/4/det trade/2/obj in/6/case arms/4/nmod with/8/case Libya/4/nmod on/10/case Monday/2/obl ./2/punct",
		},
		{
			// a verb after a determiner with a subject of its own: left
			// alone ("officials said all agree")
			"Officials/NOUN/2/nsubj said/VERB/0/root all/DET/4/nsubj agree/VERB/2/ccomp ./PUNCT/2/punct",
			"Officials/2/nsubj said/0/root all/4/nsubj agree/2/ccomp ./2/punct",
		},
		{
			// "for his visiting Nigerian counterpart" read as a gerund
			// clause: the participle modifies the noun, which takes the
			// clause's place
			"Lagos/PROPN/2/nsubj held/VERB/0/root a/DET/4/det dinner/NOUN/2/obj for/ADP/7/mark his/PRON/7/nsubj visiting/VERB/2/advcl Ghanaian/ADJ/9/amod counterpart/NOUN/7/obj ./PUNCT/2/punct",
			"Lagos/2/nsubj held/0/root a/4/det dinner/2/obj for/9/case his/9/nmod:poss visiting/9/amod Ghanaian/9/amod counterpart/2/obl ./2/punct",
		},
		{
			// a gerund with a possessive subject and an object of
			// another kind: left alone ("his visiting of the site")
			"Lagos/PROPN/2/nsubj praised/VERB/0/root his/PRON/4/nsubj visiting/VERB/2/ccomp of/ADP/7/case the/DET/7/det site/NOUN/4/obl ./PUNCT/2/punct",
			"Lagos/2/nsubj praised/0/root his/4/nsubj visiting/2/ccomp of/7/case the/7/det site/4/obl ./2/punct",
		},
		{
			// "Sudanese warplanes bombed": a bare oblique name before the
			// subject noun modifies it
			"Sudanese/PROPN/3/obl warplanes/NOUN/3/nsubj bombed/VERB/0/root Kutum/PROPN/3/obj ./PUNCT/3/punct",
			"Sudanese/2/compound warplanes/3/nsubj bombed/0/root Kutum/3/obj ./3/punct",
		},
		{
			// a name the object before a noun object ("gave Kenya aid"):
			// left alone
			"Japan/PROPN/2/nsubj gave/VERB/0/root Kenya/PROPN/2/iobj aid/NOUN/2/obj ./PUNCT/2/punct",
			"Japan/2/nsubj gave/0/root Kenya/2/iobj aid/2/obj ./2/punct",
		},
		{
			// "In March Moscow issued threats": the name after the date
			// is the subject
			"In/ADP/2/case March/PROPN/4/obl Moscow/PROPN/2/flat issued/VERB/0/root threats/NOUN/4/obj ./PUNCT/4/punct",
			"In/2/case March/4/obl Moscow/4/nsubj issued/0/root threats/4/obj ./4/punct",
		},
		{
			// two names after a day: the last is the subject, the first
			// its compound
			"On/ADP/2/case May/PROPN/6/obl 3/NUM/2/nummod South/PROPN/5/compound Korea/PROPN/2/flat imposed/VERB/0/root tariffs/NOUN/6/obj ./PUNCT/6/punct",
			"On/2/case May/6/obl 3/2/nummod South/5/compound Korea/6/nsubj imposed/0/root tariffs/6/obj ./6/punct",
		},
		{
			// the name read as the verb's adjunct, the month its compound
			"In/ADP/3/case July/PROPN/3/compound Panama/PROPN/4/obl froze/VERB/0/root ties/NOUN/4/obj ./PUNCT/4/punct",
			"In/2/case July/4/obl Panama/4/nsubj froze/0/root ties/4/obj ./4/punct",
		},
		{
			// a verb with a subject of its own: left alone
			"In/ADP/2/case March/PROPN/4/obl Moscow/PROPN/2/flat troops/NOUN/5/nsubj left/VERB/0/root ./PUNCT/5/punct",
			"In/2/case March/4/obl Moscow/2/flat troops/5/nsubj left/0/root ./5/punct",
		},
		{
			// "said Malawi imposed sanctions" read with the reported verb
			// as a participle of its object: the reported clause
			"Zambia/PROPN/2/nsubj said/VERB/0/root Malawi/PROPN/5/compound imposed/VERB/5/amod sanctions/NOUN/2/obj on/ADP/8/case Zambian/ADJ/8/amod exports/NOUN/5/nmod ./PUNCT/2/punct",
			"Zambia/2/nsubj said/0/root Malawi/4/nsubj imposed/2/ccomp sanctions/4/obj on/8/case Zambian/8/amod exports/4/obl ./2/punct",
		},
		{
			// "the rebels" before the participle: the determiner goes with
			// the subject
			"Police/NOUN/2/nsubj said/VERB/0/root the/DET/6/det rebels/NOUN/6/compound burned/VERB/6/amod houses/NOUN/2/obj ./PUNCT/2/punct",
			"Police/2/nsubj said/0/root the/4/det rebels/5/nsubj burned/2/ccomp houses/5/obj ./2/punct",
		},
		{
			// a participle of the object with no name before it: left alone
			"Zambia/PROPN/2/nsubj said/VERB/0/root the/DET/5/det imposed/VERB/5/amod sanctions/NOUN/2/obj ./PUNCT/2/punct",
			"Zambia/2/nsubj said/0/root the/5/det imposed/5/amod sanctions/2/obj ./2/punct",
		},
		{
			// "had imposed sanctions" read with "had" as the verb
			"Malawi/PROPN/2/nsubj had/VERB/0/root imposed/VERB/4/amod sanctions/NOUN/2/obj on/ADP/6/case Zambia/PROPN/4/nmod ./PUNCT/2/punct",
			"Malawi/3/nsubj had/3/aux imposed/0/root sanctions/3/obj on/6/case Zambia/3/obl ./3/punct",
		},
		{
			// "had captured soldiers" parsed right: left alone
			"Malawi/PROPN/2/nsubj had/VERB/0/root captured/ADJ/4/amod soldiers/NOUN/2/obj ./PUNCT/2/punct",
			"Malawi/2/nsubj had/0/root captured/4/amod soldiers/2/obj ./2/punct",
		},
		{
			// "aid workers kidnapped two weeks ago were released": the
			// participle read as the main verb, the passive verb as its
			// clause
			"Aid/NOUN/2/compound workers/NOUN/3/nsubj kidnapped/VERB/0/root two/NUM/5/nummod weeks/NOUN/6/obl:unmarked ago/ADV/3/advmod were/AUX/8/aux:pass released/VERB/3/ccomp by/ADP/10/case gangs/NOUN/8/obl:agent ./PUNCT/3/punct",
			"Aid/2/compound workers/8/nsubj:pass kidnapped/2/acl two/5/nummod weeks/6/obl:unmarked ago/3/advmod were/8/aux:pass released/0/root by/10/case gangs/8/obl:agent ./8/punct",
		},
		{
			// but a conjoined verb with a conjunction of its own is one
			"Rebels/NOUN/2/nsubj withdrew/VERB/0/root and/CCONJ/5/cc were/AUX/5/aux:pass pursued/VERB/2/conj ./PUNCT/2/punct",
			"Rebels/2/nsubj withdrew/0/root and/5/cc were/5/aux:pass pursued/2/conj ./2/punct",
		},
		{
			// "troops clashed near the temple, leaving one soldier
			// wounded": the last participle read as the main verb, the
			// real verb as a modifier of the subject
			"Troops/NOUN/10/nsubj clashed/VERB/1/acl near/ADP/5/case the/DET/5/det temple/NOUN/2/obl ,/PUNCT/7/punct leaving/VERB/1/acl one/NUM/9/nummod soldier/NOUN/7/obj wounded/VERB/0/root ./PUNCT/10/punct",
			"Troops/2/nsubj clashed/0/root near/5/case the/5/det temple/2/obl ,/7/punct leaving/2/advcl one/9/nummod soldier/7/obj wounded/7/xcomp ./2/punct",
		},
		{
			// a modal is no auxiliary of a main verb after a reduced
			// relative: "threatened would strike" is left alone
			"Israel/PROPN/2/nsubj threatened/VERB/0/root would/AUX/4/aux strike/VERB/2/ccomp Hezbollah/PROPN/4/obj ./PUNCT/2/punct",
			"Israel/2/nsubj threatened/0/root would/4/aux strike/2/ccomp Hezbollah/4/obj ./2/punct",
		},
		{
			// a result root only after ", leaving": a correct parse of
			// "gunmen dressed as police carrying rifles stormed the
			// hotel" is left alone
			"Gunmen/NOUN/7/nsubj dressed/VERB/1/acl as/ADP/4/case police/NOUN/2/obl carrying/VERB/1/acl rifles/NOUN/5/obj stormed/VERB/0/root the/DET/9/det hotel/NOUN/7/obj ./PUNCT/7/punct",
			"Gunmen/7/nsubj dressed/1/acl as/4/case police/2/obl carrying/1/acl rifles/5/obj stormed/0/root the/9/det hotel/7/obj ./7/punct",
		},
		{
			// and a verb with an object is the main verb
			"Troops/NOUN/2/nsubj stormed/VERB/0/root the/DET/4/det town/NOUN/2/obj were/AUX/6/aux:pass repelled/VERB/2/parataxis ./PUNCT/2/punct",
			"Troops/2/nsubj stormed/0/root the/4/det town/2/obj were/6/aux:pass repelled/2/parataxis ./2/punct",
		},
		{
			// the reporter at the end read as a conjunct of the day
			"warplanes/NOUN/2/nsubj bombed/VERB/9/ccomp hideouts/NOUN/2/obj on/ADP/5/case Thursday/PROPN/2/obl ,/PUNCT/8/punct the/DET/8/det ministry/PROPN/5/conj said/VERB/0/root ./PUNCT/9/punct",
			"warplanes/2/nsubj bombed/9/ccomp hideouts/2/obj on/5/case Thursday/2/obl ,/8/punct the/8/det ministry/9/nsubj said/0/root ./9/punct",
		},
		{
			// and its place a modifier of the day too
			"warplanes/NOUN/2/nsubj bombed/VERB/11/ccomp hideouts/NOUN/2/obj on/ADP/5/case Thursday/PROPN/2/obl ,/PUNCT/8/punct the/DET/8/det ministry/PROPN/5/conj in/ADP/10/case Niamey/PROPN/5/nmod said/VERB/0/root ./PUNCT/11/punct",
			"warplanes/2/nsubj bombed/11/ccomp hideouts/2/obj on/5/case Thursday/2/obl ,/8/punct the/8/det ministry/11/nsubj in/10/case Niamey/8/nmod said/0/root ./11/punct",
		},
		{
			// a verb tagged as an auxiliary of the noun after it
			"Pakistan/PROPN/4/nsubj shut/AUX/4/aux its/PRON/4/nmod:poss crossings/NOUN/0/root ./PUNCT/4/punct",
			"Pakistan/2/nsubj shut/0/root its/4/nmod:poss crossings/2/obj ./2/punct",
		},
		{
			// a true auxiliary is left alone
			"They/PRON/3/nsubj were/AUX/3/cop soldiers/NOUN/0/root ./PUNCT/3/punct",
			"They/3/nsubj were/3/cop soldiers/0/root ./3/punct",
		},
		{
			// left alone when the verb has a subject
			"troops/NOUN/2/nsubj shelled/VERB/0/root towns/NOUN/2/obj ,/PUNCT/6/punct officials/NOUN/6/nsubj said/VERB/2/parataxis ./PUNCT/2/punct",
			"troops/2/nsubj shelled/0/root towns/2/obj ,/6/punct officials/6/nsubj said/2/parataxis ./2/punct",
		},
	}
	for _, tt := range tests {
		toks := toksOf(t, tt.in)
		repair(toks)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Form+"/"+strconv.Itoa(tk.Head+1)+"/"+tk.Rel)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("repair:\n got %s\nwant %s", g, tt.want)
		}
	}
}

// TestRepairParticipleAfterSaying: a number read as the subject of a verb
// after a verb of saying is left alone ("said 14 wanted asylum" is a
// clause), while after another verb it goes with the noun.
func TestRepairParticipleAfterSaying(t *testing.T) {
	for _, tc := range []struct{ lemma, want string }{
		{"say", "Officials/2/nsubj said/0/root 14/4/nsubj wanted/2/ccomp asylum/4/obj ./2/punct"},
		{"hand", "Officials/2/nsubj said/0/root 14/5/nummod wanted/5/amod asylum/2/obj ./2/punct"},
	} {
		toks := toksOf(t, "Officials/NOUN/2/nsubj said/VERB/0/root 14/NUM/4/nsubj wanted/VERB/2/ccomp asylum/NOUN/4/obj ./PUNCT/2/punct")
		toks[1].Lemma = tc.lemma
		repair(toks)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Form+"/"+strconv.Itoa(tk.Head+1)+"/"+tk.Rel)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("lemma %q:\n got %s\nwant %s", tc.lemma, g, tc.want)
		}
	}
}

// TestRepairHyphenParticipleTree: a participle after a hyphen that the
// parse hung on the word before the hyphen ("Iran-backed militias" with
// "backed" a clause of "Iran", the subject) is mended into a tree: the
// noun takes the phrase's place, no word hangs on itself.
func TestRepairHyphenParticipleTree(t *testing.T) {
	toks := toksOf(t, "Iran/PROPN/5/nsubj -/PUNCT/3/punct backed/VERB/1/acl militias/NOUN/3/obj attacked/VERB/0/root posts/NOUN/5/obj ./PUNCT/5/punct")
	toks[2].XPOS = "VBN"
	repairHyphenParticiple(toks)
	acyclic(t, toks)
	if toks[3].Head != 4 || toks[3].Rel != "nsubj" || toks[2].Head != 3 || toks[2].Rel != "amod" {
		t.Errorf("militias %d %s, backed %d %s; want militias nsubj of attacked, backed amod of militias",
			toks[3].Head, toks[3].Rel, toks[2].Head, toks[2].Rel)
	}
	// the noun is an ancestor of the participle's head: left alone
	toks = toksOf(t, "rebels/NOUN/0/root Korea/PROPN/1/nmod -/PUNCT/4/punct backed/VERB/2/acl militias/NOUN/4/obj ./PUNCT/1/punct")
	toks[3].XPOS = "VBN"
	repairHyphenParticiple(toks)
	acyclic(t, toks)
}

// TestRepairActiveParticiple: a past participle with a passive subject, an
// object and no auxiliary ("North Korea test-fired a missile", the hyphen
// split off) is active; with an auxiliary it stays passive.
func TestRepairActiveParticiple(t *testing.T) {
	toks := toksOf(t, "North/PROPN/2/compound Korea/PROPN/5/nsubj:pass test/NOUN/5/compound -/PUNCT/3/punct fired/VERB/0/root a/DET/7/det missile/NOUN/5/obj ./PUNCT/5/punct")
	toks[4].XPOS = "VBN"
	repairActiveParticiple(toks)
	if toks[1].Rel != "nsubj" || toks[4].XPOS != "VBD" {
		t.Errorf("Korea %s, fired %s; want nsubj, VBD", toks[1].Rel, toks[4].XPOS)
	}
	toks = toksOf(t, "He/PRON/3/nsubj:pass was/AUX/3/aux:pass given/VERB/0/root a/DET/5/det medal/NOUN/3/obj ./PUNCT/3/punct")
	toks[2].XPOS = "VBN"
	repairActiveParticiple(toks)
	if toks[0].Rel != "nsubj:pass" || toks[2].XPOS != "VBN" {
		t.Errorf("He %s, given %s; want a passive left alone", toks[0].Rel, toks[2].XPOS)
	}
	toks = toksOf(t, "Two/NUM/2/nummod soldiers/NOUN/3/nsubj:pass killed/VERB/0/root ./PUNCT/3/punct")
	toks[2].XPOS = "VBN"
	repairActiveParticiple(toks)
	if toks[1].Rel != "nsubj:pass" {
		t.Errorf("soldiers %s; want a headline passive with no object left alone", toks[1].Rel)
	}
}

// TestRepairParties: two subjects joined by "and" become one coordinated
// subject; a "with" phrase of the other party hung on a weekday or deep in
// the topic of a verb of consultation becomes the verb's; one hung on the
// object itself, naming no person, stays ("discussed cooperation with
// China"); a preposition hung on a name's first word goes to its head.
func TestRepairParties(t *testing.T) {
	checkRepairs(t, []repairCase{
		{
			"a/DET/2/det visit/NOUN/0/root by/ADP/4/case Xi/PROPN/5/compound Jinping/PROPN/2/nmod to/ADP/7/case Moscow/PROPN/5/nmod",
			"a/2/det visit/0/root by/5/case Xi/5/compound Jinping/2/nmod to/7/case Moscow/5/nmod",
			repairNameCase,
		},
		{
			// a common noun before a name is left alone ("by
			// security forces' Commander X" is beyond this rule)
			"by/ADP/2/case security/NOUN/3/compound Commander/PROPN/0/root",
			"by/2/case security/3/compound Commander/0/root",
			repairNameCase,
		},
		{
			"Oman/PROPN/2/nmod:poss minister/NOUN/5/nsubj and/CCONJ/5/cc Blinken/PROPN/5/nsubj held/VERB/0/root talks/NOUN/5/obj ./PUNCT/5/punct",
			"Oman/2/nmod:poss minister/5/nsubj and/4/cc Blinken/2/conj held/0/root talks/5/obj ./5/punct",
			repairTwoSubjects,
		},
		{
			// two subjects with no conjunction between them stay
			"Yesterday/NOUN/3/nsubj Oman/PROPN/3/nsubj held/VERB/0/root talks/NOUN/3/obj",
			"Yesterday/3/nsubj Oman/3/nsubj held/0/root talks/3/obj",
			repairTwoSubjects,
		},
		{
			"Peru/PROPN/2/nsubj held/VERB/0/root talks/NOUN/2/obj on/ADP/5/case Thursday/PROPN/2/obl with/ADP/7/case Chile/PROPN/5/nmod",
			"Peru/2/nsubj held/0/root talks/2/obj on/5/case Thursday/2/obl with/7/case Chile/2/obl",
			repairDateModifier,
		},
		{
			"Lavrov/PROPN/2/nsubj discussed/VERB/0/root security/NOUN/2/obj on/ADP/5/case border/NOUN/3/nmod with/ADP/8/case Minister/PROPN/8/compound Muhriddin/PROPN/5/nmod",
			"Lavrov/2/nsubj discussed/0/root security/2/obj on/5/case border/3/nmod with/8/case Minister/8/compound Muhriddin/2/obl",
			repairWithParty,
		},
		{
			"Dendias/PROPN/2/nsubj discussed/VERB/0/root disputes/NOUN/2/obj with/ADP/6/case his/PRON/6/nmod:poss counterpart/NOUN/3/nmod",
			"Dendias/2/nsubj discussed/0/root disputes/2/obj with/6/case his/6/nmod:poss counterpart/2/obl",
			repairWithParty,
		},
		{
			"Khan/PROPN/2/nsubj discussed/VERB/0/root cooperation/NOUN/2/obj with/ADP/5/case China/PROPN/3/nmod",
			"Khan/2/nsubj discussed/0/root cooperation/2/obj with/5/case China/3/nmod",
			repairWithParty,
		},
		{
			// nor one hung on a noun that takes "with" itself
			"Aso/PROPN/2/nsubj discussed/VERB/0/root state/NOUN/2/obj of/ADP/5/case ties/NOUN/3/nmod with/ADP/7/case China/PROPN/5/nmod",
			"Aso/2/nsubj discussed/0/root state/2/obj of/5/case ties/3/nmod with/7/case China/5/nmod",
			repairWithParty,
		},
	})
}

// TestRepairClauses: a participle read as modifying the subject before an
// "and" and a past tense is the first verb; an infinitive taken for the
// clausal subject of a head with a subject is its complement; a verb after
// ", and" joined to a clause inside a noun phrase is the main verb's
// conjunct; an "-ing" verb after a comma joined to a subordinate clause is
// a clause of the main verb; a "to" infinitive after a date is what a verb
// of agreeing agrees to; a speech participle after a reported clause is
// the sayer's; "as fighting flared" has "fighting" for subject; "were
// wounded" read as an adjective is a passive.
func TestRepairClauses(t *testing.T) {
	checkRepairs(t, []repairCase{
		{
			"Chad/PROPN/2/nsubj agreed/VERB/0/root to/ADP/4/case scrap/NOUN/2/obl its/PRON/6/nmod:poss pact/NOUN/2/obl",
			"Chad/2/nsubj agreed/0/root to/4/mark scrap/2/xcomp its/6/nmod:poss pact/4/obj",
			repairControlInfinitive,
		},
		{
			// a noun one agrees to stays one
			"Russia/PROPN/2/nsubj agreed/VERB/0/root to/ADP/4/case dialogue/NOUN/2/obl",
			"Russia/2/nsubj agreed/0/root to/4/case dialogue/2/obl",
			repairControlInfinitive,
		},
		{
			// a noun with a determiner stays one ("agreed to the plan")
			"Chad/PROPN/2/nsubj agreed/VERB/0/root to/ADP/5/case the/DET/5/det plan/NOUN/2/obl",
			"Chad/2/nsubj agreed/0/root to/5/case the/5/det plan/2/obl",
			repairControlInfinitive,
		},
		{
			"After/ADP/2/case talks/NOUN/9/obl on/ADP/4/case Tuesday/PROPN/2/nmod ,/PUNCT/7/punct Secretary/PROPN/4/appos Marco/PROPN/4/appos Rubio/PROPN/7/flat said/VERB/0/root",
			"After/2/case talks/9/obl on/4/case Tuesday/2/nmod ,/9/punct Secretary/7/nmod:desc Marco/9/nsubj Rubio/7/flat said/0/root",
			repairFrontedSubject,
		},
		{
			"After/ADP/2/case talks/NOUN/6/nsubj ,/PUNCT/4/punct Marco/PROPN/2/appos Rubio/PROPN/4/flat said/VERB/0/root",
			"After/2/case talks/6/obl ,/6/punct Marco/6/nsubj Rubio/4/flat said/0/root",
			repairFrontedSubject,
		},
		{
			// a subject of its own stays
			"After/ADP/2/case talks/NOUN/5/obl ,/PUNCT/5/punct Peru/PROPN/5/nsubj said/VERB/0/root",
			"After/2/case talks/5/obl ,/5/punct Peru/5/nsubj said/0/root",
			repairFrontedSubject,
		},
		{
			"Three/NUM/0/root jets/NOUN/1/appos violated/VERB/2/acl airspace/NOUN/3/obj and/CCONJ/6/cc stayed/VERB/1/conj ./PUNCT/1/punct",
			"Three/3/nsubj jets/1/appos violated/0/root airspace/3/obj and/6/cc stayed/3/conj ./3/punct",
			repairParticipleRoot,
		},
		{
			"hit/VERB/0/root by/ADP/6/case a/DET/6/det Russian/ADJ/5/amod missile/NOUN/6/compound yesterday/NOUN/1/obl:agent as/ADP/8/case villagers/NOUN/1/obl",
			"hit/0/root by/5/case a/5/det Russian/5/amod missile/1/obl:agent yesterday/1/obl:tmod as/8/case villagers/1/obl",
			repairDeicticHead,
		},
		{
			// a day word that heads nothing stays
			"Israel/PROPN/2/nsubj struck/VERB/0/root Gaza/PROPN/2/obj today/NOUN/2/obl:tmod",
			"Israel/2/nsubj struck/0/root Gaza/2/obj today/2/obl:tmod",
			repairDeicticHead,
		},
		{
			"Lavrov/PROPN/2/nsubj said/VERB/0/root that/SCONJ/5/mark Yerevan/PROPN/5/nsubj steering/VERB/2/ccomp Armenia/PROPN/5/obj ,/PUNCT/8/punct accusing/VERB/5/conj Pashinyan/PROPN/8/obj",
			"Lavrov/2/nsubj said/0/root that/5/mark Yerevan/5/nsubj steering/2/ccomp Armenia/5/obj ,/8/punct accusing/2/advcl Pashinyan/8/obj",
			repairSaidParticiple,
		},
		{
			// a deed's participle stays the reported clause's
			"Kyiv/PROPN/2/nsubj said/VERB/0/root troops/NOUN/4/nsubj shelled/VERB/2/ccomp Kharkiv/PROPN/4/obj ,/PUNCT/7/punct killing/VERB/4/advcl five/NUM/7/obj",
			"Kyiv/2/nsubj said/0/root troops/4/nsubj shelled/2/ccomp Kharkiv/4/obj ,/7/punct killing/4/advcl five/7/obj",
			repairSaidParticiple,
		},
		{
			"jets/NOUN/2/nsubj bombed/VERB/0/root as/SCONJ/4/mark fighting/VERB/2/advcl flared/VERB/4/xcomp",
			"jets/2/nsubj bombed/0/root as/5/mark fighting/5/nsubj flared/2/advcl",
			repairGerundSubject,
		},
		{
			"members/NOUN/3/nsubj were/AUX/3/cop wounded/ADJ/0/root on/ADP/5/case Monday/PROPN/3/obl",
			"members/3/nsubj:pass were/3/aux:pass wounded/0/root on/5/case Monday/3/obl",
			repairAdjectivalPassive,
		},
		{
			// an adjective of feeling stays one
			"Russia/PROPN/3/nsubj was/AUX/3/cop concerned/ADJ/0/root",
			"Russia/3/nsubj was/3/cop concerned/0/root",
			repairAdjectivalPassive,
		},
		{
			"navy/NOUN/6/nsubj arrested/VERB/1/acl fishermen/NOUN/2/obj and/CCONJ/6/cc then/ADV/6/advmod seized/VERB/0/root boats/NOUN/6/obj",
			"navy/2/nsubj arrested/0/root fishermen/2/obj and/6/cc then/6/advmod seized/2/conj boats/6/obj",
			repairSubjectParticiple,
		},
		{
			// no "and": a reduced relative ("troops deployed there
			// attacked") stays
			"troops/NOUN/4/nsubj deployed/VERB/1/acl guns/NOUN/2/obj attacked/VERB/0/root",
			"troops/4/nsubj deployed/1/acl guns/2/obj attacked/0/root",
			repairSubjectParticiple,
		},
		{
			"minister/NOUN/3/nsubj is/AUX/3/cop due/ADJ/0/root to/PART/5/mark meet/VERB/3/csubj",
			"minister/3/nsubj is/3/cop due/0/root to/5/mark meet/3/xcomp",
			repairSubjectClause,
		},
		{
			"minister/NOUN/2/nsubj arrived/VERB/0/root ,/PUNCT/4/punct first/ADJ/2/appos since/SCONJ/7/mark cabinet/NOUN/7/nsubj took/VERB/4/advcl office/NOUN/7/obj ,/PUNCT/11/punct and/CCONJ/11/cc promised/VERB/7/conj",
			"minister/2/nsubj arrived/0/root ,/4/punct first/2/appos since/7/mark cabinet/7/nsubj took/4/advcl office/7/obj ,/11/punct and/11/cc promised/2/conj",
			repairEmbeddedConj,
		},
		{
			"EU/PROPN/2/nsubj blacklisted/VERB/0/root firm/NOUN/2/obj for/SCONJ/5/mark violating/VERB/2/advcl embargo/NOUN/5/obj ,/PUNCT/8/punct freezing/VERB/5/conj assets/NOUN/8/obj",
			"EU/2/nsubj blacklisted/0/root firm/2/obj for/5/mark violating/2/advcl embargo/5/obj ,/8/punct freezing/2/advcl assets/8/obj",
			repairCommaParticiple,
		},
		{
			"Japan/PROPN/2/nsubj agreed/VERB/0/root on/ADP/4/case Tuesday/PROPN/2/obl to/PART/6/mark lend/VERB/2/advcl Manila/PROPN/6/obj",
			"Japan/2/nsubj agreed/0/root on/4/case Tuesday/2/obl to/6/mark lend/2/xcomp Manila/6/obj",
			repairDelayedInfinitive,
		},
		{
			// a purpose of another verb stays
			"Chile/PROPN/2/nsubj sent/VERB/0/root troops/NOUN/2/obj to/PART/5/mark stop/VERB/2/advcl smugglers/NOUN/5/obj",
			"Chile/2/nsubj sent/0/root troops/2/obj to/5/mark stop/2/advcl smugglers/5/obj",
			repairDelayedInfinitive,
		},
		{
			"Britain/PROPN/2/nsubj imposed/VERB/0/root sanctions/NOUN/2/obj on/ADP/5/case officials/NOUN/3/nmod it/PRON/7/nsubj accused/VERB/2/conj",
			"Britain/2/nsubj imposed/0/root sanctions/2/obj on/5/case officials/3/nmod it/7/nsubj accused/5/acl:relcl",
			repairZeroRelative,
		},
		{
			// a conjunct after "and" stays
			"Britain/PROPN/2/nsubj imposed/VERB/0/root sanctions/NOUN/2/obj and/CCONJ/6/cc it/PRON/6/nsubj warned/VERB/2/conj",
			"Britain/2/nsubj imposed/0/root sanctions/2/obj and/6/cc it/6/nsubj warned/2/conj",
			repairZeroRelative,
		},
		{
			// a "by" subject after a participle of the other subject
			"drone/NOUN/7/nsubj launched/VERB/1/acl from/ADP/4/case Iraq/PROPN/2/obl by/ADP/6/case attackers/NOUN/7/nsubj struck/VERB/0/root field/NOUN/7/obj",
			"drone/7/nsubj launched/1/acl from/4/case Iraq/2/obl by/6/case attackers/2/obl:agent struck/0/root field/7/obj",
			repairAgentSubject,
		},
		{
			// a passive participle ("handed orders by Russia") stays
			"diplomats/NOUN/7/nsubj handed/VERB/1/acl orders/NOUN/2/obj by/ADP/5/case Russia/PROPN/2/obl and/CCONJ/7/cc returned/VERB/0/root",
			"diplomats/7/nsubj handed/1/acl orders/2/obj by/5/case Russia/2/obl and/7/cc returned/0/root",
			repairSubjectParticiple,
		},
		{
			// a tree where a word between the verb and "to" does not
			// hang under the verb (the walk reaches the root)
			"Japan/PROPN/2/nsubj agreed/VERB/3/ccomp said/VERB/0/root to/PART/5/mark lend/VERB/2/advcl",
			"Japan/2/nsubj agreed/3/ccomp said/0/root to/5/mark lend/2/advcl",
			repairDelayedInfinitive,
		},
	})
}

// repairCase is a parse before and after one repair ("form/UPOS/head/rel"
// fields in, "form/head/rel" out, as in TestRepair).
type repairCase struct {
	in, want string
	repair   func([]entente.Token)
}

// checkRepairs applies each case's repair to its parse, with lemmas made
// from the forms, past tenses tagged VBD and "-ing" forms VBG, and
// compares the result.
func checkRepairs(t *testing.T, cases []repairCase) {
	t.Helper()
	str := func(toks []entente.Token) string {
		var b strings.Builder
		for _, tk := range toks {
			b.WriteString(tk.Form + "/" + strconv.Itoa(tk.Head+1) + "/" + tk.Rel + " ")
		}
		return strings.TrimSpace(b.String())
	}
	for _, tc := range cases {
		toks := toksOf(t, tc.in)
		for i := range toks {
			f := strings.ToLower(toks[i].Form)
			toks[i].Lemma = strings.TrimSuffix(f, "ed")
			if l, ok := map[string]string{"discussed": "discuss", "agreed": "agree", "said": "say"}[f]; ok {
				toks[i].Lemma = l
			}
			switch {
			case toks[i].UPOS == "VERB" && strings.HasSuffix(f, "ed"):
				toks[i].XPOS = "VBD"
			case toks[i].UPOS == "VERB" && strings.HasSuffix(f, "ing"):
				toks[i].XPOS = "VBG"
			}
		}
		tc.repair(toks)
		if got := str(toks); got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.in, got, tc.want)
		}
		acyclic(t, toks)
	}
}

// acyclic fails unless every token reaches the one root through its
// heads.
func acyclic(t *testing.T, toks []entente.Token) {
	t.Helper()
	roots := 0
	for i := range toks {
		if toks[i].Head < 0 {
			roots++
		}
		k, h := 0, i
		for ; h >= 0 && k <= len(toks); k++ {
			h = toks[h].Head
		}
		if h >= 0 {
			t.Errorf("token %d %q is in a cycle", i, toks[i].Form)
		}
	}
	if roots != 1 {
		t.Errorf("%d roots, want 1", roots)
	}
}

// TestRepairsKeepTree: the repairs leave misparses they would turn into
// cycles alone.
func TestRepairsKeepTree(t *testing.T) {
	// a hyphenated adjective whose noun lies above the word before the
	// hyphen
	toks := toksOf(t, "U.S./PROPN/3/obl:npmod -/PUNCT/3/punct backed/VERB/6/amod Contra/PROPN/5/compound rebels/NOUN/1/nmod tried/VERB/0/root")
	toks[2].XPOS = "VBN"
	repairHyphenParticiple(toks)
	acyclic(t, toks)
	// a participle after a preposition that is the root of the fragment
	toks = toksOf(t, "Kyiv/PROPN/2/nsubj held/VERB/3/dep over/ADP/0/root alleged/VERB/2/conj breaches/NOUN/4/obj")
	toks[1].XPOS, toks[3].XPOS = "VBD", "VBN"
	repairPrepParticiple(toks)
	acyclic(t, toks)
	// a reporting verb that hangs below the place after the reporter
	toks = toksOf(t, "troops/NOUN/2/nsubj shelled/VERB/0/root towns/NOUN/2/obj ,/PUNCT/6/punct the/DET/6/det ministry/NOUN/2/conj in/ADP/8/case Kyiv/PROPN/2/nmod said/VERB/8/acl ./PUNCT/2/punct")
	repairTrailingReporter(toks)
	acyclic(t, toks)
	if toks[5].Head != 1 {
		t.Errorf("ministry hangs on %d, want it left on shelled", toks[5].Head)
	}
	// a parse that is already a cycle (one an earlier repair can leave):
	// the repair ends, and adds none
	toks = toksOf(t, "troops/NOUN/2/nsubj shelled/VERB/0/root towns/NOUN/2/obj ,/PUNCT/6/punct the/DET/6/det ministry/NOUN/2/conj in/ADP/8/case Kyiv/PROPN/9/nmod said/VERB/8/acl ./PUNCT/2/punct")
	done := make(chan struct{})
	go func() { repairTrailingReporter(toks); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("repairTrailingReporter does not end on a parse with a cycle")
	}
}

// TestRepairFalseAuxCopula: a true copula, with a curly apostrophe ("It’s a
// war crime"), is left alone.
func TestRepairFalseAuxCopula(t *testing.T) {
	toks := toksOf(t, "It/PRON/5/nsubj ’s/AUX/5/cop a/DET/5/det war/NOUN/5/compound crime/NOUN/0/root ./PUNCT/5/punct")
	repairFalseAux(toks)
	if toks[1].UPOS != "AUX" || toks[4].Head != -1 {
		t.Errorf("’s made %s %s head %d; crime head %d", toks[1].UPOS, toks[1].Rel, toks[1].Head, toks[4].Head)
	}
}

// TestRepairDatedObjectClause checks that a noun after a date that a verb
// follows ("warned on Monday separatists would be punished") is left to
// its clause, not made the first verb's object.
func TestRepairDatedObjectClause(t *testing.T) {
	in := "Beijing/PROPN/2/nsubj warned/VERB/0/root on/ADP/6/case Monday/PROPN/6/compound Taiwanese/ADJ/6/amod separatists/NOUN/2/obl would/AUX/9/aux be/AUX/9/aux:pass punished/VERB/2/ccomp ./PUNCT/2/punct"
	toks := toksOf(t, in)
	repairDatedObject(toks)
	if toks[5].Rel != "obl" || toks[5].Head != 1 {
		t.Errorf("separatists: head %d rel %s, want 1 obl", toks[5].Head, toks[5].Rel)
	}
}
