"""Checking a whole folder of solutions: `judge check`."""
