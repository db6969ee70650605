package parse

import "strings"

// The tagger learns word forms from the training treebank, and a past tense
// it has rarely or never seen there is read from its letters alone: "froze"
// and "stole" look like nouns, "overran" like an adjective. In "Bern froze
// assets held by officials" it then takes the participle after the object
// for the sentence's verb, and the act is lost. irregularPast repairs the
// commonest case: an irregular past tense (a form that is nothing but a
// past tense or a past participle of a verb, listed below) tagged as
// another class, right after a name, noun or pronoun that may be its
// subject, and before anything that may begin its object or a phrase of
// place, becomes the verb ("said police stole documents held by ...").

// irregularPastForms lists the irregular English past tenses (with the
// participles that are spelled the same) that are not also common nouns or
// adjectives, each with its verb: "shot", "left", "found", "saw", "rose",
// "won" and the like are left out.
const irregularPastForms = `arose=arise awoke=awake began=begin bled=bleed blew=blow bought=buy bred=breed broke=break brought=bring
built=build caught=catch chose=choose clung=cling crept=creep dealt=deal drank=drink drew=draw drove=drive dug=dig
fled=flee flew=fly flung=fling forbade=forbid foresaw=foresee forgave=forgive forgot=forget forsook=forsake
fought=fight froze=freeze gave=give grew=grow held=hold hid=hide knew=know laid=lay leapt=leap lent=lend
meant=mean misled=mislead mistook=mistake oversaw=oversee overcame=overcome overran=overrun overrode=override
overtook=overtake overthrew=overthrow paid=pay ran=run rebuilt=rebuild retook=retake rang=ring rode=ride sang=sing sank=sink sent=send
shook=shake shrank=shrink slew=slay slid=slide sold=sell sought=seek sped=speed spoke=speak sprang=spring spun=spin
stole=steal strode=stride strove=strive struck=strike stuck=stick stung=sting swam=swim swept=sweep swore=swear
swung=swing taught=teach thought=think threw=throw told=tell took=take tore=tear trod=tread underwent=undergo
understood=understand undertook=undertake upheld=uphold withdrew=withdraw withheld=withhold withstood=withstand
woke=wake wore=wear wove=weave wrote=write`

// irregularPast holds the hashes of the forms of irregularPastForms, as
// word.lower holds them, and samePast those of samePastForms; irregularLemma
// holds the verbs of both lists' forms that name one ("fled=flee"), by form.
var (
	irregularLemma = map[string]string{}
	irregularPast  = pastForms(irregularPastForms)
	samePast       = pastForms(samePastForms)
)

// pastForms returns the hashes of the forms of a list of "form" and
// "form=verb" entries, recording each verb in irregularLemma.
func pastForms(list string) map[uint64]bool {
	hs := map[uint64]bool{}
	for _, p := range strings.Fields(list) {
		f, l, ok := strings.Cut(p, "=")
		hs[hashString(f, true)] = true
		if ok {
			irregularLemma[f] = l
		}
	}
	return hs
}

// irregularPastVerb returns the padded position, from padded position from
// on, of the first word of ws that the rule above makes a verb, or -1.
func (tg *tagger) irregularPastVerb(ws []word, tags []int32, from int) int {
	for i := max(from, 3); i < len(ws)-3; i++ {
		if !irregularPast[ws[i].lower] {
			continue
		}
		if u := tg.upos[tags[i]]; u == "VERB" || u == "AUX" && tg.xpos[tags[i]] != "MD" {
			continue
		}
		switch tg.upos[tags[i-1]] {
		case "PROPN", "NOUN":
		case "PRON":
			if x := tg.xpos[tags[i-1]]; x == "PRP$" || x == "WP$" {
				continue // "her ... legs": a possessive is no subject
			}
		default:
			continue
		}
		if next := tg.upos[tags[i+1]]; objectStart(next) || next == "ADP" {
			return i
		}
	}
	return -1
}

// samePastForms lists the verbs whose past tense is spelled as their base
// form, and "shot", common in news of acts; requireVerb makes one of them
// the verb of a sentence that has none.
const samePastForms = `beat burst cast cost cut hit hurt let put quit set shot=shoot shut split spread thrust upset`
