package sqlite

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestZZDebugPair(t *testing.T) {
	file, lines := os.Getenv("ZZ_FILE"), os.Getenv("ZZ_LINES")
	if file == "" {
		t.Skip()
	}
	chain, err := textChain()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(file)
	all := strings.Split(string(data), "\n")
	for _, ls := range strings.Split(lines, ",") {
		n, _ := strconv.Atoi(ls)
		c := strings.Split(all[n-1], "\t")
		for _, s := range []string{c[3], c[5]} {
			cert, matter := readSentence(s)
			t.Logf("%q: cert=%b matter=%v", s, cert, matter)
		}
		r, rep := textPair(t, chain, n, c[2:6])
		t.Logf("line %d merged=%v %s", n, r.merged, rep)
	}
}
