package coder

import "entente"

// CodeWithoutPrefilter codes like Code but parses and codes every sentence,
// skipping the Candidate prefilter, to check that the prefilter changes
// nothing.
func CodeWithoutPrefilter(c *Coder, a *entente.Article, sents []entente.Sentence, mentions []entente.Mention) []entente.Event {
	return c.codeAll(a, sents, mentions, false)
}
