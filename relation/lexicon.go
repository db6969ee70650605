package relation

// noun is a word that names a standing relation.
type noun struct {
	sign     int
	strength float64
	// plural nouns can hold a pair by themselves ("X and Y are rivals").
	plural bool
	// needsQualifier: "ties", "links" state a relation only with a word that
	// says which ("deep ties", "hostile relations").
	needsQualifier bool
	// directed: the referent acts for the owner ("X, Y's backer": X backs Y).
	directed bool
}

var nouns = map[string]noun{
	"ally": {1, 0.7, false, false, false}, "allies": {1, 0.7, true, false, false},
	"alliance": {1, 0.7, false, false, false}, "partner": {1, 0.5, false, false, false},
	"partners": {1, 0.5, true, false, false}, "partnership": {1, 0.5, false, false, false},
	"friend": {1, 0.5, false, false, false}, "friends": {1, 0.5, true, false, false},
	"friendship": {1, 0.5, false, false, false}, "backer": {1, 0.5, false, false, true},
	"patron": {1, 0.6, false, false, true}, "protector": {1, 0.6, false, false, true},
	"enemy": {-1, 0.7, false, false, false}, "enemies": {-1, 0.7, true, false, false},
	"foe": {-1, 0.7, false, false, false}, "foes": {-1, 0.7, true, false, false},
	"archenemy": {-1, 0.9, false, false, false}, "arch-enemy": {-1, 0.9, false, false, false},
	"archenemies": {-1, 0.9, true, false, false}, "archrival": {-1, 0.8, false, false, false},
	"arch-rival": {-1, 0.8, false, false, false}, "archrivals": {-1, 0.8, true, false, false},
	"rival": {-1, 0.5, false, false, false}, "rivals": {-1, 0.5, true, false, false},
	"rivalry": {-1, 0.5, false, false, false}, "adversary": {-1, 0.6, false, false, false},
	"adversaries": {-1, 0.6, true, false, false}, "nemesis": {-1, 0.8, false, false, false},
	"antagonism": {-1, 0.6, false, false, false}, "enmity": {-1, 0.7, false, false, false},
	"hostility": {-1, 0.6, false, false, false},
	"ties":      {0, 0.5, false, true, false}, "links": {0, 0.5, false, true, false},
	"relations": {0, 0.5, false, true, false}, "relationship": {0, 0.5, false, true, false},
	"bonds": {0, 0.5, false, true, false}, "bond": {0, 0.5, false, true, false},
}

// modifier is a word inside the noun phrase that changes the relation.
type modifier struct {
	sign  int     // for a qualifier of a neutral noun: +1 or -1; 0 otherwise
	delta float64 // added to the strength
	past  bool    // "former", "one-time": the relation is over
}

