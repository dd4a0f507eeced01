package ingest

import (
	"errors"
	"io/fs"
)

// Reasons an input is refused; test with errors.Is on the error from Parse, ReadFile, ReadReader or Expand.
var (
	ErrEmpty       = errors.New("empty input")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrBinary      = errors.New("binary data, not text")
	ErrUTF16       = errors.New("UTF-16, convert to UTF-8")
	ErrUTF32       = errors.New("UTF-32, convert to UTF-8")
	ErrTooLarge    = errors.New("input too large")
	ErrHeader      = errors.New("bad header")
	ErrNoFiles     = errors.New("no *.txt files in directory")
)

// InputError is a refusal of one input: callers count these and go on with the next input.
type InputError struct {
	Path string // the file path, "-" for standard input, or a URL
	Err  error
}

func (e *InputError) Error() string {
	p := e.Path
	if p == "-" {
		p = "stdin"
	}
	return p + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

// inputError builds an InputError, dropping the "open PATH:" prefix of an *fs.PathError so the path is not said
// twice.
func inputError(path string, err error) *InputError {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		err = pe.Err
	}
	return &InputError{Path: path, Err: err}
}
