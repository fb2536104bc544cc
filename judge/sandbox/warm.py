"""A sandbox chosen, and its first harness started, while the command prepares its cases.

Starting a container is mostly Docker's time (create, attach, start, the
harness's boot), not this process's: done in a thread, it overlaps with
loading the cases, the reference outputs and the report's modules.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from judge.sandbox.base import HarnessConnection, Sandbox

if TYPE_CHECKING:
    from judge.sandbox.select import Choice
    from judge.spec import Limits


@dataclass(frozen=True)
class LimitsKey:
    """What a sandbox's start depends on, without pydantic (from the catalogue index)."""

    time_ms: int
    memory_mb: int
    output_kb: int


def _key(limits: Any) -> tuple[int, int, int] | None:
    return None if limits is None else (limits.time_ms, limits.memory_mb, limits.output_kb)


_early: WarmingSandbox | None = None


def start_early(name: str | None, limits: LimitsKey) -> WarmingSandbox:
    """Start choosing and warming up before the command's own modules are even
    imported; the command's open_sandbox(warm=...) adopts it."""
    global _early
    _early = WarmingSandbox(name, limits)
    return _early


def adopt_early(name: str | None) -> WarmingSandbox | None:
    """The sandbox start_early began, if it was for the same backend choice."""
    global _early
    early, _early = _early, None
    if early is not None and early._wanted != name:
        early.close()
        return None
    return early


class WarmingSandbox(Sandbox):
    """Stands for the sandbox ``choose_sandbox(name)`` picks; the first ``open``
    with the limits it was started for gets the harness already running."""

    def __init__(
        self,
        name: str | None,
        limits: Limits | LimitsKey | None,
        on_choice: Callable[[Choice], None] | None = None,
        *,
        keep_warm: bool = False,
    ) -> None:
        # keep_warm: each time the harness started ahead is taken, the next one starts
        # (a practice session: every save is judged by a harness already running).
        self._keep_warm = keep_warm
        self._wanted = name
        self._limits = limits
        self._on_choice = on_choice
        self._chosen = threading.Event()
        self._choice: Choice | None = None
        self._error: BaseException | None = None
        self._spare: HarnessConnection | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._start, name="sandbox-warm-up")
        self._thread.start()

    def _start(self) -> None:
        from judge.sandbox.select import choose_sandbox

        try:
            self._choice = choose_sandbox(self._wanted)
        except BaseException as error:  # handed to the main thread, which reports it
            self._error = error
            return
        finally:
            self._chosen.set()
        self._refill()

    def _refill(self) -> None:
        if self._limits is None or self._choice is None or self._closed:
            return
        try:
            started = self._choice.sandbox.open(self._limits)  # type: ignore[arg-type]  # a LimitsKey has what open reads
        except Exception:
            return  # the main thread's own open() will meet the same failure and report it
        with self._lock:
            kept = not self._closed
            if kept:
                self._spare = started
        if not kept:  # closed meanwhile: nobody will take it
            started.close()

    def report_choice(self, on_choice: Callable[[Choice], None]) -> None:
        self._on_choice = on_choice

    def choice(self) -> Choice:
        """The backend chosen (waiting for the choice, not for the harness's start)."""
        self._chosen.wait()
        if self._error is not None:
            raise self._error
        assert self._choice is not None
        if self._on_choice is not None:
            report, self._on_choice = self._on_choice, None
            report(self._choice)
        return self._choice

    @property
    def sandbox(self) -> Sandbox:
        return self.choice().sandbox

    @property
    def name(self) -> str:  # type: ignore[override]
        return self.sandbox.name

    @property
    def isolated(self) -> bool:  # type: ignore[override]
        return self.sandbox.isolated

    def open(self, limits: Limits) -> HarnessConnection:
        sandbox = self.sandbox
        wanted = _key(limits) == _key(self._limits)
        if wanted:
            self._thread.join()  # the harness it is starting is the one wanted
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is not None and wanted:
            if self._keep_warm:  # the next one starts while this one judges
                self._thread = threading.Thread(target=self._refill, name="sandbox-warm-up")
                self._thread.start()
            return spare
        if spare is not None:
            spare.close()
        return sandbox.open(limits)

    def describe(self) -> str:
        return self.sandbox.describe()

    def harness_options(self) -> dict[str, Any]:
        return self.sandbox.harness_options()

    def close(self) -> None:
        """Stop a harness that was started and never used (the command failed before judging)."""
        global _early
        if _early is self:  # never adopted by a later command in this process
            _early = None
        with self._lock:
            self._closed = True
        self._thread.join()
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is not None:
            spare.close()
