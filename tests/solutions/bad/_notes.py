# A leading underscore marks a helper, not a solution: `judge check` ignores it.
