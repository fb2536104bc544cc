"""One module per `judge` subcommand."""