var modifiers = map[string]modifier{
	"strongest": {0, 0.3, false}, "closest": {0, 0.3, false}, "staunchest": {0, 0.3, false},
	"oldest": {0, 0.2, false}, "bitterest": {-1, 0.3, false}, "fiercest": {-1, 0.3, false},
	"worst": {-1, 0.3, false}, "sworn": {-1, 0.2, false}, "biggest": {0, 0.2, false},
	"main": {0, 0.1, false}, "key": {0, 0.15, false}, "major": {0, 0.1, false},
	"close": {1, 0.15, false}, "staunch": {1, 0.2, false}, "strong": {1, 0.15, false},
	"loyal": {1, 0.15, false}, "steadfast": {1, 0.15, false}, "trusted": {1, 0.15, false},
	"important": {0, 0.1, false}, "firm": {1, 0.1, false}, "great": {0, 0.05, false},
	"deep": {1, 0.15, false}, "strategic": {1, 0.1, false}, "special": {1, 0.1, false},
	"historical": {1, 0.05, false}, "historic": {1, 0.05, false},
	"traditional": {1, 0.05, false}, "longstanding": {1, 0.1, false},
	"long-standing": {1, 0.1, false}, "longtime": {0, 0.1, false}, "long-time": {0, 0.1, false},
	"warm": {1, 0.1, false}, "friendly": {1, 0.05, false}, "good": {1, 0.05, false},
	"brotherly": {1, 0.15, false}, "fraternal": {1, 0.15, false}, "cordial": {1, 0.05, false},
	"excellent": {1, 0.1, false}, "all-weather": {1, 0.2, false},
	"hostile": {-1, 0.1, false}, "strained": {-1, 0, false}, "tense": {-1, 0, false},
	"frosty": {-1, 0, false}, "bitter": {-1, 0.15, false}, "troubled": {-1, 0, false},
	"poor": {-1, 0, false}, "uneasy": {-1, 0, false}, "fraught": {-1, 0, false},
	"budding": {0, -0.1, false}, "new": {0, -0.1, false}, "newfound": {0, -0.1, false},
	"growing": {0, 0, false}, "potential": {0, -0.2, false}, "regional": {0, 0, false},
	"military": {0, 0, false}, "defence": {0, 0, false}, "defense": {0, 0, false},
	"security": {0, 0, false}, "economic": {0, 0, false}, "political": {0, 0, false},
	"diplomatic": {0, 0, false}, "most": {0, 0, false}, "powerful": {0, 0, false},
	"former": {0, 0, true}, "one-time": {0, 0, true}, "onetime": {0, 0, true},
	"erstwhile": {0, 0, true}, "ex": {0, 0, true}, "once": {0, 0, true},
	"old": {0, 0, false}, "arch": {-1, 0.2, false},
	"fierce": {-1, 0.2, false}, "implacable": {-1, 0.2, false}, "age-old": {0, 0.1, false},
	"natural": {0, 0.05, false}, "reliable": {1, 0.1, false}, "valued": {1, 0.05, false},
}

// actionVerbs make the relation noun the object of an event ("forge ties",
// "strengthen the partnership"): that is the coder's business, not a
// standing relation.
var actionVerbs = map[string]bool{
	"forge": true, "forging": true, "forged": true, "forges": true, "build": true,
	"building": true, "built": true, "seek": true, "seeking": true, "sought": true,
	"strengthen": true, "strengthening": true, "strengthened": true, "deepen": true,
	"deepening": true, "deepened": true, "cultivate": true, "cultivating": true,
	"cultivated": true, "develop": true, "developing": true, "developed": true,
	"sign": true, "signed": true, "signing": true, "establish": true,
	"established": true, "establishing": true, "cement": true, "cementing": true,
	"cemented": true, "expand": true, "expanding": true, "expanded": true,
	"restore": true, "restored": true, "restoring": true, "sever": true,
	"severed": true, "severing": true, "cut": true, "cutting": true, "break": true,
	"broke": true, "breaking": true, "form": true, "formed": true, "forming": true,
	"upgrade": true, "upgraded": true, "upgrading": true, "improve": true,
	"improved": true, "improving": true, "normalise": true, "normalize": true,
	"normalised": true, "normalized": true, "boost": true, "boosted": true,
	"boosting": true,
}

// copulas link a subject to the relation noun: "X is Y's ally".
var copulas = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"remain": true, "remains": true, "remained": true, "became": true, "become": true,
	"becomes": true, "'s": true, "'re": true, "happens": true, "happened": true,
	"to": true, "has": true, "have": true, "had": true, "now": true, "still": true,
	"long": true, "always": true, "once": true, "also": true, "both": true,
}

// possessives are pronouns that name the side owning the relation.
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true}

// extremes say how relations stand in "are at their worst": -1 or +1.
var extremes = map[string]int{
	"worst": -1, "lowest": -1, "nadir": -1, "coldest": -1, "frostiest": -1,
	"best": 1, "highest": 1, "warmest": 1, "strongest": 1, "closest": 1, "peak": 1,
}

// changes are verbs that, right after a neutral relation noun, say which way
// the relation went and so how it stands after: "ties collapsed", "relations
// have warmed".
var changes = map[string]int{
	"collapsed": -1, "soured": -1, "deteriorated": -1, "worsened": -1, "cooled": -1, "frayed": -1,
	"plummeted": -1, "nosedived": -1, "ruptured": -1, "froze": -1,
	"warmed": 1, "improved": 1, "flourished": 1, "blossomed": 1, "thawed": 1, "deepened": 1,
}
