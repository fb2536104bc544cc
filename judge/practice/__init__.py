"""`judge practice`: an interview clock, a file watcher and the session that ties them together."""
