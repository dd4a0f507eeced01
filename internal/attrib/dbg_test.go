package attrib

import (
	"fmt"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	l, sts := extractAll(s, PolNeAR)
	if os.Getenv("DBGTOK") != "" {
		for i := range l.Tokens {
			fmt.Printf("TOK %d %q\n", i, l.TokenText(i))
		}
	}
	for _, sn := range l.Sentences {
		fmt.Printf("SENT %q\n", l.SpanText(sn.Span))
	}
	for _, q := range l.Quotes {
		fmt.Printf("QUOTE %q close=%d\n", l.SpanText(q.Inner), q.Close)
	}
	for _, st := range sts {
		fmt.Printf("%+v %s\n", show(l, st), st.Rule)
	}
}
