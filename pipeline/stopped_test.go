package pipeline

import (
	"testing"

	"entente"
)

// TestStoppedIsAsserted: a cut coded from a verb a stop governs ("stopped
// sending coal to") is the act itself, asserted; a sending told with "not"
// stays negated.
func TestStoppedIsAsserted(t *testing.T) {
	checkModalities(t, []modalityCase{
		{"Kazakhstan stopped sending coal to Kyrgyzstan on Wednesday.", "163", entente.Asserted},
		{"Russia stopped buying wine from Moldova on Tuesday.", "163", entente.Asserted},
		{"Kazakhstan did not send coal to Kyrgyzstan on Wednesday.", "061", entente.Negated},
		{"Kazakhstan sent coal to Kyrgyzstan on Wednesday.", "061", entente.Asserted},
	})
}
