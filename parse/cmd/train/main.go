// Command train trains entente's tagger and parser on UD English EWT and
// writes the model that package parse embeds:
//
//	go run ./parse/cmd/train -out parse/model/en_ewt.model.gz -test
//
// It evaluates the model on the dev split (and with -test the test split,
// with -news a file of hand-annotated sentences) after training. The same
// run is available as `entente train`.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"entente/parse"
	"entente/text"
)

func main() {
	var cfg parse.RunConfig
	o := &cfg.Options
	flag.StringVar(&cfg.Treebank, "treebank", "../shared/treebank", "folder with en_ewt-ud-{train,dev,test}.conllu.gz")
	flag.StringVar(&cfg.Out, "out", "", "write the model here")
	flag.IntVar(&cfg.Limit, "limit", 0, "train on the first n sentences only")
	flag.BoolVar(&cfg.Test, "test", false, "also evaluate on the test split")
	flag.StringVar(&cfg.News, "news", "", "also evaluate on this CoNLL-U file")
	flag.StringVar(&cfg.From, "from", "", "do not train: load this model, prune it again, write and evaluate it")
	flag.Float64Var(&o.TaggerPrune, "tagger-prune", 0, "drop tagger feature rows with all weights below this (0: default)")
	flag.Float64Var(&o.ParserPrune, "parser-prune", 0, "drop parser feature rows with all weights below this (0: default)")
	flag.Float64Var(&o.TaggerEntryPrune, "tagger-entry-prune", 0, "with -from or -merge: drop single tagger weights below this (0: none)")
	flag.Float64Var(&o.LabelEntryPrune, "label-entry-prune", 0, "with -from or -merge: drop single label weights below this (0: none)")
	flag.BoolVar(&cfg.Relabel, "relabel", false, "with -from: train the label model and the tagger again for the model's transitions")
	flag.BoolVar(&cfg.KeepTagger, "keep-tagger", false, "with -relabel: keep the model's tagger")
	flag.BoolVar(&cfg.KeepLabels, "keep-labels", false, "with -relabel: keep the model's label model")
	flag.Float64Var(&o.LabelExplore, "label-explore", 0, "with -relabel: probability of taking the second-best transition while training labels")
	flag.IntVar(&o.Clusters, "clusters", 0, "word classes learned from the training text for the parser's features (0: none)")
	flag.IntVar(&o.TaggerEnsemble, "tagger-ensemble", 0, "taggers to train and average (0: default, 1)")
	flag.IntVar(&o.LabelIterations, "label-iter", 0, "with -relabel: label model iterations (0: default)")
	flag.IntVar(&o.LabelEnsemble, "label-ensemble", 0, "with -relabel: label models to train and average (0: default, 1)")
	raw := flag.Bool("raw", false, "also evaluate from raw text through entente's tokenizer (package text)")
	flag.Uint64Var(&o.Seed, "seed", 1, "random seed")
	flag.IntVar(&o.TaggerIterations, "tagger-iter", 0, "tagger iterations (0: default)")
	flag.IntVar(&o.ParserIterations, "parser-iter", 0, "parser iterations (0: default)")
	flag.IntVar(&o.Folds, "folds", 0, "jackknife folds (0: default)")
	flag.IntVar(&o.Ensemble, "ensemble", 0, "parsers to train and average (0: default, 1)")
	flag.IntVar(&o.EnsembleFirst, "ensemble-first", 0, "train only the ensemble members from this one on (to merge later)")
	merge := flag.String("merge", "", "do not train: merge these models, as path:weight,path:weight,...")
	flag.IntVar(&o.HashBits, "hash-bits", 0, "fold feature keys to this many bits (0: no folding)")
	flag.Parse()
	for _, item := range strings.Split(*merge, ",") {
		if item == "" {
			continue
		}
		path, w, _ := strings.Cut(item, ":")
		weight := 1.0
		if w != "" {
			var err error
			if weight, err = strconv.ParseFloat(w, 64); err != nil {
				fmt.Fprintln(os.Stderr, "train: -merge:", err)
				os.Exit(2)
			}
		}
		cfg.Merge = append(cfg.Merge, path)
		cfg.MergeWeights = append(cfg.MergeWeights, weight)
	}
	if *raw {
		cfg.Tokenize = text.Tokenize
	}
	if err := parse.Run(cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}
