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
//	agents with an actor   "Pakistan's foreign minister" -> PAKGOV, "Russian troops" -> RUSMIL
//	former / then-         "former President X" -> XXXELI
//	coreference            "the country", "the group", "both sides", "its", "he"
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
