package conformance
import ("testing";"fmt";"os";"strings";"time";"entente";"entente/actor";"entente/text";"entente/parse")
func TestTmpZ(t *testing.T){
 f,_:=os.Open("/work/shared/conformance/petrarch/PETR.UnitTest.records.xml")
 _,recs,_:=ReadPetrarch(f)
 dir:="/work/shared/conformance/petrarch/"
 a1,_:=os.ReadFile(dir+"PETR.Validate.actors.txt"); a2,_:=os.ReadFile(dir+"PETR.Validate.agents.txt")
 m,_:=actor.Load(actor.Options{NoValidate:true,Report:func(error){}}, actor.File{Name:"a",Format:actor.FormatActors,Data:a1,Connectors:actor.ConnectPETRARCH}, actor.File{Name:"g",Format:actor.FormatAgents,Data:a2,Connectors:actor.ConnectPETRARCH})
 p,_:=parse.Default()
 for _,r:=range recs{ if !strings.Contains(os.Getenv("RECS"), r.ID+",") {continue}
  d,_:=time.Parse("20060102", r.Date)
  a:=&entente.Article{Text:r.Text}
  ss:=text.Split(a)
  fmt.Println(r.ID, r.Text, r.Expected)
  for _,x:=range m.Match(a,ss,d){fmt.Printf("  %q %q s%d %v %v\n", x.Code, x.Span.Of(r.Text), x.Sentence, x.Tokens, x.Kind)}
  for _,x:=range ss{ p.Parse(x.Tokens); for i,tk:=range x.Tokens{fmt.Printf("   %d %s %s %s %d %s\n", i, tk.Form, tk.Lemma, tk.UPOS, tk.Head, tk.Rel)}}
 }
}
func TestTmpP(t *testing.T){
 p,_:=parse.Default()
 sc,_:=RunPetrarch("/work/shared/conformance/petrarch/PETR.UnitTest.records.xml", p)
 fmt.Println(sc.Passed, sc.Scored)
 for _,r:=range sc.Results{ if r.Pass || !r.Record.Scored {continue}
  fmt.Println(r.Record.ID, "|", r.Record.Expected, r.Record.NoEvents||r.Record.Error, "|", r.Got)
 }
}
