package parse
import ("testing";"os";"fmt";"bufio")
func TestDumpTmp(t *testing.T) {
	m := defaultModel(t)
	f, _ := os.Create(os.Getenv("DUMP"))
	w := bufio.NewWriter(f)
	for _, name := range []string{"en_ewt-ud-dev.conllu.gz", "en_ewt-ud-test.conllu.gz"} {
	for _, s := range readShared(t, name) {
		toks := Tokens(&s)
		m.Parse(toks)
		for _, tk := range toks { fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%s\n", tk.Form, tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Rel) }
		fmt.Fprintln(w)
	}}
	w.Flush(); f.Close()
}
