// Package actor recognises political actors in sentences and gives each a
// CAMEO actor code with its evidence.
//
// It reads the actor, agent and discard dictionaries of TABARI and PETRARCH
// (the Phoenix dictionaries are its embedded defaults, with entente's own
// additions), re-tokenises every phrase with package text so that phrases
// match what the text becomes, and matches them over a sentence's tokens
// with a token trie: longest match first, stems (roots without a trailing
// "_") as prefixes, regular plurals, possessives and hyphens.
//
// A Matcher turns the sentences of an article into entente.Mentions:
//
//	dictionary actors      "Pakistan", "the Kremlin", "Imran Khan" (dated by the story date)
//	agents with an actor   "Pakistan's foreign minister" -> PAKGOV, "Russian troops" -> RUSMIL,
//	                       "soldiers from Russia" -> RUSMIL (across "of", "from", and "in"
//	                       except for armed forces)
//	lists                  "Pakistan's foreign minister, national security adviser and army
//	                       chief" -> PAKGOV PAKGOV PAKMIL; "lawmakers in India and Pakistan"
//	                       -> INDLEG PAKLEG
//	former / then-         "former President X" -> XXXELI
//	coreference            "the country", "the group", "both sides", "its", "he", "it"
//	descriptions           "the Gulf kingdom", "the oil-rich emirate", "the Sunni militant
//	                       group": the latest state or group, the latest country of the
//	                       region when a regional adjective names one
//
// The dictionary language is TABARI's (manual chapters 5 and 6) with
// PETRARCH's additions: comments after ";" or "#" outside a code block,
// <!-- --> comments, <NOUN> and <ADJECTIVE> sections, date restrictions
// with six- or eight-digit dates ("[HOBGOV 19950601 - 19990815]"), a word
// ending in "=" that takes no regular endings, coded compounds ("[GME/GMW]",
// one mention per code with the same span) and the special codes DiscardCode
// ("[###]") and ComplexCode ("[+++]"), which are kept as mention codes for
// the coder to act on and are never antecedents. A text word joined by the
// connector ("Dol_Amroth") matches as its words.
//
// "its" refers to the mention it follows across prepositions only
// ("sanctions against Russia over its actions"), else to the latest mention
// of its sentence that stands as a subject, else to the first mention of
// its sentence, else to the latest before it.
//
// "it" refers to a state or group that is not plural, unless expletive ("it
// is likely that", "it seems"): a sentence-initial "It" to the subject of
// the sentence before, an "it" in a subject's place to the latest subject of
// its sentence, the object of a verb that takes actors ("defend it") to the
// latest actor other than its clause's subject. Other objects are left alone.
//
// Every mention carries its span (byte offsets into Article.Text), its token
// range, its kind and the dictionary entries (file and line) that produced it.
//
// The data flow inside a Matcher:
//
//	Files --parse--> records --Tokenize--> token trie (actors, agents, discards)
//	Sentence tokens --keys--> trie walk --> actor and agent hits
//	  --> combine (actor+agent, former, then-) --> coreference over the article --> Mentions
package actor
