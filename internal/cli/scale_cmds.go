package cli

// scaleCommands are the commands for scaling out: migrate, worker, copy.
func scaleCommands() map[string]command {
	return map[string]command{}
}
