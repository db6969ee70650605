package gazdata

import (
	"reflect"
	"testing"
)

func TestAlternates(t *testing.T) {
	got := alternates("Bombay,BOM,Mumbaï,bombay,Mumbai,Bambai City,esukarudesu=engorudani,St. John's,Bom-bay", "Mumbai", "Mumbai")
	want := []string{"Bombay", "Bambai City", "St. John's", "Bom-bay"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPlainName(t *testing.T) {
	for name, want := range map[string]bool{
		"Karachi": true, "Dera Ismail Khan": true, "Mazar-i-Sharif": true, "KHI": false,
		"al Basrah": false, "Zürich": false, "A B C D E": false, "Xy": false,
	} {
		if got := plainName(name); got != want {
			t.Errorf("plainName(%q) = %v, want %v", name, got, want)
		}
	}
}
