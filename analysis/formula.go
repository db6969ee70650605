package analysis

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Formula states the relation index formula with the parameters of o, for
// printing beside results.
func Formula(o Options) string {
	var mods []string
	for m, w := range o.Modality {
		mods = append(mods, fmt.Sprintf("%s %.2g", m, w))
	}
	sort.Strings(mods)
	cw := o.ClassWeight
	return fmt.Sprintf("index = (D + k·c)/(T + k), k = %.3g; per source s: d_s = m_s·(C_s−K_s)/(C_s+K_s), t_s = m_s, "+
		"C_s/K_s = Σ w·κ over its cooperative/conflictual events, m_s = max w; w = modality × historical (%.2g); "+
		"modality weights: %s; κ: statement %.2g, verbal %.2g/%.2g, material %.2g/%.2g; c = dyad baseline for periods, 0 for baselines and edges; scheme: %s",
		o.Prior, o.Historical, strings.Join(mods, ", "), cw[0], cw[1], cw[3], cw[2], cw[4], o.Scheme.Label())
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', 3, 64) }

func itoa(i int) string { return strconv.Itoa(i) }
