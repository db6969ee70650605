package cameo

import "testing"

func TestIntent(t *testing.T) {
	for _, c := range []struct{ deed, intent string }{
		{"042", "036"}, {"046", "036"}, {"045", "039"}, {"057", "030"}, {"061", "0311"}, {"071", "0331"},
		{"070", "033"}, {"083", "034"}, {"0871", "0356"}, {"085", "0354"}, {"161", "1313"}, {"1621", "1311"},
		{"163", "1312"}, {"172", "132"}, {"1724", "1324"}, {"173", "131"}, {"175", "137"}, {"170", "131"},
		{"1712", "131"}, {"180", "1383"}, {"190", "1384"}, {"192", "1382"}, {"200", "138"}, {"204", "1385"},
		{"140", "133"}, {"150", "150"}, {"010", "010"}, {"112", "112"}, {"120", "120"}, {"036", "036"},
	} {
		if got := Intent(c.deed); got != c.intent {
			t.Errorf("Intent(%q) = %q, want %q", c.deed, got, c.intent)
		}
	}
	// every code is mapped to a code of the codebook
	for _, ec := range EventCodes() {
		if got := Intent(ec.Code); !IsEventCode(got) {
			t.Errorf("Intent(%q) = %q, not a CAMEO event code", ec.Code, got)
		}
	}
}

// TestAppeal: the appeal and the demand for each kind of deed asked for.
func TestAppeal(t *testing.T) {
	for _, tc := range []struct{ deed, appeal, demand string }{
		{"046", "026", "106"}, {"036", "026", "106"}, {"040", "026", "106"}, {"045", "028", "108"}, {"039", "028", "108"},
		{"057", "022", "102"}, {"061", "0211", "1011"}, {"062", "0212", "1012"}, {"060", "020", "100"},
		{"071", "0231", "1031"}, {"073", "0233", "1033"}, {"070", "023", "103"}, {"075", "023", "103"},
		{"084", "0253", "1053"}, {"0841", "0253", "1053"}, {"085", "0254", "1054"}, {"0871", "0256", "1056"},
		{"083", "024", "104"}, {"080", "020", "100"}, {"190", "020", "100"}, {"111", "020", "100"}, {"", "020", "100"},
	} {
		if got := Appeal(tc.deed); got != tc.appeal {
			t.Errorf("Appeal(%q) = %q, want %q", tc.deed, got, tc.appeal)
		}
		if got := Demand(tc.deed); got != tc.demand {
			t.Errorf("Demand(%q) = %q, want %q", tc.deed, got, tc.demand)
		}
	}
}
