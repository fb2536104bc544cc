"""One attempt at a problem, as the history keeps it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

AttemptKind = Literal["submit", "practice", "check"]


@dataclass(frozen=True)
class Attempt:
    slug: str
    kind: AttemptKind
    # A Verdict value; "" for a practice session that ended without a submission.
    verdict: str
    # Timezone-aware UTC. submit/check: judging started; practice: the clock started.
    started_at: datetime
    finished_at: datetime
    # practice: clock time from the start to the accepted submission; else None.
    solve_seconds: float | None = None
    passed: int = 0
    total: int = 0
    # Per case: {"id", "verdict", "cpu_ms", "memory_kb"}.
    cases: list[dict[str, Any]] = field(default_factory=list)
    source_sha256: str = ""
    sandbox: str = ""
    # practice only: minutes on the clock, and how the session ended:
    # "accepted", "time-up", "quit" or "interrupted".
    minutes: int | None = None
    outcome: str | None = None
    # Set by the store when read back.
    id: int | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict == "AC"
