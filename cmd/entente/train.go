package main

import (
	"github.com/spf13/cobra"

	"entente/parse"
	"entente/text"
)

// newTrainCmd returns "entente train", which trains the tagger and parser on
// UD English EWT and writes a model for package parse to embed.
func newTrainCmd() *cobra.Command {
	var (
		cfg parse.RunConfig
		raw *bool
	)
	o := &cfg.Options
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the tagger and parser on UD English EWT and write the model (parse/model/en_ewt.model.gz)",
		Long: `Train the tagger, lemmatiser and dependency parser on the EWT train split,
write the model, reload it, and print its scores on the dev split (and on test
with --test, on a CoNLL-U file of your own with --news). Training is
deterministic for a given seed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if *raw {
				cfg.Tokenize = text.Tokenize
			}
			return parse.Run(cfg, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Treebank, "treebank", "../shared/treebank", "folder with en_ewt-ud-{train,dev,test}.conllu.gz")
	f.StringVar(&cfg.Out, "out", "parse/model/en_ewt.model.gz", "write the model here (empty: do not write)")
	f.IntVar(&cfg.Limit, "limit", 0, "train on the first n sentences only")
	f.BoolVar(&cfg.Test, "test", false, "also evaluate on the test split")
	f.StringVar(&cfg.News, "news", "", "also evaluate on this CoNLL-U file")
	f.StringVar(&cfg.From, "from", "", "do not train: load this model, prune it again, write and evaluate it")
	f.Float64Var(&o.TaggerPrune, "tagger-prune", 0, "drop tagger feature rows with all weights below this (0: default)")
	f.Float64Var(&o.ParserPrune, "parser-prune", 0, "drop parser feature rows with all weights below this (0: default)")
	raw = f.Bool("raw", false, "also evaluate from raw text through the tokenizer of package text")
	f.Uint64Var(&o.Seed, "seed", 1, "random seed")
	f.IntVar(&o.TaggerIterations, "tagger-iter", 0, "tagger iterations (0: default)")
	f.IntVar(&o.ParserIterations, "parser-iter", 0, "parser iterations (0: default)")
	f.IntVar(&o.Folds, "folds", 0, "jackknife folds (0: default)")
	f.IntVar(&o.HashBits, "hash-bits", 0, "fold feature keys to this many bits (0: no folding)")
	return cmd
}
