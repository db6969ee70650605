package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"entente"
	"entente/actor"
	"entente/ingest"
	"entente/text"
)

// newActorsCmd returns "entente actors", which prints the actor mentions of
// each sentence of the articles read.
func newActorsCmd() *cobra.Command {
	var (
		date, connectors  string
		unknownActor      string
		dicts             []string
		noDefaults        bool
		strict, noCheck   bool
		asJSON, quiet     bool
		convert, discards bool
	)
	cmd := &cobra.Command{
		Use:   "actors PATH...|-",
		Short: "Recognise the actors of each sentence, with their CAMEO codes and evidence",
		Long: `Read articles as "entente read" does (plain text files, directories, gzip,
JSON lines, HTML, feeds; - for standard input), split them into sentences and
print the actors each sentence mentions, with CAMEO actor codes.

Text output: a line "# ID<TAB>SOURCE<TAB>DATE" per article; per sentence with
mentions a line "index<TAB>text", then a line per mention:
<TAB>start<TAB>end<TAB>code<TAB>kind<TAB>text<TAB>antecedent<TAB>entries,
offsets being byte offsets into the article's text and entries the dictionary
lines (file:line) that matched.

The story date (--date, else the article's own date, else today) decides
dated codes: a leader is coded as government only within the tenure.

Dictionaries: the embedded defaults (Phoenix and entente's additions), then
each --dict file, which overrides them phrase by phrase. A --dict value is
PATH or FORMAT:PATH with FORMAT one of actors, agents, discards; without it
the format is guessed from the name (".agents", "discards", else actors).
Malformed dictionary lines are reported and skipped, or with --strict stop
the command.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			stderr := cmd.ErrOrStderr()
			var storyDate time.Time
			if date != "" {
				d, err := ingest.ParseDate(date)
				if err != nil {
					return fmt.Errorf("actors: --date: %w", err)
				}
				storyDate = d
			}
			conn, err := actor.ParseConnectors(connectors)
			if err != nil {
				return fmt.Errorf("actors: --connectors: %w", err)
			}
			m, err := actorsLoadMatcher(dicts, noDefaults, actor.Options{
				Strict: strict, NoValidate: noCheck, Connectors: conn, ConvertAgents: convert, UnknownActor: unknownActor, MinStem: 4,
				Report: func(err error) {
					if !quiet {
						fmt.Fprintln(stderr, "entente actors:", err)
					}
				},
			})
			if err != nil {
				return fmt.Errorf("actors: %w", err)
			}
			opts := ingest.Options{
				Stdin:     cmd.InOrStdin(),
				Date:      storyDate,
				MaxErrors: -1,
				OnError: func(e *entente.Error) {
					if !quiet {
						fmt.Fprintln(stderr, "entente actors:", e)
					}
				},
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			mentions := 0
			st, err := ingest.Read(cmd.Context(), args, opts, func(a *entente.Article) error {
				d := storyDate
				if d.IsZero() {
					d = a.Published
				}
				sents := text.Split(a)
				ms := m.Match(a, sents, d)
				mentions += len(ms)
				var ds []actor.DiscardHit
				if discards {
					ds = m.Discards(a, sents)
				}
				if asJSON {
					return writeActorsJSON(out, a, sents, ms, ds)
				}
				return writeActorsText(out, a, d, sents, ms, ds)
			})
			if ferr := out.Flush(); err == nil && ferr != nil {
				err = ferr
			}
			if err != nil {
				return fmt.Errorf("actors: %w", err)
			}
			if !quiet {
				fmt.Fprintf(stderr, "entente actors: %d articles, %d mentions; %d records skipped\n", st.Articles, mentions, st.Skipped)
			}
			if st.Articles == 0 {
				return fmt.Errorf("actors: no article could be read")
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&date, "date", "", "story date (e.g. 2018-05-15) for dated codes; overrides the articles' own dates")
	f.StringArrayVar(&dicts, "dict", nil, "extra dictionary, PATH or FORMAT:PATH (repeatable; overrides the defaults)")
	f.BoolVar(&noDefaults, "no-defaults", false, "do not load the embedded default dictionaries")
	f.BoolVar(&strict, "strict", false, "fail on a malformed dictionary line instead of skipping it")
	f.BoolVar(&noCheck, "no-validate", false, "accept codes that are not made of CAMEO parts (demo dictionaries)")
	f.StringVar(&connectors, "connectors", "", "connector semantics of --dict files: tabari (default), petrarch or exact")
	f.BoolVar(&convert, "convert-agents", false, "code an agent with no actor by the agent alone (troops -> MIL)")
	f.StringVar(&unknownActor, "unknown-actor", "", `code for the missing actor of an agent with no actor, e.g. "---" as PETRARCH writes it (students -> ---EDU)`)
	f.BoolVar(&discards, "discards", false, "also print the discard phrases found (sentences not to code)")
	f.BoolVar(&asJSON, "json", false, "print JSON lines, one object a sentence with mentions")
	f.BoolVar(&quiet, "quiet", false, "do not report problems and counts on standard error")
	return cmd
}

// actorsLoadMatcher loads the default dictionaries (unless noDefaults) and the
// files named by --dict.
func actorsLoadMatcher(dicts []string, noDefaults bool, opts actor.Options) (*actor.Matcher, error) {
	var files []actor.File
	if !noDefaults {
		def, err := actor.DefaultFiles()
		if err != nil {
			return nil, err
		}
		files = def
	}
	for _, d := range dicts {
		format, path := actorsDictFormat(d)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("dictionary: %w", err)
		}
		files = append(files, actor.File{Name: path, Format: format, Data: data})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no dictionaries: give --dict or drop --no-defaults")
	}
	return actor.Load(opts, files...)
}

// actorsDictFormat reads "FORMAT:PATH" or guesses the format from the name.
func actorsDictFormat(s string) (actor.Format, string) {
	if f, p, ok := strings.Cut(s, ":"); ok {
		if format, err := actor.ParseFormat(f); err == nil {
			return format, p
		}
	}
	low := strings.ToLower(s)
	switch {
	case strings.Contains(low, "agents"):
		return actor.FormatAgents, s
	case strings.Contains(low, "discard"):
		return actor.FormatDiscards, s
	}
	return actor.FormatActors, s
}

func writeActorsText(w io.Writer, a *entente.Article, d time.Time, sents []entente.Sentence, ms []entente.Mention, ds []actor.DiscardHit) error {
	ds0 := ""
	if !d.IsZero() {
		ds0 = d.Format("2006-01-02")
	}
	if _, err := fmt.Fprintf(w, "# %s\t%s\t%s\n", a.ID, a.Source, ds0); err != nil {
		return err
	}
	bySent := map[int][]entente.Mention{}
	for _, m := range ms {
		bySent[m.Sentence] = append(bySent[m.Sentence], m)
	}
	discarded := map[int][]actor.DiscardHit{}
	for _, h := range ds {
		discarded[h.Sentence] = append(discarded[h.Sentence], h)
	}
	for i := range sents {
		s := &sents[i]
		if len(bySent[s.Index]) == 0 && len(discarded[s.Index]) == 0 {
			continue
		}
		fmt.Fprintf(w, "%d\t%s\n", s.Index, actorsOneLine(s.Text(a.Text)))
		for _, m := range bySent[s.Index] {
			ante := ""
			if m.Antecedent != nil {
				ante = actorsOneLine(m.Antecedent.Of(a.Text))
			}
			var refs []string
			for _, e := range m.Entries {
				refs = append(refs, e.String())
			}
			fmt.Fprintf(w, "\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", m.Span.Start, m.Span.End, m.Code, m.Kind,
				actorsOneLine(m.Span.Of(a.Text)), ante, strings.Join(refs, " "))
		}
		for _, h := range discarded[s.Index] {
			kind := "discard"
			if h.Story {
				kind = "discard-story"
			}
			fmt.Fprintf(w, "\t%d\t%d\t-\t%s\t%s\t\t%s\n", h.Span.Start, h.Span.End, kind, actorsOneLine(h.Span.Of(a.Text)), h.Entry)
		}
	}
	return nil
}

func writeActorsJSON(w io.Writer, a *entente.Article, sents []entente.Sentence, ms []entente.Mention, ds []actor.DiscardHit) error {
	type sentOut struct {
		Article  string             `json:"article"`
		Sentence int                `json:"sentence"`
		Text     string             `json:"text"`
		Mentions []entente.Mention  `json:"mentions,omitempty"`
		Discards []actor.DiscardHit `json:"discards,omitempty"`
	}
	enc := json.NewEncoder(w)
	for i := range sents {
		s := &sents[i]
		o := sentOut{Article: a.ID, Sentence: s.Index, Text: s.Text(a.Text)}
		for _, m := range ms {
			if m.Sentence == s.Index {
				o.Mentions = append(o.Mentions, m)
			}
		}
		for _, h := range ds {
			if h.Sentence == s.Index {
				o.Discards = append(o.Discards, h)
			}
		}
		if len(o.Mentions) == 0 && len(o.Discards) == 0 {
			continue
		}
		if err := enc.Encode(o); err != nil {
			return err
		}
	}
	return nil
}

// actorsOneLine shows line breaks and tabs as spaces.
func actorsOneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
