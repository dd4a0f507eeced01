package text

// closingTriple reports whether the three apostrophes at s[i:] close a single-quoted passage inside a
// double-quoted one, in the house style that writes a double mark as two apostrophes (the port calls it 'a
// lockout,' then two apostrophes, then "said Jane Roe"). The first apostrophe closes the inner quote and the
// last two the outer one; read left to right as a double mark and a single, the double quote would close one
// apostrophe early and leave a stray mark before the attribution. A run after a space opens: the double mark
// comes first there, as Tokenize reads it.
func closingTriple(s string, start, i, end int) bool {
	if i+2 >= end || s[i+1] != '\'' || s[i+2] != '\'' || i <= start {
		return false
	}
	if i+3 < end && s[i+3] == '\'' {
		return false // four or more: no reading is sure
	}
	switch s[i-1] {
	case ' ', '\t', '\n', '\r', '(', '[':
		return false
	}
	return true
}
