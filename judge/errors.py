"""Errors a user can act on; the CLI prints their message without a traceback."""

from __future__ import annotations


class JudgeError(Exception):
    """Something the user can fix: reported in one clear message, exit status 2."""

    exit_code = 2


class SpecError(JudgeError):
    """A problem package is malformed; the message names the file and the field."""


class ProblemNotFound(JudgeError):
    """No problem has the slug the user asked for."""


class SandboxError(Exception):
    """The sandbox itself failed (not the solution): never reported as a verdict of the solution."""

    exit_code = 3
