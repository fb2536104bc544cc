"""Follow-up verdicts: the complexity an interviewer asks for, measured on a size ladder."""
