"""The command line's commands, one module per subject: each defines register(sub)."""
