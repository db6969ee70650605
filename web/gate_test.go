package web

import "testing"

func TestAnalysisPath(t *testing.T) {
	for path, want := range map[string]bool{
		"/":                         true,
		"/dyad/USA/RUS":             true,
		"/network":                  true,
		"/api/network":              true,
		"/api/balance":              true,
		"/api/dyads/USA/RUS/series": true,
		"/api/dyads/USA/RUS/report": true,
		"/api/dyads":                false,
		"/api/events":               false,
		"/api/events/12":            false,
		"/api/articles/a1":          false,
		"/api/actors":               false,
		"/event/12":                 false,
		"/search":                   false,
	} {
		if got := analysisPath(path); got != want {
			t.Errorf("analysisPath(%q) = %v, want %v", path, got, want)
		}
	}
}
