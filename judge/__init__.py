"""interview-judge: a local judge for coding-interview practice."""

__version__ = "0.1.0"
