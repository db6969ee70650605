package parse
import ("testing";"time";"entente")
func TestWarmTmp(t *testing.T) {
	m := defaultModel(t)
	var sents [][]entente.Token; n := 0
	for _, d := range readShared(t, "en_ewt-ud-dev.conllu.gz") { sents = append(sents, Tokens(&d)); n += len(d.Words) }
	var cold, warm time.Duration
	for r := 0; r < 2; r++ {
	cold, warm = 0, 0
	for _, s := range sents {
		a := append([]entente.Token(nil), s...)
		t0 := time.Now(); m.Parse(a); t1 := time.Now(); m.Parse(a); t2 := time.Now()
		cold += t1.Sub(t0); warm += t2.Sub(t1)
	}}
	t.Logf("cold %.0f tok/s warm %.0f tok/s", float64(n)/cold.Seconds(), float64(n)/warm.Seconds())
}
