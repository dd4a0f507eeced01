// Package corpus owns where tests and benchmarks find the texts they run on: our gold set, the seed article
// and, when it has been fetched, PolNeAR's train and dev texts (never its test split, which is held out).
package corpus

import "path/filepath"

// Every is the .txt files of our gold set, the seed and PolNeAR train and dev, for a repository whose root is
// root (a package's tests pass "../.."). The gold set is always there; the rest may be absent.
func Every(root string) []string {
	return glob(root, "testdata/gold", "../shared/seed", ".polnear/data/train/text", ".polnear/data/dev/text")
}

// Train is PolNeAR train's texts, or our gold set's and the seed's when PolNeAR is absent: the corpus speed is
// measured on.
func Train(root string) []string {
	if files := glob(root, ".polnear/data/train/text"); len(files) > 0 {
		return files
	}
	return glob(root, "testdata/gold", "../shared/seed")
}

func glob(root string, dirs ...string) []string {
	var files []string
	for _, d := range dirs {
		m, _ := filepath.Glob(filepath.Join(root, d, "*.txt")) // the pattern is well formed: no error
		files = append(files, m...)
	}
	return files
}
