package cli

// ledgerCommands are the commands for the negotiation ledger: claims, positions, timeline, brief, export, codebook.
func ledgerCommands() map[string]command {
	return map[string]command{}
}
