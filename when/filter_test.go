package when

import "testing"

// TestTriggerFilter checks that the filter in front of the trigger words
// lets every one of them through, and that isTrigger answers as the map
// does for words that are and are not triggers.
func TestTriggerFilter(t *testing.T) {
	for w := range triggers {
		if !isTrigger(w) {
			t.Errorf("trigger %q: the filter rules it out", w)
		}
	}
	for _, w := range []string{"the", "said", "pakistan", "agreement", "", "x", "twenty-first", "weekend", "yesterday"} {
		if isTrigger(w) != triggers[w] {
			t.Errorf("isTrigger(%q) = %v, the map says %v", w, isTrigger(w), triggers[w])
		}
	}
}
