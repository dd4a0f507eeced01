package api

import (
	"bytes"
	"math"
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/text"
)

// A page of statements is the answer asked for most, and encoding it through reflection was a fifth of its
// cost. The functions here write exactly the bytes encoding/json writes for it (with HTML escaping, as
// writeJSON does), without reflection; TestStatementEncodingMatchesJSON holds them to that, every field
// filled in.

// writeStatements answers l as writeJSON(w, status, l) would.
func writeStatements(w http.ResponseWriter, status int, l List[store.StatementRow]) {
	buf := jsonBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	b := appendStatementList(buf.AvailableBuffer(), &l)
	buf.Write(b)
	writeBody(w, status, buf)
}

// appendStatementList appends l and a newline, as json.Encoder.Encode does.
func appendStatementList(b []byte, l *List[store.StatementRow]) []byte {
	b = append(b, `{"items":[`...)
	for i := range l.Items {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStatement(b, &l.Items[i])
	}
	b = append(b, `],"limit":`...)
	b = strconv.AppendInt(b, int64(l.Limit), 10)
	b = append(b, `,"offset":`...)
	b = strconv.AppendInt(b, int64(l.Offset), 10)
	if l.Total != nil {
		b = append(b, `,"total":`...)
		b = strconv.AppendInt(b, int64(*l.Total), 10)
	}
	if l.After != "" {
		b = append(b, `,"after":`...)
		b = appendJSONString(b, l.After)
	}
	if l.Next != "" {
		b = append(b, `,"next":`...)
		b = appendJSONString(b, l.Next)
	}
	return append(b, "}\n"...)
}

// appendStatement appends r's fields in store.StatementRow's order (attrib.Statement's in its place),
// leaving out the empty ones marked omitempty or omitzero.
func appendStatement(b []byte, r *store.StatementRow) []byte {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, r.ID, 10)
	b = append(b, `,"document_id":`...)
	b = strconv.AppendInt(b, r.DocumentID, 10)
	b = append(b, `,"seq":`...)
	b = strconv.AppendInt(b, int64(r.Seq), 10)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, string(r.Kind))
	if r.Source != nil {
		b = append(b, `,"source":`...)
		b = appendSpan(b, *r.Source)
	}
	if r.Cue != nil {
		b = append(b, `,"cue":`...)
		b = appendSpan(b, *r.Cue)
	}
	b = append(b, `,"content":`...)
	b = appendSpan(b, r.Content)
	if len(r.Pieces) > 0 {
		b = append(b, `,"pieces":[`...)
		for i, p := range r.Pieces {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendSpan(b, p)
		}
		b = append(b, ']')
	}
	b = appendOptString(b, `,"speaker":`, r.Speaker)
	b = appendOptString(b, `,"speaker_type":`, r.SpeakerType)
	b = appendOptString(b, `,"medium":`, r.Medium)
	b = append(b, `,"rule":`...)
	b = appendJSONString(b, r.Rule)
	b = appendOptString(b, `,"evidence":`, r.Evidence)
	b = appendOptString(b, `,"source_text":`, r.SourceText)
	b = appendOptString(b, `,"cue_text":`, r.CueText)
	b = append(b, `,"content_text":`...)
	b = appendJSONString(b, r.ContentText)
	if r.ActorID != 0 {
		b = append(b, `,"actor_id":`...)
		b = strconv.AppendInt(b, r.ActorID, 10)
	}
	b = appendOptString(b, `,"actor_key":`, r.ActorKey)
	b = appendOptString(b, `,"actor_name":`, r.ActorName)
	b = append(b, `,"doc_name":`...)
	b = appendJSONString(b, r.DocName)
	b = appendOptString(b, `,"doc_title":`, r.DocTitle)
	b = appendOptString(b, `,"doc_outlet":`, r.DocOutlet)
	b = appendOptString(b, `,"doc_url":`, r.DocURL)
	if !r.DocPublished.IsZero() {
		b = append(b, `,"doc_published":`...)
		b = appendTime(b, r.DocPublished)
	}
	b = appendOptString(b, `,"snippet":`, r.Snippet)
	if r.Rank != 0 {
		b = append(b, `,"rank":`...)
		b = appendFloat(b, r.Rank)
	}
	return append(b, '}')
}

func appendSpan(b []byte, s text.Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, '}')
}

// appendOptString appends key and s unless s is empty (omitempty).
func appendOptString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

// appendTime writes t as time.Time's MarshalJSON does (RFC 3339 with nanoseconds).
func appendTime(b []byte, t time.Time) []byte {
	b = append(b, '"')
	b = t.AppendFormat(b, time.RFC3339Nano)
	return append(b, '"')
}

// appendFloat writes f as encoding/json writes a float64 (as ES6 does).
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendJSONString quotes s as encoding/json does with HTML escaping: <, > and & as \u003c, \u003e and
// \u0026, control characters escaped, invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
