package parse

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"entente"
	"entente/parse/conllu"
)

// RunConfig describes a training run from treebank files, as done by
// `entente train` and `go run ./parse/cmd/train`.
type RunConfig struct {
	// Treebank is the folder holding en_ewt-ud-{train,dev,test}.conllu.gz.
	Treebank string
	// Out, when set, is where the model is written.
	Out string
	// Limit, when > 0, trains on the first Limit sentences only.
	Limit int
	// Test also evaluates on the test split.
	Test bool
	// News, when set, is a CoNLL-U file of hand-annotated sentences to evaluate on too.
	News string
	// From, when set, skips training: the model saved there is loaded,
	// pruned again with the Options' TaggerPrune, ParserPrune,
	// TaggerEntryPrune and LabelEntryPrune (when set), written to Out and
	// evaluated.
	From string
	// Relabel, with From, trains the label model (and, unless KeepTagger,
	// the tagger) again (unless KeepLabels, the label model) on the train split for the transitions of the model
	// saved at From (see Relabel), then prunes, writes and evaluates it.
	Relabel, KeepTagger, KeepLabels bool
	// Merge, when set, skips training: the models saved there are loaded
	// and merged with MergeWeights (see Merge), written to Out and evaluated.
	Merge        []string
	MergeWeights []float64
	// Tokenize, when set, is used to evaluate from raw text as well (the
	// sentences' text tokenized, aligned to gold words by offsets).
	Tokenize func(s string, base int) []entente.Token

	Options TrainOptions
}

func readTreebank(path string, log io.Writer) ([]conllu.Sentence, error) {
	s, bad, err := conllu.ReadFile(path)
	for _, e := range bad {
		fmt.Fprintln(log, "skipped:", e)
	}
	return s, err
}

// Run trains a model as cfg says, writes it, reloads it to check it, and
// prints its scores on dev (and test, and news) to out; progress goes to log.
func Run(cfg RunConfig, out, log io.Writer) error {
	if cfg.Options.Log == nil {
		cfg.Options.Log = log
	}
	var m *Model
	if len(cfg.Merge) > 0 {
		var ms []*Model
		for _, p := range cfg.Merge {
			f, err := os.Open(p)
			if err != nil {
				return fmt.Errorf("parse: %w", err)
			}
			mm, err := Load(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			ms = append(ms, mm)
		}
		w := cfg.MergeWeights
		if w == nil {
			w = make([]float64, len(ms))
			for i := range w {
				w[i] = 1
			}
		}
		var err error
		if m, err = Merge(ms, w); err != nil {
			return err
		}
		m.prune(cfg.Options.TaggerPrune, cfg.Options.ParserPrune, cfg.Options.TaggerEntryPrune, cfg.Options.LabelEntryPrune)
		fmt.Fprintf(log, "merged %d models: %v\n", len(ms), m)
	} else if cfg.From != "" {
		f, err := os.Open(cfg.From)
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		m, err = Load(f)
		f.Close()
		if err != nil {
			return err
		}
		if cfg.Relabel {
			train, err := readTreebank(filepath.Join(cfg.Treebank, "en_ewt-ud-train.conllu.gz"), log)
			if err != nil {
				return err
			}
			if cfg.Limit > 0 && cfg.Limit < len(train) {
				train = train[:cfg.Limit]
			}
			start := time.Now()
			if m, err = Relabel(train, m, cfg.KeepTagger, cfg.KeepLabels, cfg.Options); err != nil {
				return err
			}
			fmt.Fprintf(log, "relabelled in %s\n", time.Since(start).Round(time.Second))
		}
		m.prune(cfg.Options.TaggerPrune, cfg.Options.ParserPrune, cfg.Options.TaggerEntryPrune, cfg.Options.LabelEntryPrune)
		fmt.Fprintf(log, "loaded %s: %v\n", cfg.From, m)
	} else {
		train, err := readTreebank(filepath.Join(cfg.Treebank, "en_ewt-ud-train.conllu.gz"), log)
		if err != nil {
			return err
		}
		if cfg.Limit > 0 && cfg.Limit < len(train) {
			train = train[:cfg.Limit]
		}
		start := time.Now()
		if m, err = Train(train, cfg.Options); err != nil {
			return err
		}
		fmt.Fprintf(log, "trained in %s: %v\n", time.Since(start).Round(time.Second), m)
	}
	if cfg.Out != "" {
		f, err := os.Create(cfg.Out)
		if err != nil {
			return fmt.Errorf("parse: writing model: %w", err)
		}
		if err := m.Save(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("parse: writing model: %w", err)
		}
		st, err := os.Stat(cfg.Out)
		if err != nil {
			return err
		}
		fmt.Fprintf(log, "wrote %s (%d bytes)\n", cfg.Out, st.Size())
		f, err = os.Open(cfg.Out)
		if err != nil {
			return err
		}
		defer f.Close()
		t0 := time.Now()
		if m, err = Load(f); err != nil {
			return err
		}
		fmt.Fprintf(log, "reloaded in %s\n", time.Since(t0).Round(time.Millisecond))
	}
	files := map[string]string{"dev": filepath.Join(cfg.Treebank, "en_ewt-ud-dev.conllu.gz")}
	order := []string{"dev"}
	if cfg.Test {
		files["test"] = filepath.Join(cfg.Treebank, "en_ewt-ud-test.conllu.gz")
		order = append(order, "test")
	}
	if cfg.News != "" {
		files["news"] = cfg.News
		order = append(order, "news")
	}
	for _, split := range order {
		gold, err := readTreebank(files[split], log)
		if err != nil {
			return err
		}
		t0 := time.Now()
		sc := Evaluate(m, gold)
		fmt.Fprintf(out, "%s: %s [%s]\n", split, sc, time.Since(t0).Round(time.Millisecond))
		if cfg.Tokenize != nil && split != "news" {
			fmt.Fprintf(out, "%s from raw text: %s\n", split, EvaluateRaw(m, gold, cfg.Tokenize))
		}
	}
	return nil
}
