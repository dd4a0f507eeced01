package cli

// serveCommands are the commands for the JSON API and web UI: serve.
func serveCommands() map[string]command {
	return map[string]command{}
}
