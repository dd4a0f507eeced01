package api

import (
	_ "embed"
	"net/http"
)

// openAPIDoc describes every route in Routes; TestOpenAPICoversRoutes keeps the two in step.
//
//go:embed openapi.json
var openAPIDoc []byte

// OpenAPI returns the API's OpenAPI 3 document (JSON).
func OpenAPI() []byte { return append([]byte(nil), openAPIDoc...) }

func (a *API) openAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=300")
	_, _ = w.Write(openAPIDoc)
	return nil
}
