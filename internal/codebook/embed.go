package codebook

import (
	_ "embed"
	"fmt"
)

// defaultYAML is the shipped codebook; codebooks/russia-ukraine-2025.yaml at the repository root is a copy
// kept byte-identical by TestShippedCopyIsIdentical (go:embed cannot reach outside the package directory).
//
//go:embed default.yaml
var defaultYAML []byte

// DefaultName is the file name errors in the shipped codebook are reported against.
const DefaultName = "codebooks/russia-ukraine-2025.yaml"

// Default parses and returns the codebook built into parley. It parses on every call, so keep the result.
// It panics if the built-in codebook is invalid, which the package's tests rule out.
func Default() *Codebook {
	cb, err := Parse(DefaultName, defaultYAML)
	if err != nil {
		panic(fmt.Sprintf("built-in codebook: %v", err))
	}
	return cb
}
