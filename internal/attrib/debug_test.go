package attrib

import (
	"fmt"
	"os"
	"testing"

	"github.com/parley-ledger/parley/internal/text"
)

func TestDebugSeed(t *testing.T) {
	path := os.Getenv("DBG")
	if path == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(path)
	l := text.Analyze(string(raw), 0)
	for _, st := range New(Options{}).Extract(l) {
		src, cue := "", ""
		if st.Source != nil {
			src = l.SpanText(*st.Source)
		}
		if st.Cue != nil {
			cue = l.SpanText(*st.Cue)
		}
		fmt.Printf("[%s] %s | %s | %q (%d-%d) %s med=%s\n", st.Kind, src, cue, l.SpanText(st.Content), st.Content.Start, st.Content.End, st.Rule, st.Medium)
	}
}
