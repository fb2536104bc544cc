"""Stopping a whole process tree, however its members rearranged their sessions."""

from __future__ import annotations

import os
import signal


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def kill_tree(root: int, rounds: int = 20) -> None:
    """SIGKILL ``root`` and every descendant.

    Each process is stopped before its children are listed, so none can fork
    a new one or be re-parented away while the tree is walked; then all die.
    A solution's children call setsid(), so killing a process group is not enough.
    """
    seen: list[int] = []
    frontier = [root]
    for _ in range(rounds):
        if not frontier:
            break
        next_frontier: list[int] = []
        for pid in frontier:
            try:
                os.kill(pid, signal.SIGSTOP)
            except OSError:
                continue
            seen.append(pid)
            next_frontier.extend(child for child in _children(pid) if child not in seen)
        frontier = next_frontier
    for pid in reversed(seen):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
