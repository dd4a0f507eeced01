// Package dedup owns near-duplicate detection: copies of one wire story published by several outlets (with new
// headlines, trimmed endings, light edits or an added editor's note) are grouped into one story cluster so that
// they count once as a source, and repeated quotes are folded into one statement key.
//
// Documents are reduced to MinHash signatures over normalised word shingles; an Index finds candidate copies
// with LSH banding and confirms them with an estimated Jaccard / containment check. Everything is deterministic
// across runs and machines, so signatures can be stored and the index rebuilt from them.
package dedup
