"""Sandbox backends: where the harness runs."""

from judge.sandbox.base import HarnessConnection, Sandbox
from judge.sandbox.select import BACKENDS, choose_sandbox

__all__ = ["BACKENDS", "HarnessConnection", "Sandbox", "choose_sandbox"]
