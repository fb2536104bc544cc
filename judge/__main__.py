"""`python -m judge` is the `judge` command."""

from judge.entry import main

main()
