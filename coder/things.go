package coder

// thingNouns are nouns of things that cannot act: money, goods, markets and
// the figures of an economy. An actor that only modifies one ("U.S. sales
// fell", "the Canadian dollar is expected to rise", "Japan's exports grew")
// is no source of the verb: the sales, the dollar and the exports are, and
// they are no actors. Upper-case lemmas.
var thingNouns = map[string]bool{}

func init() {
	for _, w := range []string{
		// money and securities
		"DOLLAR", "DLR", "DLRS", "FRANC", "YEN", "MARK", "STERLING", "POUND", "LIRA", "PESO", "RUPEE", "ROUBLE",
		"RUBLE", "CROWN", "GUILDER", "CURRENCY", "MONEY", "CASH", "SHARE", "STOCK", "BOND", "DEBENTURE",
		"CERTIFICATE", "OFFERING", "DIVIDEND", "CT", "CENT",
		// markets and their figures
		"MARKET", "INDEX", "LEVEL", "PRICE", "RATE", "YIELD", "VOLUME", "TRADING", "SALE", "PURCHASE",
		"EXPORT", "IMPORT", "SHIPMENT", "SUPPLY", "DEMAND", "OUTPUT", "PRODUCTION", "CONSUMPTION", "STOCKPILE",
		"INVENTORY", "RESERVE", "DEFICIT", "SURPLUS", "BALANCE", "GROWTH", "INFLATION", "UNEMPLOYMENT", "ECONOMY",
		"EARNINGS", "PROFIT", "LOSS", "REVENUE", "INCOME", "TAX", "TAXES", "DEDUCTION", "SPENDING", "SAVINGS",
		"LOAN", "CREDIT", "DEPOSIT", "BORROWING", "INSPECTION", "FIGURE", "DATA", "STATISTICS", "YEAR",
		"QUARTER", "PERCENT", "PCT",
		// goods and commodities
		"PRODUCT", "GOODS", "COMMODITY", "CROP", "HARVEST", "GRAIN", "WHEAT", "CORN", "MAIZE", "SOYBEAN", "RICE",
		"SUGAR", "COFFEE", "COCOA", "TEA", "COTTON", "RUBBER", "PALM", "OIL", "CRUDE", "GAS", "GASOLINE", "COAL",
		"COPPER", "TIN", "GOLD", "SILVER", "STEEL", "ALUMINIUM", "ALUMINUM", "BEEF", "MEAT", "HIDE", "CAR", "VEHICLE",
	} {
		thingNouns[w] = true
	}
}

// actingOnly returns the mentions of ms that can act, leaving out those that
// only modify a noun of a thing (see thingNouns). It reuses ms's storage.
func (sc *sentence) actingOnly(ms []int) []int {
	out := ms[:0:0]
	for _, mi := range ms {
		if !sc.modifiesThing(mi) {
			out = append(out, mi)
		}
	}
	return out
}

// modifiesThing reports whether mention mi is a modifier (compound,
// adjective or possessive) of a noun of a thing that no mention covers, or
// of a noun modifying one ("Malaysian palm oil imports").
func (sc *sentence) modifiesThing(mi int) bool {
	t := sc.mentHead[mi]
	for k := 0; k < 3; k++ {
		if !inSet(sc.rel(t), "compound", "amod", "nmod:poss") {
			return false
		}
		h := sc.toks[t].Head
		if h < 0 || h >= len(sc.toks) || sc.mentAt[h] >= 0 {
			return false
		}
		if thingNouns[sc.lemma(h)] || thingNouns[sc.words[h]] {
			return true
		}
		t = h
	}
	return false
}
