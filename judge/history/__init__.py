"""The history of attempts: every submit, practice session and check, in SQLite."""
