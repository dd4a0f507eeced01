// Package eval owns scoring of attribution extraction against a gold set. It is a faithful port of
// ../shared/tools/score-attributions: the same gold formats (a brat corpus folder in PolNeAR's layout, or .txt
// files with .statements.jsonl beside them), the same prediction JSON Lines, and the same figures printed the
// same way, so that Parley can score itself without Python and agree with the script to the last digit.
//
// Like the script it works in character (rune) offsets, because brat spans count characters and Python
// indexes strings by character; UTF-8 byte offsets from JSONL files are converted on reading. Where the script
// would crash or silently misread bad input (offsets outside the text, content not found, invalid UTF-8), this
// package returns an error naming the file and line instead.
package eval
