package api

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/store"
)

// encodingJSON is what writeJSON sends for v.
func encodingJSON(t testing.TB, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// trickyStrings need every kind of escaping encoding/json does.
var trickyStrings = []string{
	"plain", `"quoted" and \backslashed\`, "<script>alert('x') & co</script>", "tab\there\nline\rreturn\b\f",
	"\x00\x01\x1f\x7f", "Zelenskyy — «Київ» 東京 🙂", "bad \xff\xfe utf-8 \xe2\x82", "line\u2028para\u2029end", "",
}

// fill sets every field of v (a pointer to a struct), recursively, to a value that is not empty, taking
// strings from trickyStrings in turn: a field added to the struct later is filled too, so an encoder that
// does not know it fails the comparison.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2025, 8, 18, 9, 41, 7, 120000000+*n, time.FixedZone("", 2*3600))))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), n)
		fill(v.Index(1), n)
	case reflect.String:
		s := trickyStrings[*n%len(trickyStrings)]
		if s == "" {
			s = "x"
		}
		v.SetString(s)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*n * 7))
	case reflect.Float64:
		v.SetFloat(-3.25084359087866 * float64(*n))
	case reflect.Bool:
		v.SetBool(true)
	default:
		panic("fill: no value for " + v.Type().String())
	}
}

// TestStatementEncodingMatchesJSON compares the statement list encoder with encoding/json on rows with
// every field set, with none set, and with each kind of string and number that needs care.
func TestStatementEncodingMatchesJSON(t *testing.T) {
	var full store.StatementRow
	n := 0
	fill(reflect.ValueOf(&full).Elem(), &n)
	rows := []store.StatementRow{full, {}}
	for i, s := range trickyStrings {
		r := full
		r.ContentText, r.Speaker, r.DocTitle, r.Snippet, r.Evidence = s, s, s, s, s
		r.Pieces = r.Pieces[:i%2]
		r.Rank = []float64{0, 1e-7, -2.5e-9, 1e21, -7.5, 123456789.125, math.SmallestNonzeroFloat64, 3}[i%8]
		r.DocPublished = []time.Time{{}, time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}[i%2]
		r.ActorID = int64(i % 2)
		rows = append(rows, r)
	}
	total := 12345
	for _, l := range []List[store.StatementRow]{
		{Items: rows, Limit: 50, Offset: 100, Total: &total, After: "12.3", Next: "/api/v1/statements?after=15.2&limit=50&q=<b>"},
		{Items: []store.StatementRow{}, Limit: 1},
		{Items: rows[:1], Limit: 500, Offset: 0, Next: "/x?a=1&b=2"},
	} {
		want := encodingJSON(t, l)
		if got := string(appendStatementList(nil, &l)); got != want {
			t.Errorf("statement list encoded as\n%s\nencoding/json writes\n%s", got, want)
		}
	}
}

// FuzzJSONString holds appendJSONString to encoding/json's quoting of any string.
func FuzzJSONString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := encodingJSON(t, s)
		if got := string(appendJSONString(nil, s)) + "\n"; got != want {
			t.Fatalf("%q quoted as %s, encoding/json writes %s", s, got, want)
		}
	})
}

// BenchmarkStatementEncoding compares encoding/json with appendStatementList on a page of 50 statements.
func BenchmarkStatementEncoding(b *testing.B) {
	var row store.StatementRow
	n := 0
	fill(reflect.ValueOf(&row).Elem(), &n)
	row.ContentText = "The talks were constructive, the envoy said, and both sides would meet again next week in Geneva."
	rows := make([]store.StatementRow, 50)
	for i := range rows {
		rows[i] = row
		rows[i].ID = int64(i + 1)
	}
	l := List[store.StatementRow]{Items: rows, Limit: 50, Next: "/api/v1/statements?after=12.3&limit=50"}
	b.Run("encoding-json", func(b *testing.B) {
		for range b.N {
			encodingJSON(b, l)
		}
	})
	b.Run("append", func(b *testing.B) {
		var buf []byte
		for range b.N {
			buf = appendStatementList(buf[:0], &l)
		}
	})
}
