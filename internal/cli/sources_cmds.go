package cli

// sourceCommands are the commands for real sources: web pages, feeds, watch.
func sourceCommands() map[string]command {
	return map[string]command{}
}
