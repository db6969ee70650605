package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"entente"
	"entente/actor"
	"entente/cameo"
	"entente/coder"
	"entente/coder/verbs"
	"entente/ingest"
	"entente/parse"
	"entente/pipeline"
	"entente/place"
	"entente/text"
)

func newCodeCmd() *cobra.Command {
	var (
		format, convention, compat string
		actorFiles, verbFiles      []string
		explain, requireTarget     bool
		allModalities              bool
		rf                         readFlags
	)
	cmd := &cobra.Command{
		Use:   "code PATH...",
		Short: "Code CAMEO events from articles (JSONL, CSV or GDELT-style TSV)",
		Long: `code reads articles (files, directories or - for standard input), finds
their actors and codes their events with the verb dictionaries over the
dependency parse. --explain prints, for each event, the dictionary entries
that matched (file:line) and the parse the coder saw.

Events come with their modality. By default only those the text tells as
done, claimed or announced are printed (asserted, alleged, intended), as
CAMEO codes events; --all-modalities prints the hypothetical, question and
negated ones too ("could impose sanctions", "did not attack"), which ingest
stores with their modality.

The default actor and verb dictionaries are built in; --actors replaces the
actor dictionaries (the type is taken from the name: *agent* for agents,
*discard* for discard lists, else actors) and --verbs the verb dictionary.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			conv, err := cameo.ParseConvention(convention)
			if err != nil {
				return err
			}
			dict, err := loadVerbs(verbFiles, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			matcher, err := loadActors(actorFiles, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			var p coder.Parser
			switch compat {
			case "", "petrarch":
				model, err := parse.Default()
				if err != nil {
					return fmt.Errorf("code: parser: %w", err)
				}
				p = model
			case "tabari":
			default:
				return fmt.Errorf("code: unknown --compat %q (want tabari or petrarch)", compat)
			}
			c := coder.New(dict, p, coder.Options{Convention: conv, RequireTarget: requireTarget || compat == "tabari"})
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			w, err := newEventWriter(format, out)
			if err != nil {
				return err
			}
			opts, err := rf.options(cmd)
			if err != nil {
				return err
			}
			// The default mode runs the same chain as ingest, so that events
			// come with their dates, modality, amounts and places; the compat
			// modes follow the older coders (all discards, no context).
			places := place.Default()
			chain := &pipeline.Chain{Actors: matcher.WithPlaces(places.StateOf), Coder: c, Places: places}
			_, err = ingest.Read(cmd.Context(), args, opts, func(a *entente.Article) error {
				sents := text.Split(a)
				var evs []entente.Event
				if compat == "" {
					evs = chain.ProcessSentences(a, sents).Events
				} else {
					sents = matcher.Undiscarded(a, sents, false)
					ms := matcher.Match(a, sents, a.Published)
					if compat == "tabari" {
						bySent := map[int][]entente.Mention{}
						for _, m := range ms {
							bySent[m.Sentence] = append(bySent[m.Sentence], m)
						}
						for i := range sents {
							e, _ := c.CodeWordOrder(a, &sents[i], bySent[sents[i].Index])
							evs = append(evs, e...)
						}
					} else {
						evs = c.Code(a, sents, ms)
					}
				}
				for i := range evs {
					if !allModalities && !evs[i].Factual() {
						continue
					}
					if explain {
						explainEvent(out, a, sents, &evs[i])
						continue
					}
					if err := w.write(a, &evs[i]); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("code: %w", err)
			}
			return w.flush()
		},
	}
	f := cmd.Flags()
	rf.bind(f)
	f.StringVar(&format, "format", "jsonl", "output format: jsonl, csv or tsv (GDELT-style columns)")
	f.StringVar(&convention, "convention", "gdelt", "Goldstein and QuadClass convention: gdelt or icews")
	f.StringArrayVar(&actorFiles, "actors", nil, "actor, agent or discard dictionary replacing the default (repeatable)")
	f.StringArrayVar(&verbFiles, "verbs", nil, "verb dictionary replacing the default (repeatable)")
	f.BoolVar(&explain, "explain", false, "explain each event: matched entries and the parse seen")
	f.BoolVar(&requireTarget, "require-target", false, "drop events without a target actor")
	f.BoolVar(&allModalities, "all-modalities", false, "print hypothetical, question and negated events too (by default only what the text tells as done, claimed or announced)")
	f.StringVar(&compat, "compat", "", "coding rules: petrarch (the default: patterns over the dependency parse) or tabari (TABARI's word-order rules, no parse)")
	return cmd
}

func loadVerbs(files []string, stderr io.Writer) (*verbs.Dictionary, error) {
	if len(files) == 0 {
		return verbs.Default()
	}
	d := verbs.New()
	for _, f := range files {
		for _, err := range d.ReadFile(f) {
			fmt.Fprintln(stderr, "entente:", err)
		}
	}
	if d.Len() == 0 {
		return nil, fmt.Errorf("no verbs read from %s", strings.Join(files, ", "))
	}
	return d, nil
}

func loadActors(files []string, stderr io.Writer) (*actor.Matcher, error) {
	if len(files) == 0 {
		return actor.Default()
	}
	var fs []actor.File
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		fs = append(fs, actor.File{Name: name, Format: actorFormat(name), Data: data})
	}
	return actor.Load(actor.Options{NoValidate: true, Report: func(err error) { fmt.Fprintln(stderr, "entente:", err) }}, fs...)
}

// actorFormat guesses a dictionary's type from its file name.
func actorFormat(name string) actor.Format {
	base := strings.ToLower(filepath.Base(name))
	switch {
	case strings.Contains(base, "agent"):
		return actor.FormatAgents
	case strings.Contains(base, "discard"):
		return actor.FormatDiscards
	}
	return actor.FormatActors
}

type eventWriter struct {
	format string
	out    io.Writer
	csv    *csv.Writer
	header bool
}

func newEventWriter(format string, out io.Writer) (*eventWriter, error) {
	w := &eventWriter{format: format, out: out}
	switch format {
	case "jsonl":
	case "csv":
		w.csv = csv.NewWriter(out)
	case "tsv":
		w.csv = csv.NewWriter(out)
		w.csv.Comma = '\t'
	default:
		return nil, fmt.Errorf("unknown format %q (want jsonl, csv or tsv)", format)
	}
	return w, nil
}

var csvHeader = []string{"id", "article_id", "sentence", "source", "target", "code", "root", "goldstein",
	"quad_class", "plover_type", "plover_mode", "modality", "source_span", "verb_span", "target_span", "matched"}

// gdeltHeader follows the GDELT 2.0 event columns entente can fill.
var gdeltHeader = []string{"GlobalEventID", "Day", "Actor1Code", "Actor2Code", "IsRootEvent", "EventCode",
	"EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "SOURCEURL"}

func span(s entente.Span) string { return fmt.Sprintf("%d-%d", s.Start, s.End) }

func (w *eventWriter) write(a *entente.Article, e *entente.Event) error {
	switch w.format {
	case "jsonl":
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w.out, "%s\n", b)
		return err
	case "csv":
		if !w.header {
			w.header = true
			w.csv.Write(csvHeader)
		}
		var refs []string
		for _, r := range e.Matched {
			refs = append(refs, r.String())
		}
		return w.csv.Write([]string{e.ID, e.ArticleID, strconv.Itoa(e.Sentence), e.Source, e.Target, e.Code, e.Root,
			strconv.FormatFloat(e.Goldstein, 'f', -1, 64), strconv.Itoa(e.QuadClass), e.PloverType, e.PloverMode,
			string(e.Modality), span(e.SourceSpan), span(e.VerbSpan), span(e.TargetSpan), strings.Join(refs, " ")})
	default:
		if !w.header {
			w.header = true
			w.csv.Write(gdeltHeader)
		}
		day := ""
		if !e.When.Date.IsZero() {
			day = e.When.Date.Format("20060102")
		} else if !a.Published.IsZero() {
			day = a.Published.Format("20060102")
		}
		baseCode := e.Code
		if len(baseCode) > 3 {
			baseCode = baseCode[:3]
		}
		return w.csv.Write([]string{e.ID, day, e.Source, e.Target, "1", e.Code, baseCode, e.Root,
			strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', 1, 64), a.URL})
	}
}

func (w *eventWriter) flush() error {
	if w.csv != nil {
		w.csv.Flush()
		return w.csv.Error()
	}
	return nil
}

// explainEvent prints an event, the entries that matched and the parse of
// its sentence.
func explainEvent(out io.Writer, a *entente.Article, sents []entente.Sentence, e *entente.Event) {
	tgt := e.Target
	if tgt == "" {
		tgt = "-"
	}
	fmt.Fprintf(out, "%s %s %s  (%s, %s)\n", e.Source, e.Code, tgt, e.Modality, a.Source)
	fmt.Fprintf(out, "  sentence %d: %s\n", e.Sentence, e.SentenceText)
	fmt.Fprintf(out, "  source %q  verb %q  target %q\n", e.SourceSpan.Of(a.Text), e.VerbSpan.Of(a.Text), e.TargetSpan.Of(a.Text))
	for _, r := range e.Matched {
		fmt.Fprintf(out, "  matched %s  %s\n", r, r.Text)
	}
	for _, s := range sents {
		if s.Index != e.Sentence {
			continue
		}
		for i, t := range s.Tokens {
			fmt.Fprintf(out, "    %d\t%s\t%s\t%s\t%d\t%s\n", i+1, t.Form, t.Lemma, t.UPOS, t.Head+1, t.Rel)
		}
	}
	fmt.Fprintln(out)
}
