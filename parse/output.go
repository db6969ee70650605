package parse

import (
	"fmt"
	"strconv"
	"strings"

	"entente"
	"entente/parse/conllu"
)

// ToCoNLLU converts a parsed sentence of an article with text articleText
// into a CoNLL-U sentence. Each word's MISC field records its byte offsets
// into the article's text (TokenRange=start:end) and SpaceAfter=No where no
// white space follows. Heads are written 1-based, 0 for the root.
func ToCoNLLU(articleText string, s *entente.Sentence) conllu.Sentence {
	out := conllu.Sentence{Words: make([]conllu.Word, len(s.Tokens))}
	out.Comments = append(out.Comments, "sent_id = "+strconv.Itoa(s.Index+1))
	txt := strings.Join(strings.Fields(s.Span.Of(articleText)), " ")
	if txt != "" {
		out.Comments = append(out.Comments, "text = "+txt)
	}
	for i, t := range s.Tokens {
		misc := fmt.Sprintf("TokenRange=%d:%d", t.Span.Start, t.Span.End)
		if !t.SpaceAfter && i+1 < len(s.Tokens) {
			misc = "SpaceAfter=No|" + misc
		}
		head := t.Head + 1
		if t.Head < -1 || t.Head >= len(s.Tokens) {
			head = -1
		}
		out.Words[i] = conllu.Word{
			ID: i + 1, Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS,
			Head: head, Deprel: t.Rel, Misc: misc,
		}
	}
	return out
}
