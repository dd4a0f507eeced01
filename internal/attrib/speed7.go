package attrib

// growFold gives tokens' fold buffer room for one 8-byte store past its length. tokens appends a short
// capitalised word's lower case to fold with one such store instead of one append per byte; the bytes it writes
// past the word lie beyond the slice's new length, where the next word overwrites them. Kept out of line, as
// the rare path, so that the hot loop stays small.
//
//go:noinline
func growFold(fold []byte) []byte {
	return append(fold, make([]byte, 8)...)[:len(fold)]
}
